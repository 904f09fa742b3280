// Runs in the renderer. Placing an item "here" by keyboard: what the focused grid cell means
// as a drop target, so the key P and the agenda's Place button do what a drop there does.
import type { Session } from '../../shared/model/types.ts';
import { dropOperation, type DropTarget } from '../editing/commands.ts';
import type { Editor } from '../state/editor.ts';
import { uiMessage } from '../state/messages.ts';
import { itemsById, jointKeysOf } from '../state/derived.ts';
import { cellAt, gridLines, rowCells, rowKey, type GridLine } from '../state/grid-layout.ts';

export function targetAtFocus(session: Session, line: GridLine | undefined, col: number, itemId: string): DropTarget | null {
  if (!line) return null;
  if (line.kind === 'empty-slot') return { kind: 'gap', at: line.at, position: 0 };
  if (line.kind !== 'row') return null;
  const cell = cellAt(rowCells(session.bodies, line.row, jointKeysOf(session)), col);
  const item = itemsById(session).get(itemId);
  // Its own body's empty cell: into this row. Anywhere else on the row: a new row after it.
  if (cell?.kind === 'empty' && item && cell.body === item.body) return { kind: 'cell', at: line.at, body: cell.body };
  return { kind: 'gap', at: { date: line.at.date, slot: line.at.slot }, position: line.at.row + 1 };
}

/** Places `itemId` at the grid's focus; the focus moves to the new row so the next one lands after it. */
export function placeAtFocus(editor: Editor, itemId: string): boolean {
  const session = editor.session();
  if (!session) return false;
  const focus = editor.focus.get();
  const line = gridLines(session).find((l) => l.key === focus.line);
  const target = targetAtFocus(session, line, focus.col, itemId);
  if (!target) {
    editor.say(uiMessage('refuse.focusASlot'), 'error');
    return false;
  }
  const result = editor.apply(dropOperation({ kind: 'item', item: itemId }, target));
  if (!result?.ok) return false;
  const col = session.bodies.findIndex((body) => body.id === itemsById(session).get(itemId)?.body) + 1;
  if (target.kind === 'gap') editor.focus.set({ line: rowKey({ ...target.at, row: target.position }), col: col || focus.col });
  return true;
}
