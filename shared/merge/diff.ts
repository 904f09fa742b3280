// Runs everywhere (shared). Compare two versions of a session: what changed from `a` to `b`,
// as a list of Changes in the order a reader expects — the session's own fields, bodies,
// agenda items, then the schedule. The lineage is not content and never counts as a change.
import type { Session } from '../model/types.ts';
import type { Change } from './change.ts';
import { diffBodies, diffItems, diffSessionFields } from './diff-agenda.ts';
import { diffSchedule } from './diff-schedule.ts';

export function diffSessions(a: Session, b: Session): Change[] {
  return [...diffSessionFields(a, b), ...diffBodies(a, b), ...diffItems(a, b), ...diffSchedule(a, b)];
}
