// Runs in the renderer. What each line of the grid shows, as plain data computed once per
// session and language: labels from deriveAnnex, cells from layout.ts. A day is rebuilt only
// when its inputs changed, and within it a line is redrawn only when its data changed
// (`sig`), so an edit repaints the rows it touched, not the whole week.
import type { DocLang } from '../../shared/i18n.ts';
import { displayTimeZonesOf, type Day, type Item, type Session, type Slot } from '../../shared/model/types.ts';
import { slotTimesInZones, type ZonedSlot } from '../../shared/rules/hybrid.ts';
import type { AnnexTable } from '../../shared/schedule/annex.ts';
import type { Placement } from '../../shared/schedule/placements.ts';
import type { RowRef, SlotRef } from '../../shared/schedule/refs.ts';
import { annexOf, itemsById, jointKeysOf, placementsIn } from '../state/derived.ts';
import { sameRowRef } from '../state/selection.ts';
import { gridLines, meetsOn, rowCells, type GridLine } from '../state/grid-layout.ts';

export interface ChipView {
  kind: 'chip';
  col: number;
  span: number;
  bodies: string[];
  items: string[];
  /** "5 | 2" for a joint chip. */
  numbers: string;
  /** The annex cell's title, one per document language shown. */
  titles: string[];
  continued: boolean;
  joint: boolean;
  offDay: boolean;
}

export interface EmptyView {
  kind: 'empty';
  col: number;
  body: string;
  offDay: boolean;
}

export type CellView = ChipView | EmptyView;

export type LineView = { sig: string } & (
  | { kind: 'day'; key: string; date: string; labels: string[]; columns: number }
  | { kind: 'row'; key: string; at: RowRef; first: boolean; last: boolean; times: string[]; zones: ZonedSlot[]; cells: CellView[]; wholeRow: boolean }
  | { kind: 'empty-slot'; key: string; at: SlotRef; times: string[]; zones: ZonedSlot[]; cells: EmptyView[] }
);

export interface DayView {
  date: string;
  /** The day heading, then its slots' lines. */
  lines: LineView[];
}

// Converting a slot costs a few Intl calls per zone and every edit rebuilds the view: remember
// the answers by venue zone, display zones, date and times (a handful per session).
const zonedSlots = new Map<string, ZonedSlot[]>();

/** A hybrid session's slot in its display time zones (none for an in-person session). */
function zonesOf(session: Session, date: string, slot: Pick<Slot, 'start' | 'end'>): ZonedSlot[] {
  if (session.meetingFormat !== 'hybrid') return [];
  const zones = displayTimeZonesOf(session);
  const key = `${session.timeZone ?? ''}|${zones.join(',')}|${date}|${slot.start}|${slot.end}`;
  let zoned = zonedSlots.get(key);
  if (!zoned) {
    if (zonedSlots.size > 5000) zonedSlots.clear();
    zonedSlots.set(key, (zoned = slotTimesInZones(session, date, slot, zones)));
  }
  return zoned;
}

const views = new WeakMap<Session, Map<string, DayView[]>>();

export function gridView(session: Session, langs: readonly DocLang[]): DayView[] {
  let perLangs = views.get(session);
  if (!perLangs) views.set(session, (perLangs = new Map()));
  const key = langs.join(',');
  let days = perLangs.get(key);
  if (!days) perLangs.set(key, (days = build(session, langs)));
  return days;
}

/**
 * What a day's view depends on besides the day itself. Sessions are immutable and an edit
 * keeps the objects it did not touch, so a day whose inputs are all the same objects and
 * values as last time keeps its view: the grid skips it by identity, and only the days an
 * edit touched are rebuilt (one of ten on a row move, instead of every line of the week).
 */
function dayInputs(session: Session, langs: readonly DocLang[], day: Day): readonly unknown[] {
  return [
    langs.join(','),
    session.bodies,
    session.items,
    // The annex options (the year in day labels, the joint mark in titles).
    session.annex,
    session.meetingFormat,
    session.timeZone,
    displayTimeZonesOf(session).join(','),
    // An item's first appearance shows its full title, later ones "(continued)": an edit on
    // one day can change that on another.
    continuedOn(session).get(day.date) ?? '',
  ];
}

const builtDays = new WeakMap<Day, { inputs: readonly unknown[]; view: DayView }[]>();

/** Which placements on each date continue their item, as a short fingerprint per date. */
const continuedByDate = new WeakMap<Session, Map<string, string>>();
function continuedOn(session: Session): Map<string, string> {
  let byDate = continuedByDate.get(session);
  if (!byDate) {
    byDate = new Map();
    for (const [itemId, placements] of placementsIn(session)) {
      for (const { at, continued } of placements) if (continued) byDate.set(at.date, `${byDate.get(at.date) ?? ''}${at.slot}:${at.row}:${itemId};`);
    }
    continuedByDate.set(session, byDate);
  }
  return byDate;
}

function build(session: Session, langs: readonly DocLang[]): DayView[] {
  const annexes = langs.map((lang) => annexOf(session, lang));
  const items = itemsById(session);
  const placements = placementsIn(session);
  const signed = <T extends object>(view: T) => ({ ...view, sig: JSON.stringify(view) });
  const lines = gridLines(session);
  return session.days.map((day, dayIndex) => {
    const inputs = dayInputs(session, langs, day);
    const kept = builtDays.get(day)?.find((built) => built.inputs.every((input, i) => Object.is(input, inputs[i])));
    if (kept) return kept.view;
    const view: DayView = { date: day.date, lines: [] };
    for (const line of lines) {
      if (line.kind === 'head' || line.dayIndex !== dayIndex) continue;
      if (line.kind === 'day') {
        view.lines.push(signed({ kind: 'day' as const, key: line.key, date: line.date, labels: annexes.map((a) => a.days[dayIndex]!.label), columns: session.bodies.length + 1 }));
        continue;
      }
      view.lines.push(lineView(session, line, annexes, items, placements, signed));
    }
    // One entry per languages shown (zh, en, both), so switching back finds the view again.
    const others = (builtDays.get(day) ?? []).filter((built) => built.inputs[0] !== inputs[0]);
    builtDays.set(day, [...others, { inputs, view }]);
    return view;
  });
}

type Signed = <T extends object>(view: T) => T & { sig: string };

function lineView(
  session: Session,
  line: Extract<GridLine, { kind: 'row' | 'empty-slot' }>,
  annexes: readonly AnnexTable[],
  items: ReadonlyMap<string, Item>,
  placements: ReadonlyMap<string, Placement[]>,
  signed: Signed,
): LineView {
  const times = annexes.map((a) => a.days[line.dayIndex]!.slots[line.at.slot]!.label);
  const offDay = session.bodies.map((body) => !meetsOn(body, line.at.date));
  const slot = session.days[line.dayIndex]!.slots[line.at.slot]!;
  // Only the line that shows the time shows the zones.
  const zones = line.kind === 'empty-slot' || line.firstOfSlot ? zonesOf(session, line.at.date, slot) : [];
  if (line.kind === 'empty-slot') {
    const cells = session.bodies.map((body, i): EmptyView => ({ kind: 'empty', col: i + 1, body: body.id, offDay: offDay[i]! }));
    return signed({ kind: 'empty-slot' as const, key: line.key, at: line.at, times, zones, cells });
  }
  const cells = rowCells(session.bodies, line.row, jointKeysOf(session)).map((cell): CellView => {
    const cellOffDay = offDay[cell.col - 1]!;
    if (cell.kind === 'empty') return { ...cell, offDay: cellOffDay };
    const annexRow = (lang: number) => annexes[lang]!.days[line.dayIndex]!.slots[line.at.slot]!.rows[line.at.row]!;
    return {
      ...cell,
      numbers: cell.items.map((id) => items.get(id)?.number ?? '?').join(' | '),
      titles: annexes.map((_, lang) => annexRow(lang)[cell.col - 1]?.title ?? ''),
      continued: placements.get(cell.items[0]!)?.find((p) => sameRowRef(p.at, line.at))?.continued ?? false,
      offDay: cell.bodies.some((_, i) => offDay[cell.col - 1 + i]),
    };
  });
  const wholeRow = cells.filter((cell) => cell.kind === 'chip').length === 1;
  return signed({ kind: 'row' as const, key: line.key, at: line.at, first: line.firstOfSlot, last: line.lastOfSlot, times, zones, cells, wholeRow });
}
