// Runs everywhere (shared). What a rule group works with: the indexed session, and `report`,
// which turns a rule id, a place and the names involved into a Problem in every language.
import { capitalized } from '../format/text.ts';
import type { MessageParam } from '../i18n.ts';
import type { SessionIndex } from './session-index.ts';
import { ruleMessage } from './templates.ts';
import { RULES, type Problem, type ProblemLocation, type RuleId } from './types.ts';

export type Report = (rule: RuleId, location: ProblemLocation, params?: Record<string, MessageParam>, variant?: string) => void;

export interface RuleContext {
  index: SessionIndex;
  /** `variant` picks one of several wordings of a rule's message: `rules:<rule>.<variant>`. */
  report: Report;
}

/** A rule group: reads the index, reports what it finds. */
export type RuleGroup = (context: RuleContext) => void;

/** Runs `groups`; what they report under an `ignored` rule is left out. */
export function collectProblems(index: SessionIndex, groups: readonly RuleGroup[], ignored: ReadonlySet<RuleId> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (rule, location, params = {}, variant) => {
    if (ignored.has(rule)) return;
    const text = ruleMessage(variant ? `${rule}.${variant}` : rule, params);
    // Templates may open with a name ("item 5 of the …"); a sentence starts with a capital.
    problems.push({ rule, severity: RULES[rule], message: { ...text, en: capitalized(text.en) }, location });
  };
  for (const group of groups) group({ index, report });
  return problems;
}
