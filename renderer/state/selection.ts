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

/** The keys of the selection store (state/store.ts): a chip listens to its items' keys, a time cell to its slot's. */
export const selectionKey = {
  session: 'session',
  body: (id: string) => `body:${id}`,
  item: (id: string) => `item:${id}`,
  day: (date: string) => `day:${date}`,
  slot: (at: SlotRef) => `slot:${at.date}:${at.slot}`,
};

export function selectionKeys(selection: Selection): string[] {
  switch (selection.kind) {
    case 'session':
      return [selectionKey.session];
    case 'body':
      return [selectionKey.body(selection.id)];
    case 'item':
      return [selectionKey.item(selection.id)];
    case 'day':
      return [selectionKey.day(selection.date)];
    case 'slot':
      return [selectionKey.slot(selection.at)];
  }
}

/** The key of the focus store for one cell of the grid. */
export const focusKey = (line: string, col: number) => `${line}|${col}`;
