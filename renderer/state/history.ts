// Runs in the renderer. The undo history of one document: every session it has been, in
// order. Sessions are immutable and immer shares structure between them, so keeping every
// snapshot costs only what changed. `savedIndex` marks the snapshot that is on disk, so
// undoing back to it clears the unsaved mark.
import type { Lineage, Session } from '../../shared/model/types.ts';

export interface History {
  readonly entries: readonly Session[];
  readonly index: number;
  /** The entry last saved or opened; null when no entry matches the file any more. */
  readonly savedIndex: number | null;
}

export function startHistory(session: Session, saved: boolean): History {
  return { entries: [session], index: 0, savedIndex: saved ? 0 : null };
}

export function currentSession(history: History): Session {
  return history.entries[history.index]!;
}

/** A new state after an edit; the redo branch is dropped. An edit that changed nothing is no step. */
export function record(history: History, next: Session): History {
  if (next === currentSession(history)) return history;
  const entries = [...history.entries.slice(0, history.index + 1), next];
  const savedIndex = history.savedIndex !== null && history.savedIndex <= history.index ? history.savedIndex : null;
  return { entries, index: history.index + 1, savedIndex };
}

export const canUndo = (history: History) => history.index > 0;
export const canRedo = (history: History) => history.index < history.entries.length - 1;

export function undo(history: History): History {
  return canUndo(history) ? { ...history, index: history.index - 1 } : history;
}

export function redo(history: History): History {
  return canRedo(history) ? { ...history, index: history.index + 1 } : history;
}

export const isDirty = (history: History) => history.savedIndex !== history.index;

/**
 * After a save of `session` (which may be an earlier entry if editing went on meanwhile).
 * `lineage` is what the file now records: every entry takes it (it is not an edit, so it is
 * not undone), so that the next save, from whichever entry, names this version as its parent.
 */
export function markSaved(history: History, session: Session, lineage?: Lineage): History {
  const at = history.entries.lastIndexOf(session);
  const entries = lineage ? history.entries.map((entry) => (entry.lineage === lineage ? entry : { ...entry, lineage })) : history.entries;
  return { entries, index: history.index, savedIndex: at === -1 ? null : at };
}

/** Unsaved work: edits since the last save, or text typed in a field and not yet applied (state/typed-text.ts). */
export function isUnsaved(history: History, fieldsWithTypedText: ReadonlySet<string>): boolean {
  return isDirty(history) || fieldsWithTypedText.size > 0;
}
