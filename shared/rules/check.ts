// Runs everywhere (shared). checkSession: everything the rules find wrong with a session,
// errors first, then warnings, then notes. Cheap enough to run on every edit (the session is
// indexed once, names are made only for problems found).
import type { Session } from '../model/types.ts';
import { collectProblems } from './context.ts';
import { RULE_GROUPS } from './registry.ts';
import { indexSession } from './session-index.ts';
import { SEVERITIES, type Problem, type RuleId, type Severity } from './types.ts';

export interface CheckOptions {
  /** Rules the officer chose to silence for this session. */
  ignore?: Iterable<RuleId>;
}

export function checkSession(session: Session, options: CheckOptions = {}): Problem[] {
  const problems = collectProblems(indexSession(session), Object.values(RULE_GROUPS), new Set(options.ignore ?? []));
  // Stable: within a severity, problems stay in the order the rules found them.
  return problems.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.severity]++;
  return counts;
}
