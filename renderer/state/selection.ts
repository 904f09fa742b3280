// Runs in the renderer. What the inspector shows and the grid highlights, and where the
// keyboard focus of the grid is (roving tabindex: one cell of the grid is tabbable).
import type { RowRef, SlotRef } from '../../shared/schedule/refs.ts';

export type Selection =
  | { kind: 'session' }
  | { kind: 'body'; id: string }
  /** An item; `at` is the placement chosen in the grid, absent when chosen in the agenda. */
  | { kind: 'item'; id: string; at?: RowRef }
  | { kind: 'day'; date: string }
  | { kind: 'slot'; at: SlotRef };

/** A cell of the grid: the line (see grid/layout.ts) and the column (0 = date and time, 1… = bodies). */
export interface GridFocus {
  line: string;
  col: number;
}

export const SESSION_SELECTION: Selection = { kind: 'session' };

export function sameRowRef(a: RowRef | undefined, b: RowRef | undefined): boolean {
  return !!a && !!b && a.date === b.date && a.slot === b.slot && a.row === b.row;
}
