// Runs in the renderer. Going to where a problem is: selecting what it is about (so the
// inspector shows it) and, when it is in the schedule, moving the grid's focus there.
import type { Session } from '../../shared/model/types.ts';
import type { ProblemLocation } from '../../shared/rules/index.ts';
import { focusCell } from '../grid/GridCell.tsx';
import { dayKey, rowKey, slotLineKey } from '../state/grid-layout.ts';
import type { Editor } from '../state/editor.ts';

export function reveal(editor: Editor, session: Session, location: ProblemLocation): void {
  const focusGrid = (line: string, col: number) => {
    editor.focus.set({ line, col });
    focusCell(line, col, 'center');
  };
  switch (location.kind) {
    case 'session':
      return editor.selection.set({ kind: 'session' });
    case 'body':
      return editor.selection.set({ kind: 'body', id: location.body });
    case 'item':
    case 'document':
      return editor.selection.set({ kind: 'item', id: location.item });
    case 'day':
      editor.selection.set({ kind: 'day', date: location.date });
      return focusGrid(dayKey(location.date), 0);
    case 'slot': {
      const at = { date: location.date, slot: location.slot };
      editor.selection.set({ kind: 'slot', at });
      return focusGrid(slotLineKey(session, at), 0);
    }
    case 'row': {
      const at = { date: location.date, slot: location.slot, row: location.row };
      const row = session.days.find((d) => d.date === at.date)?.slots[at.slot]?.rows[at.row];
      const body = location.body ?? Object.keys(row ?? {})[0];
      const item = body === undefined ? undefined : row?.[body];
      if (item !== undefined) editor.selection.set({ kind: 'item', id: item, at });
      return focusGrid(rowKey(at), Math.max(1, session.bodies.findIndex((b) => b.id === body) + 1));
    }
  }
}
