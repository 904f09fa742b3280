// Runs in the renderer. The grid's context menu (right-click, the Menu key, Shift+F10): what
// applies where it opens — on a chip, its row's moves and removal; on an empty cell, placing
// the selected item; on a slot's time, inserting a meeting before or after it, deleting the
// meeting or retiming the day; on a day
// heading, retiming, duplicating (to a chosen date) or deleting the day (saying how many
// placements go with it). Each entry
// runs the same edit as its key (Grid.tsx) or inspector button.
import { useTranslation } from 'react-i18next';
import { nextFreeWeekday } from '../../shared/model/calendar.ts';
import { duplicateDay, removeDay, removeSlot, type SlotSide } from '../../shared/schedule/index.ts';
import { ContextMenu } from '../widgets/ContextMenu.tsx';
import type { MenuEntry } from '../widgets/MenuItems.tsx';
import { useEditor, useSession } from '../state/context.tsx';
import { jointKeysOf } from '../state/derived.ts';
import { requestFeature } from '../state/feature-requests.ts';
import { cellAt, rowCells, type GridLine } from '../state/grid-layout.ts';

export interface GridMenuPlace {
  line: string;
  col: number;
  x: number;
  y: number;
}

export interface GridMenuActions {
  continueRow(): void;
  move(direction: -1 | 1): void;
  remove(): void;
  place(): void;
  insertMeeting(side: SlotSide): void;
}

type Command = 'insert-before' | 'insert-after' | 'continue' | 'up' | 'down' | 'remove' | 'place' | 'remove-slot' | 'retime-day' | 'duplicate-day' | 'remove-day';

export function GridMenu({ place, line, actions, onClose }: { place: GridMenuPlace; line: GridLine; actions: GridMenuActions; onClose: () => void }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const session = useSession()!;
  const entry = (id: Command, label: string, disabled = false): MenuEntry<Command> => ({ id, label, disabled });
  const itemSelected = editor.selection.get().kind === 'item';
  const date = line.kind === 'head' ? null : line.kind === 'day' ? line.date : line.at.date;
  const retimeDay = entry('retime-day', t('context.retimeDay'));

  let groups: MenuEntry<Command>[][] = [];
  if (line.kind === 'day') {
    const placements = session.days.find((d) => d.date === line.date)?.slots.reduce((n, slot) => n + slot.rows.reduce((m, row) => m + Object.keys(row).length, 0), 0) ?? 0;
    groups = [[retimeDay, entry('duplicate-day', t('context.duplicateDay'))], [entry('remove-day', t('context.removeDay', { count: placements }))]];
  } else if (line.kind === 'row' || line.kind === 'empty-slot') {
    if (place.col === 0) {
      groups = [[entry('insert-before', t('context.insertBefore')), entry('insert-after', t('context.insertAfter'))], [retimeDay], [entry('remove-slot', t('context.removeSlot'))]];
    }
    else {
      const cell = line.kind === 'row' ? cellAt(rowCells(session.bodies, line.row, jointKeysOf(session)), place.col) : undefined;
      groups =
        cell?.kind === 'chip'
          ? [
              [entry('continue', t('context.continue')), entry('up', t('context.moveUp')), entry('down', t('context.moveDown'))],
              [entry('remove', t('context.remove'))],
            ]
          : [[entry('place', t('context.place'), !itemSelected)]];
    }
  }
  if (groups.length === 0) return null;

  const choose = (command: Command) => {
    switch (command) {
      case 'continue':
        return actions.continueRow();
      case 'up':
      case 'down':
        return actions.move(command === 'up' ? -1 : 1);
      case 'remove':
        return actions.remove();
      case 'place':
        return actions.place();
      case 'insert-before':
      case 'insert-after':
        return actions.insertMeeting(command === 'insert-before' ? 'before' : 'after');
      case 'remove-slot':
        if (line.kind === 'row' || line.kind === 'empty-slot') editor.apply((s) => removeSlot(s, { date: line.at.date, slot: line.at.slot }));
        return;
      case 'remove-day':
        if (date && editor.apply((s) => removeDay(s, { date }))?.ok) editor.selection.set({ kind: 'session' });
        return;
      case 'duplicate-day':
        if (date) void copyDay(date);
        return;
      case 'retime-day':
        if (date) editor.selection.set({ kind: 'day', date });
        return requestFeature(editor, 'retime');
    }
  };
  const copyDay = async (from: string) => {
    const last = session.days.at(-1)?.date ?? from;
    const to = await editor.ask('duplicate-day', { date: from, suggested: nextFreeWeekday(last, new Set(session.days.map((d) => d.date))) });
    if (to && editor.apply((s) => duplicateDay(s, { date: from, to }))?.ok) editor.selection.set({ kind: 'day', date: to });
  };
  return <ContextMenu x={place.x} y={place.y} label={t('context.label')} groups={groups} onChoose={choose} onClose={onClose} />;
}
