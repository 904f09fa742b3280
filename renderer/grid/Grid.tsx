// Runs in the renderer. The timetable grid (ARIA grid): one column per body, days and
// their slots down the side. One cell is tabbable (roving tabindex); the keys below move
// the focus and edit the row under it. KEYS in keys.ts documents them for the help dialog.
import { useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { continueInNextSlot, insertSlot, type SlotSide } from '../../shared/schedule/index.ts';
import { useDroppable } from '@dnd-kit/core';
import { countToFill, useProgressive } from '../widgets/progressive.ts';
import { GRID_AREA } from '../dnd/targets.ts';
import { moveRowStep, removeChip } from '../editing/commands.ts';
import { useEditor, useSession, useShownLangs } from '../state/context.tsx';
import { documentDirection } from '../state/doc-langs.ts';
import { jointKeysOf } from '../state/derived.ts';
import type { GridFocus } from '../state/selection.ts';
import { useStore } from '../state/store.ts';
import { uiMessage } from '../state/messages.ts';
import { placeAtFocus } from './focus-target.ts';
import { cellId, focusCell } from './GridCell.tsx';
import { GridMenu, type GridMenuPlace } from './GridMenu.tsx';
import { DaySection, HeadLine } from './GridLines.tsx';
import { cellAt, emptySlotKey, gridLines, rowCells, rowKey, type GridLine } from '../state/grid-layout.ts';
import { GridTextsProvider, useGridTextsValue } from './texts.ts';
import { gridView } from './view.ts';
import { ProblemMarksFeed } from './ProblemFlag.tsx';

/** Lines drawn at first when a document opens: more than a 1080-pixel screen shows. */
const FIRST_LINES = 40;

const isTyping = (target: EventTarget) => target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;

export function Grid() {
  const { t } = useTranslation();
  const editor = useEditor();
  const session = useSession()!;
  const langs = useShownLangs();
  // An Arabic document mirrors the grid (doc-langs.ts); the arrow keys then follow what the eye sees.
  const dir = documentDirection(langs);
  const days = gridView(session, langs);
  const texts = useGridTextsValue();
  const lines = useMemo(() => gridLines(session), [session]);
  const lineIndex = useMemo(() => new Map(lines.map((line, index) => [line.key, index])), [lines]);
  /** The column the user was in before passing a day heading (which has only one cell). */
  const preferredCol = useRef(1);
  /** Index of the focused line, to land nearby when an edit makes that line disappear. */
  const lastIndex = useRef(0);
  /** After an edit moved the focus, the cell gets DOM focus once it is rendered. */
  const refocus = useRef(false);
  /**
   * The keyboard focus was in the grid and has not gone elsewhere: when an edit made outside
   * the grid's keys (Ctrl+Z, a menu) removes the focused cell, focus falls to the page body —
   * it is put back on the grid's focus cell instead of leaving a keyboard user nowhere.
   */
  const focusInGrid = useRef(false);
  const bodyCount = session.bodies.length;
  const area = useDroppable({ id: GRID_AREA });

  const colsOf = (line: GridLine): number[] => {
    if (line.kind === 'day') return [0];
    if (line.kind === 'row') return [0, ...rowCells(session.bodies, line.row, jointKeysOf(session)).map((cell) => cell.col)];
    return Array.from({ length: bodyCount + 1 }, (_, i) => i);
  };
  /** The start column of the cell of `line` covering `col`. */
  const snap = (line: GridLine, col: number) => {
    const cols = colsOf(line);
    return cols.filter((c) => c <= col).at(-1) ?? 0;
  };

  // A large week is drawn from its first days (enough lines to fill a tall screen), the rest
  // in the background; keyboard focus and drops work on `lines`, which always has them all.
  const opened = useStore(editor.doc, (s) => s?.opened ?? 0);
  const shownDays = useProgressive(days.length, countToFill(days, (day) => day.lines.length, FIRST_LINES), opened);
  const complete = shownDays === days.length;
  // The grid is on screen for this document: the benchmark's "time to an interactive grid",
  // and then to the whole week drawn.
  const file = useStore(editor.doc, (s) => s?.file);
  const shownRef = useRef(shownDays);
  shownRef.current = shownDays;
  useLayoutEffect(() => {
    performance.mark('orgwork:grid-ready', { detail: { days: shownRef.current } });
  }, [file]);
  useLayoutEffect(() => {
    if (complete) performance.mark('orgwork:grid-complete');
  }, [complete, opened]);

  // The focused line may vanish (row removed, slot emptied): stay at the same place in the list.
  useLayoutEffect(() => {
    const focus = editor.focus.get();
    const index = lineIndex.get(focus.line);
    if (index !== undefined) {
      lastIndex.current = index;
      const col = snap(lines[index]!, focus.col);
      if (col !== focus.col) editor.focus.set({ ...focus, col });
    } else {
      const index = Math.min(focus.line === '' ? 1 : lastIndex.current, lines.length - 1);
      const line = lines[Math.max(0, index)]!;
      editor.focus.set({ line: line.key, col: snap(line, focus.col) });
    }
    const focusLost = focusInGrid.current && (document.activeElement === null || document.activeElement === document.body);
    if (editor.takeGridFocusRequest() || refocus.current || focusLost) {
      refocus.current = false;
      const { line, col } = editor.focus.get();
      focusCell(line, col);
    }
  });

  const moveFocus = (next: GridFocus) => {
    editor.focus.set(next);
    lastIndex.current = lineIndex.get(next.line) ?? lastIndex.current;
    if (lines[lastIndex.current]?.kind !== 'day') preferredCol.current = next.col;
    focusCell(next.line, next.col);
  };

  const afterEdit = (next?: GridFocus) => {
    if (next) editor.focus.set(next);
    refocus.current = true;
  };

  const select = (line: GridLine, col: number) => {
    if (line.kind === 'head') return editor.selection.set(col === 0 ? { kind: 'session' } : { kind: 'body', id: session.bodies[col - 1]!.id });
    if (line.kind === 'day') return editor.selection.set({ kind: 'day', date: line.date });
    if (line.kind === 'empty-slot' || col === 0) return editor.selection.set({ kind: 'slot', at: { date: line.at.date, slot: line.at.slot } });
    const cell = cellAt(rowCells(session.bodies, line.row, jointKeysOf(session)), col);
    if (cell?.kind === 'chip') editor.selection.set({ kind: 'item', id: cell.items[0]!, at: line.at });
  };

  // The edits of the keys below, shared with the context menu (GridMenu.tsx).
  const moveRowBy = (line: GridLine, col: number, direction: -1 | 1, wholeSlot = false) => {
    if (line.kind !== 'row') return editor.say(uiMessage('refuse.focusARow'), 'error');
    const move = moveRowStep(session, line.at, direction, wholeSlot);
    if (!('operation' in move)) {
      if (!move.ok) editor.refuse(move.error);
      return;
    }
    if (!editor.apply(move.operation)?.ok) return;
    afterEdit({ line: rowKey(move.destination), col });
    // The moved row is the selection afterwards, so the inspector shows what moved.
    const first = Object.values(line.row)[0];
    if (first !== undefined) editor.selection.set({ kind: 'item', id: first, at: move.destination });
  };
  /** The chip at `col` out of its row; the whole row with `wholeRow` or from the time column. */
  const removeAt = (line: GridLine, col: number, wholeRow = false) => {
    if (line.kind !== 'row') return;
    const cell = cellAt(rowCells(session.bodies, line.row, jointKeysOf(session)), col);
    const bodies = wholeRow || col === 0 ? Object.keys(line.row) : cell?.kind === 'chip' ? cell.bodies : [];
    if (bodies.length === 0) editor.say(uiMessage('refuse.nothingThere'), 'error');
    else if (editor.apply(removeChip(line.at, bodies))?.ok) afterEdit();
  };
  const continueRow = (line: GridLine) => {
    if (line.kind !== 'row') editor.say(uiMessage('refuse.focusARow'), 'error');
    else if (editor.apply((s) => continueInNextSlot(s, line.at))?.ok) editor.announce(uiMessage('grid.continuedAnnouncement'));
  };
  const placeHere = () => {
    const selection = editor.selection.get();
    if (selection.kind !== 'item') editor.say(uiMessage('refuse.selectAnItem'), 'error');
    else if (placeAtFocus(editor, selection.id)) afterEdit();
  };

  /** A new, empty meeting beside the one at `line`; the focus and the inspector go to it. */
  const insertMeeting = (line: GridLine, side: SlotSide) => {
    if (line.kind !== 'row' && line.kind !== 'empty-slot') return;
    const result = editor.apply((s) => insertSlot(s, { date: line.at.date, slot: line.at.slot, side }));
    if (!result?.ok || result.created === undefined) return;
    const at = { date: line.at.date, slot: Number(result.created) };
    afterEdit({ line: emptySlotKey(at), col: 0 });
    editor.selection.set({ kind: 'slot', at });
  };

  const [menu, setMenu] = useState<GridMenuPlace | null>(null);
  const onContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-line]');
    const line = cell ? lines[lineIndex.get(cell.dataset.line!) ?? -1] : undefined;
    if (!cell || !line || line.kind === 'head') return;
    event.preventDefault();
    const col = Number(cell.dataset.col);
    moveFocus({ line: line.key, col });
    select(line, col);
    setMenu({ line: line.key, col, x: event.clientX, y: event.clientY });
  };
  const menuLine = menu ? lines[lineIndex.get(menu.line) ?? -1] : undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isTyping(event.target)) return;
    const focus = editor.focus.get();
    const index = lineIndex.get(focus.line);
    if (index === undefined) return;
    const line = lines[index]!;
    const cols = colsOf(line);
    const here = cols.indexOf(snap(line, focus.col));
    const toLine = (target: number) => {
      const next = lines[Math.max(0, Math.min(lines.length - 1, target))]!;
      moveFocus({ line: next.key, col: snap(next, next.kind === 'day' ? 0 : preferredCol.current) });
    };
    const dayLine = (direction: 1 | -1) => {
      for (let i = index + direction; i >= 0 && i < lines.length; i += direction) if (lines[i]!.kind === 'day') return i;
      return direction > 0 ? lines.length - 1 : 0;
    };
    const { key, altKey, ctrlKey, metaKey, shiftKey } = event;
    const mod = ctrlKey || metaKey;
    let handled = true;

    if (altKey && (key === 'ArrowUp' || key === 'ArrowDown' || key === 'PageUp' || key === 'PageDown')) {
      moveRowBy(line, focus.col, key === 'ArrowUp' || key === 'PageUp' ? -1 : 1, key === 'PageUp' || key === 'PageDown');
    } else if (key === 'ContextMenu' || (shiftKey && key === 'F10')) {
      const rect = document.getElementById(cellId(line.key, focus.col))?.getBoundingClientRect();
      if (rect) setMenu({ line: line.key, col: focus.col, x: rect.left + 12, y: rect.top + Math.min(rect.height, 28) });
    } else if (altKey || (mod && key !== 'Home' && key !== 'End')) {
      handled = false;
    } else if (key === 'ArrowDown') toLine(index + 1);
    else if (key === 'ArrowUp') toLine(index - 1);
    else if (key === 'ArrowRight' || key === 'ArrowLeft') {
      // Visual, as the WAI-ARIA grid pattern asks of a right-to-left grid: → goes to the cell on
      // the right, which in a mirrored grid is the previous column (towards the times).
      const step = (key === 'ArrowRight') === (dir === 'ltr') ? 1 : -1;
      moveFocus({ line: line.key, col: cols[Math.max(0, Math.min(cols.length - 1, here + step))]! });
    }
    else if (key === 'Home' && mod) toLine(0);
    else if (key === 'Home') moveFocus({ line: line.key, col: 0 });
    else if (key === 'End' && mod) toLine(lines.length - 1);
    else if (key === 'End') moveFocus({ line: line.key, col: cols.at(-1)! });
    else if (key === 'PageDown') toLine(dayLine(1));
    else if (key === 'PageUp') toLine(dayLine(-1));
    else if (key === 'Enter' || key === ' ') select(line, focus.col);
    else if (key === 'F2') {
      if (line.kind === 'row' || line.kind === 'empty-slot') editor.editingTimes.set(line.key);
    } else if (key === 'Escape') editor.selection.set({ kind: 'session' });
    else if (key === 'Delete' || key === 'Backspace') removeAt(line, focus.col, shiftKey);
    else if (key === 'c' || key === 'C') continueRow(line);
    else if (key === 'p' || key === 'P') placeHere();
    else handled = false;

    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  // Focus that leaves for another element leaves the grid; focus lost with its cell does not.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.relatedTarget !== null) focusInGrid.current = false;
  };

  // A click or Tab that lands on a cell makes it the roving focus.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    focusInGrid.current = true;
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-line]');
    if (!cell) return;
    const next = { line: cell.dataset.line!, col: Number(cell.dataset.col) };
    const focus = editor.focus.get();
    if (focus.line !== next.line || focus.col !== next.col) {
      editor.focus.set(next);
      lastIndex.current = lineIndex.get(next.line) ?? lastIndex.current;
    }
  };

  return (
    <div ref={area.setNodeRef} className="grid-scroll">
      <div
        role="grid"
        aria-label={t('grid.label')}
        aria-colcount={bodyCount + 1}
        aria-describedby="grid-keys-hint"
        dir={dir}
        className={session.meetingFormat === 'hybrid' ? 'grid is-hybrid' : 'grid'}
        style={{ ['--bodies' as string]: String(bodyCount) }}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
        onContextMenu={onContextMenu}
      >
        <ProblemMarksFeed />
        <GridTextsProvider value={texts}>
          <HeadLine bodies={session.bodies} langs={langs} />
          {days.slice(0, shownDays).map((day) => (
            <DaySection key={day.date} day={day} langs={langs} />
          ))}
        </GridTextsProvider>
      </div>
      {menu && menuLine && (
        <GridMenu
          place={menu}
          line={menuLine}
          onClose={() => {
            setMenu(null);
            focusCell(menu.line, menu.col);
          }}
          actions={{
            continueRow: () => continueRow(menuLine),
            move: (direction) => moveRowBy(menuLine, menu.col, direction),
            remove: () => removeAt(menuLine, menu.col),
            place: placeHere,
            insertMeeting: (side) => insertMeeting(menuLine, side),
          }}
        />
      )}
      <p id="grid-keys-hint" className="visually-hidden">
        {t('grid.keysHint')}
      </p>
    </div>
  );
}
