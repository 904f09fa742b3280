// Runs in the renderer. The lines of the grid: the column headers (body names), a day with
// its heading and slots, a row of a slot, and the single line of an empty slot. Lines are
// memoized on their view's signature: an edit redraws only the lines whose content changed.
import { memo, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocLang } from '../../shared/i18n.ts';
import type { Body } from '../../shared/model/types.ts';
import { DocText, textsIn } from '../widgets/DocText.tsx';
import { useDragging } from '../dnd/targets.ts';
import { useEditor } from '../state/context.tsx';
import { selectionKey } from '../state/selection.ts';
import { useStore, useStoreAt } from '../state/store.ts';
import { byLang, DropGap, EmptyCell, GapTarget, RowCell, TimeHeader } from './GridCells.tsx';
import { GridCell } from './GridCell.tsx';
import { HEAD_KEY } from '../state/grid-layout.ts';
import { markKey } from './problem-marks.ts';
import { ProblemFlag } from './ProblemFlag.tsx';
import type { DayView, LineView } from './view.ts';

export function HeadLine({ bodies, langs }: { bodies: readonly Body[]; langs: readonly DocLang[] }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const sessionSelected = useStore(editor.selection, (s) => s.kind === 'session');
  const selectedBody = useStore(editor.selection, (s) => (s.kind === 'body' ? s.id : null));
  const ref = useScrollPaddingOfHead();
  return (
    <div ref={ref} role="rowgroup" className="grid-head">
      <div role="row" className="line head-line">
        <GridCell line={HEAD_KEY} col={0} role="columnheader" className="head-cell" selected={sessionSelected} onActivate={() => editor.selection.set({ kind: 'session' })}>
          {/* Interface text in a grid that may run right to left: it keeps the interface's direction. */}
          <span dir="ltr">{t('grid.dateAndTime')}</span>
        </GridCell>
        {bodies.map((body, index) => (
          <GridCell
            key={body.id}
            line={HEAD_KEY}
            col={index + 1}
            role="columnheader"
            className="head-cell body-head"
            selected={selectedBody === body.id}
            onActivate={() => editor.selection.set({ kind: 'body', id: body.id })}
          >
            <span className="body-name">
              <DocText texts={textsIn(body.name, langs)} langs={langs} />
            </span>
            {/* A UN symbol reads left to right in every language's document. */}
            {body.symbol && (
              <span className="body-symbol" dir="ltr">
                {body.symbol}
              </span>
            )}
          </GridCell>
        ))}
      </div>
    </div>
  );
}

/**
 * The sticky headers' height becomes the grid's scroll-padding, so that a cell the keyboard
 * moves to never stays under them: body names wrap to two or three lines, more in both
 * languages, so no fixed padding fits.
 */
function useScrollPaddingOfHead() {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const head = ref.current;
    const scroller = head?.closest<HTMLElement>('.grid-scroll');
    if (!head || !scroller) return;
    const observer = new ResizeObserver(() => scroller.style.setProperty('--grid-head-height', `${head.offsetHeight}px`));
    observer.observe(head);
    return () => observer.disconnect();
  }, []);
  return ref;
}

/**
 * A day: its heading and, slot by slot, the rows with drop gaps between them. Memoized: a day
 * an edit did not change keeps its view object (view.ts) and is not redrawn.
 */
export const DaySection = memo(function DaySection({ day, langs }: { day: DayView; langs: readonly DocLang[] }) {
  const [heading, ...lines] = day.lines;
  const slots: LineView[][] = [];
  for (const line of lines) {
    if (line.kind !== 'day' && (line.kind === 'empty-slot' || line.first)) slots.push([]);
    slots.at(-1)!.push(line);
  }
  return (
    <div role="rowgroup" className="day-group">
      <Line view={heading!} langs={langs} />
      {slots.map((slot) => {
        const first = slot[0]!;
        if (first.kind === 'empty-slot') return <Line key={first.key} view={first} langs={langs} />;
        if (first.kind !== 'row') return null;
        return (
          <div key={first.key} className="slot-block">
            <DropGap at={{ date: first.at.date, slot: first.at.slot }} position={0} />
            {slot.map((line) => (
              <Line key={line.key} view={line} langs={langs} />
            ))}
          </div>
        );
      })}
    </div>
  );
});

const Line = memo(
  function Line({ view, langs }: { view: LineView; langs: readonly DocLang[] }) {
    if (view.kind === 'day') return <DayHeading view={view} langs={langs} />;
    if (view.kind === 'empty-slot') return <EmptySlotLine view={view} langs={langs} />;
    return (
      <>
        <RowLine view={view} langs={langs} />
        <DropGap at={{ date: view.at.date, slot: view.at.slot }} position={view.at.row + 1} />
      </>
    );
  },
  (a, b) => a.view.sig === b.view.sig && a.langs.join() === b.langs.join(),
);

function DayHeading({ view, langs }: { view: Extract<LineView, { kind: 'day' }>; langs: readonly DocLang[] }) {
  const editor = useEditor();
  const selected = useStoreAt(editor.selection, selectionKey.day(view.date), (s) => s.kind === 'day' && s.date === view.date);
  return (
    <div role="row" className="line day-line">
      <GridCell
        line={view.key}
        col={0}
        span={view.columns}
        role="rowheader"
        className="day-heading"
        selected={selected}
        onActivate={() => editor.selection.set({ kind: 'day', date: view.date })}
      >
        <span className="day-heading-text">
          <DocText texts={byLang(langs, view.labels)} langs={langs} />
        </span>
        <ProblemFlag keys={[markKey.day(view.date)]} />
      </GridCell>
    </div>
  );
}

function RowLine({ view, langs }: { view: Extract<LineView, { kind: 'row' }>; langs: readonly DocLang[] }) {
  return (
    <div role="row" data-row-line={view.key} className={['line', 'row-line', view.first ? 'slot-first' : '', view.last ? 'slot-last' : ''].join(' ')}>
      <TimeHeader line={view.key} at={view.at} times={view.times} zones={view.zones} langs={langs} visible={view.first} />
      {view.cells.map((cell) => (
        <RowCell key={cell.col} line={view.key} at={view.at} cell={cell} wholeRow={view.wholeRow} langs={langs} />
      ))}
    </div>
  );
}

/** An empty slot is one line; while a drag is under way, all of it is a drop target for its first row. */
function EmptySlotLine({ view, langs }: { view: Extract<LineView, { kind: 'empty-slot' }>; langs: readonly DocLang[] }) {
  const { t } = useTranslation();
  const dragging = useDragging();
  return (
    <div role="row" data-row-line={view.key} className="line empty-slot-line slot-first slot-last">
      <TimeHeader line={view.key} at={view.at} times={view.times} zones={view.zones} langs={langs} visible />
      {view.cells.map((cell) => (
        <EmptyCell key={cell.body} line={view.key} cell={cell} />
      ))}
      {dragging && <GapTarget at={view.at} position={0} className="empty-slot-target" />}
      <span className="empty-slot-hint" aria-hidden="true">
        {t('grid.dropHere')}
      </span>
    </div>
  );
}
