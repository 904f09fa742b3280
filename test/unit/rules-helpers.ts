// Runs in Node (tests). Sessions for the rule tests: the 2017 fixture changed through the edit
// operations (as the grid changes it) or, for what no edit produces, as JSON.
import { parseSessionValue, type Session } from '../../shared/model/index.ts';
import { checkSession, type Problem, type RuleId } from '../../shared/rules/index.ts';
import type { EditResult } from '../../shared/schedule/index.ts';
import { expectOk, fixtureJson, fixtureSession } from './fixtures.ts';

/** The fixture after each edit in turn; an edit refused fails the test. */
export function edited(...edits: ((session: Session) => EditResult)[]): Session {
  return edits.reduce((session, change) => expectOk(change(session)).session, fixtureSession());
}

/** The fixture as JSON changed by `change`; the result must still load. */
export function fromJson(change: (json: Record<string, any>) => void): Session {
  const json = fixtureJson();
  change(json);
  return expectOk(parseSessionValue(json)).session;
}

/** The problems of one rule. */
export function problemsOf(session: Session, rule: RuleId): Problem[] {
  return checkSession(session).filter((problem) => problem.rule === rule);
}

/** Every rule that fires, with how often. */
export function ruleCounts(session: Session): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const problem of checkSession(session)) counts[problem.rule] = (counts[problem.rule] ?? 0) + 1;
  return counts;
}

/** What the 2017 fixture itself gets: one note, for the empty afternoon of 12 October. */
export const FIXTURE_RULES = { 'time.slot-empty': 1 };
