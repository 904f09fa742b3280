// Runs in the renderer. The cells of a grid line: the slot's time (editable in place), an
// item chip (a joint chip spans the bodies it joins), an empty cell, and the thin drop
// gaps between rows where a dragged item lands as a new row. They take what they show from
// the line's view (view.ts), so an edit elsewhere in the week does not redraw them.
import { Fragment, memo, useState, type FormEvent, type KeyboardEvent, type PointerEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocLang } from '../../shared/i18n.ts';
import { timeLabel } from '../../shared/format/labels.ts';
import type { ZonedSlot } from '../../shared/rules/hybrid.ts';
import type { RowRef, SlotRef } from '../../shared/schedule/refs.ts';
import { retimeSlot } from '../../shared/schedule/index.ts';
import { DocText } from '../widgets/DocText.tsx';
import { useDragging, useDragSource, useDropAccepted, useDropTarget } from '../dnd/targets.ts';
import { useEditor } from '../state/context.tsx';
import { sameRowRef, selectionKey } from '../state/selection.ts';
import { useStore, useStoreAt } from '../state/store.ts';
import { HTML_LANG, useUiLang } from '../i18n.ts';
import { GridCell } from './GridCell.tsx';
import { useGridTexts } from './texts.ts';
import { useChipMark, useSlotMark, type DiffMark } from './highlight.ts';
import type { CellView, ChipView, EmptyView } from './view.ts';
import { markKey } from './problem-marks.ts';
import { ProblemFlag } from './ProblemFlag.tsx';
import { dayShiftMark, zoneCity } from './zones.ts';

/** Values aligned with `langs` as the Record DocText takes. */
export const byLang = (langs: readonly DocLang[], values: readonly string[]) => Object.fromEntries(langs.map((lang, i) => [lang, values[i] ?? '']));

interface TimeHeaderProps {
  line: string;
  at: SlotRef;
  times: string[];
  /** A hybrid session's slot in its display time zones (empty otherwise). */
  zones: readonly ZonedSlot[];
  langs: readonly DocLang[];
  /** Only a slot's first line shows the time; later lines keep it for screen readers. */
  visible: boolean;
}

export function TimeHeader({ line, at, times, zones, langs, visible }: TimeHeaderProps) {
  const editor = useEditor();
  const selected = useStoreAt(editor.selection, selectionKey.slot(at), (s) => s.kind === 'slot' && s.at.date === at.date && s.at.slot === at.slot);
  const editing = useStore(editor.editingTimes, (key) => key === line);
  const mark = useSlotMark(at);
  return (
    <GridCell
      line={line}
      col={0}
      role="rowheader"
      className={`time-cell${visible ? '' : ' time-repeat'}${mark && visible ? ` diff-slot diff-${mark}` : ''}`}
      selected={selected}
      onActivate={() => editor.selection.set({ kind: 'slot', at })}
      onDoubleClick={() => editor.editingTimes.set(line)}
    >
      {editing ? (
        <TimeEditor at={at} />
      ) : (
        <>
          <span className={visible ? 'time-label' : 'visually-hidden'}>
            <DocText texts={byLang(langs, times)} langs={langs} />
          </span>
          {visible && zones.length > 0 && <ZoneTimes zones={zones} />}
          {mark && visible && <DiffFlag mark={mark} slot />}
          {visible && <ProblemFlag keys={[markKey.slot(at)]} />}
        </>
      )}
    </GridCell>
  );
}

/**
 * "New York 6–8 a.m.", "Nairobi 1–3 p.m." …: one zone a line, the cities in a column of their
 * own, so a long time ("10 p.m.–12 midnight +1") wraps inside the narrow time column.
 */
function ZoneTimes({ zones }: { zones: readonly ZonedSlot[] }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  return (
    <ul className="zone-times" aria-label={t('grid.zonesLabel')} lang={HTML_LANG[lang]}>
      {zones.map((zoned) => {
        const mark = dayShiftMark(zoned.dayShift);
        return (
          <li key={zoned.zone} className="zone-time" data-zone={zoned.zone} title={zoned.zone}>
            <span className="zone-city">{zoneCity(zoned.zone, t)}</span>{' '}
            <span className="zone-clock">
              {timeLabel(zoned.start.time, zoned.end.time, lang)}
              {mark && (
                <span className="day-shift" title={t(zoned.dayShift > 0 ? 'grid.nextDay' : 'grid.previousDay')}>
                  {' '}
                  {mark}
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Start and end of a slot edited in place: Enter or leaving the field applies, Escape cancels. */
function TimeEditor({ at }: { at: SlotRef }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const [slot] = useState(() => editor.session()?.days.find((d) => d.date === at.date)?.slots[at.slot]);
  const [start, setStart] = useState(slot?.start ?? '');
  const [end, setEnd] = useState(slot?.end ?? '');
  const close = () => editor.editingTimes.set(null);
  const commit = (event?: FormEvent) => {
    event?.preventDefault();
    if (slot && (start !== slot.start || end !== slot.end)) editor.apply((s) => retimeSlot(s, { ...at, start, end }));
    close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') close();
  };
  return (
    <form
      className="time-editor"
      onSubmit={commit}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) commit();
      }}
    >
      <input type="time" aria-label={t('slot.start')} value={start} onChange={(e) => setStart(e.target.value)} autoFocus required />
      <input type="time" aria-label={t('slot.end')} value={end} onChange={(e) => setEnd(e.target.value)} required />
      <button type="submit" className="visually-hidden">
        {t('action.apply')}
      </button>
    </form>
  );
}

interface RowCellProps {
  line: string;
  at: RowRef;
  cell: CellView;
  /** The whole row moves with this cell's chip (it holds every item of the row). */
  wholeRow: boolean;
  langs: readonly DocLang[];
}

const NO_ITEMS: readonly string[] = [];

/**
 * A cell of a row: an item chip (a joint chip spans the bodies it joins) or an empty cell.
 * One component for both, so that a cell an edit empties or fills keeps its element — and
 * the keyboard focus on it — instead of being replaced.
 */
export function RowCell({ line, at, cell, wholeRow, langs }: RowCellProps) {
  const editor = useEditor();
  const items = cell.kind === 'chip' ? cell.items : NO_ITEMS;
  const state = useStoreAt(editor.selection, items.map(selectionKey.item).join('\n'), (s) =>
    s.kind === 'item' && items.includes(s.id) ? (sameRowRef(s.at, at) ? 'selected' : 'related') : 'none',
  );
  if (cell.kind === 'empty') {
    return (
      <GridCell line={line} col={cell.col} className={['empty-cell', cell.offDay ? 'off-day' : ''].join(' ')}>
        <EmptyContent cell={cell} at={at} />
      </GridCell>
    );
  }
  return (
    <GridCell
      line={line}
      col={cell.col}
      span={cell.span}
      className={['chip-cell', cell.offDay ? 'off-day' : ''].join(' ')}
      selected={state === 'selected'}
      onActivate={() => editor.selection.set({ kind: 'item', id: cell.items[0]!, at })}
    >
      <Chip line={line} at={at} cell={cell} wholeRow={wholeRow} langs={langs} related={state === 'related'} />
    </GridCell>
  );
}

function Chip({ line, at, cell, wholeRow, langs, related }: RowCellProps & { cell: ChipView; related: boolean }) {
  const texts = useGridTexts();
  const mark = useChipMark(cell.items, at);
  const source = wholeRow ? { kind: 'row' as const, at } : { kind: 'cell' as const, at, body: cell.bodies[0]! };
  const drag = useDragSource(`chip:${line}:${cell.col}`, { source });
  return (
    <div
      ref={drag.setNodeRef}
      onPointerDown={drag.listeners?.onPointerDown as PointerEventHandler<HTMLDivElement> | undefined}
      data-diff={mark ?? undefined}
      className={['chip', cell.joint ? 'chip-joint' : '', cell.continued ? 'chip-continued' : '', related ? 'chip-related' : '', drag.isDragging ? 'is-dragging' : '', mark ? `diff-${mark}` : '']
        .filter(Boolean)
        .join(' ')}
    >
      <ChipNumbers numbers={cell.numbers} />
      <span className="chip-title">
        <DocText texts={byLang(langs, cell.titles)} langs={langs} />
      </span>
      {cell.continued && (
        <span className="chip-flag" dir="ltr">
          {texts.continued}
        </span>
      )}
      {cell.joint && (
        <span className="chip-flag chip-flag-joint" dir="ltr">
          {texts.joint}
        </span>
      )}
      {mark && <DiffFlag mark={mark} />}
      <ProblemFlag keys={[markKey.row(at), ...cell.bodies.map((body) => markKey.cell(at, body))]} />
    </div>
  );
}

/**
 * "1(a)", or "5 | 2" for a joint chip: each number isolated left to right, so a mirrored grid
 * keeps "1(a)" whole, while the numbers of a joint chip follow the grid's direction — in an
 * Arabic grid WG.3's 5 stands on the right, above WG.3's column, as the columns do.
 */
function ChipNumbers({ numbers }: { numbers: string }) {
  return (
    <span className="chip-number">
      {numbers.split(' | ').map((number, index) => (
        <Fragment key={index}>
          {index > 0 && ' | '}
          <bdi dir="ltr">{number}</bdi>
        </Fragment>
      ))}
    </span>
  );
}

/** What a comparison found here (highlight.ts), as a small flag that screen readers read too. */
function DiffFlag({ mark, slot = false }: { mark: DiffMark; slot?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`diff-flag diff-flag-${mark}`} title={t(`compare:mark.${slot ? 'slot' : 'chip'}.${mark}`)}>
      <span aria-hidden="true">{t(`compare:mark.short.${mark}`)}</span>
      <span className="visually-hidden">{t(`compare:mark.${slot ? 'slot' : 'chip'}.${mark}`)}</span>
    </span>
  );
}

/** A cell of an empty slot's line (the line as a whole is where a drag drops). */
export function EmptyCell({ line, cell }: { line: string; cell: EmptyView }) {
  return (
    <GridCell line={line} col={cell.col} className={['empty-cell', cell.offDay ? 'off-day' : ''].join(' ')}>
      <EmptyContent cell={cell} />
    </GridCell>
  );
}

/** What an empty cell holds; in an existing row, while a drag it would take is under way, a drop target for its body's items. */
function EmptyContent({ cell, at }: { cell: EmptyView; at?: RowRef }) {
  const texts = useGridTexts();
  return (
    <>
      {at ? <CellDropSpot at={at} body={cell.body} /> : null}
      <span className="visually-hidden">{cell.offDay ? texts.notMeeting : texts.empty}</span>
      {at ? <ProblemFlag keys={[markKey.cell(at, cell.body)]} /> : null}
    </>
  );
}

function CellDropSpot({ at, body }: { at: RowRef; body: string }) {
  const accepted = useDropAccepted({ kind: 'cell', at, body });
  return accepted ? <CellDropZone at={at} body={body} /> : null;
}

function CellDropZone({ at, body }: { at: RowRef; body: string }) {
  const drop = useDropTarget(`cell:${at.date}:${at.slot}:${at.row}:${body}`, { target: { kind: 'cell', at, body }, keyboard: true });
  return <div ref={drop.setNodeRef} className={`cell-drop${drop.isOver ? ' is-over' : ''}`} aria-hidden="true" />;
}

/**
 * The thin line between two rows; while a drag it would take is under way, a drop target covers it.
 * Memoized: the gap before a slot's first row is drawn by its day, which redraws on every edit.
 */
export const DropGap = memo(function DropGap({ at, position }: { at: SlotRef; position: number }) {
  const dragging = useDragging();
  return (
    <div className="gap" data-gap={`${at.date}:${at.slot}:${position}`} aria-hidden="true">
      {dragging && <GapTarget at={at} position={position} />}
    </div>
  );
}, (a, b) => a.at.date === b.at.date && a.at.slot === b.at.slot && a.position === b.position);

/** A gap's drop target; one that would refuse the drag is there, but neither lights up nor stops the keyboard. */
export function GapTarget({ at, position, className = '' }: { at: SlotRef; position: number; className?: string }) {
  const target = { kind: 'gap' as const, at, position };
  const accepted = useDropAccepted(target);
  const drop = useDropTarget(`gap:${at.date}:${at.slot}:${position}`, { target, keyboard: accepted, refused: !accepted });
  return <div ref={drop.setNodeRef} className={['drop-target', className, accepted ? '' : 'is-refused', drop.isOver && accepted ? 'is-over' : ''].filter(Boolean).join(' ')} aria-hidden="true" />;
}
