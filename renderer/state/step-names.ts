// Runs in the renderer. What an undo step is, in words: the difference between the session
// before and after it, as the comparison describes it (shared/merge diffSessions) — "Moved
// item 1(a) of … to …", "Changed the times of the meeting of …" — so Undo and Redo can say
// what they undo. Computed only when asked for (a tooltip, an undo, the host's menu), and
// kept per pair of sessions: history entries never change.
import type { Message } from '../../shared/i18n.ts';
import { diffSessions } from '../../shared/merge/index.ts';
import type { Session } from '../../shared/model/types.ts';
import type { History } from './history.ts';

/** A step in words: its first change, and how many more it made (messages.ts puts them in one sentence). */
export interface StepName {
  first: Message;
  more: number;
}

const names = new WeakMap<Session, WeakMap<Session, StepName | null>>();

/** The step from `before` to `after` in words; null when nothing a comparison sees changed. */
export function stepName(before: Session, after: Session): StepName | null {
  let byBefore = names.get(after);
  if (!byBefore) names.set(after, (byBefore = new WeakMap()));
  let name = byBefore.get(before);
  if (name === undefined) {
    const changes = diffSessions(before, after);
    const first = changes[0];
    name = first ? { first: first.message, more: changes.length - 1 } : null;
    byBefore.set(before, name);
  }
  return name;
}

/** What Undo would take back; null when there is nothing to undo or it has no name. */
export function undoName(history: History): StepName | null {
  return history.index > 0 ? stepName(history.entries[history.index - 1]!, history.entries[history.index]!) : null;
}

/** What Redo would bring back. */
export function redoName(history: History): StepName | null {
  const next = history.entries[history.index + 1];
  return next ? stepName(history.entries[history.index]!, next) : null;
}

/** A name cut to fit a menu item or a tooltip line. */
export function shortName(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
