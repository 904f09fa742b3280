// Runs in the renderer. The compare and merge state of this window: the other copy being
// compared with (the change list panel and the grid's highlights follow it), and the merge
// waiting in its dialog. Kept apart from the editor's own state: both are views over another
// file, never part of the document or its undo history.
import type { Merge } from '../../shared/merge/index.ts';
import type { Session } from '../../shared/model/types.ts';
import { createRef } from 'react';
import { createStore } from '../state/observable.ts';

/** Another copy of the session, read from a file (never opened). */
export interface OtherCopy {
  session: Session;
  path: string;
  name: string;
}

export interface Comparison {
  other: OtherCopy;
  /** Distinguishes two comparisons with the same file, so the panel starts afresh. */
  seq: number;
}

export interface PendingMerge {
  merge: Merge;
  other: OtherCopy;
  /** A common version was found: only what both copies changed differently is a pick. */
  threeWay: boolean;
}

export const comparison = createStore<Comparison | null>(null);
export const pendingMerge = createStore<PendingMerge | null>(null);

/** The Compare ▾ button: focus goes back to it when the panel or the dialog closes. */
export const compareButtonRef = createRef<HTMLButtonElement>();
