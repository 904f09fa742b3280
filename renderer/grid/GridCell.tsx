// Runs in the renderer. One cell of the ARIA grid with a roving tabindex: only the focused
// cell is in the tab order, arrow keys (Grid.tsx) move the focus between cells.
import type { ReactNode, Ref } from 'react';
import { useEditor } from '../state/context.tsx';
import { focusKey } from '../state/selection.ts';
import { useStoreAt } from '../state/store.ts';

export const cellId = (line: string, col: number) => `cell-${line.replace(/[^a-zA-Z0-9-]/g, '_')}-${col}`;

/**
 * Gives a cell the DOM focus and scrolls it into sight. focus() alone scrolls only when the
 * cell is out of the scroll area, so a cell half under the sticky column headers or time
 * column would stay covered; scrollIntoView honours the grid's scroll-padding. `nearest` for
 * a step of the keyboard, `center` for a jump (a problem, a placement) so what is around shows.
 */
export function focusCell(line: string, col: number, align: 'nearest' | 'center' = 'nearest'): void {
  const cell = document.getElementById(cellId(line, col));
  if (!cell) return;
  cell.focus({ preventScroll: true });
  cell.scrollIntoView({ block: align, inline: 'nearest' });
}

interface GridCellProps {
  line: string;
  col: number;
  span?: number;
  role?: 'gridcell' | 'rowheader' | 'columnheader';
  className?: string;
  selected?: boolean;
  onActivate?: () => void;
  onDoubleClick?: () => void;
  cellRef?: Ref<HTMLDivElement>;
  label?: string;
  children?: ReactNode;
}

export function GridCell({ line, col, span = 1, role = 'gridcell', className, selected, onActivate, onDoubleClick, cellRef, label, children }: GridCellProps) {
  const editor = useEditor();
  const focused = useStoreAt(editor.focus, focusKey(line, col), (focus) => focus.line === line && focus.col === col);
  return (
    <div
      ref={cellRef}
      role={role}
      id={cellId(line, col)}
      tabIndex={focused ? 0 : -1}
      aria-colindex={col + 1}
      aria-colspan={span > 1 ? span : undefined}
      aria-selected={Boolean(selected)}
      aria-label={label}
      data-line={line}
      data-col={col}
      className={['cell', className, selected ? 'is-selected' : ''].filter(Boolean).join(' ')}
      style={span > 1 ? { gridColumn: `span ${span}` } : undefined}
      onClick={onActivate}
      onDoubleClick={onDoubleClick}
    >
      {children}
    </div>
  );
}
