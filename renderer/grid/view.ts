// Runs in the renderer. What each line of the grid shows, as plain data computed once per
// session and language: labels from deriveAnnex, cells from layout.ts. A line is redrawn only
// when its data changed (`sig`), so an edit repaints the rows it touched, not the whole week.
import type { Lang } from '../../shared/i18n.ts';
import { displayTimeZonesOf, type Session, type Slot } from '../../shared/model/types.ts';
import { slotTimesInZones, type ZonedSlot } from '../../shared/rules/hybrid.ts';
import type { RowRef, SlotRef } from '../../shared/schedule/refs.ts';
import { annexOf, itemsById, placementsIn } from '../state/context.tsx';
import { sameRowRef } from '../state/selection.ts';
import { gridLines, meetsOn, rowCells } from './layout.ts';

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

export function gridView(session: Session, langs: readonly Lang[]): DayView[] {
  let perLangs = views.get(session);
  if (!perLangs) views.set(session, (perLangs = new Map()));
  const key = langs.join(',');
  let days = perLangs.get(key);
  if (!days) perLangs.set(key, (days = reuse(key, build(session, langs))));
  return days;
}

/** The last views built per languages shown: lines and days by key, to hand back unchanged ones. */
const lastBuilt = new Map<string, { lines: Map<string, LineView>; days: Map<string, DayView> }>();

/**
 * Replaces each line whose content (`sig`) did not change with the object built last time,
 * and each day whose lines are all unchanged with its previous view: the grid then skips a
 * day that an edit did not touch by identity, without comparing its lines one by one.
 */
function reuse(langsKey: string, days: DayView[]): DayView[] {
  const last = lastBuilt.get(langsKey);
  const lines = new Map<string, LineView>();
  const byDate = new Map<string, DayView>();
  const result = days.map((day) => {
    const dayLines = day.lines.map((line) => {
      const before = last?.lines.get(line.key);
      const kept = before && before.sig === line.sig ? before : line;
      lines.set(line.key, kept);
      return kept;
    });
    const previous = last?.days.get(day.date);
    const same = previous !== undefined && previous.lines.length === dayLines.length && previous.lines.every((line, i) => line === dayLines[i]);
    const view = same ? previous : { date: day.date, lines: dayLines };
    byDate.set(day.date, view);
    return view;
  });
  lastBuilt.set(langsKey, { lines, days: byDate });
  return result;
}

function build(session: Session, langs: readonly Lang[]): DayView[] {
  const annexes = langs.map((lang) => annexOf(session, lang));
  const items = itemsById(session);
  const placements = placementsIn(session);
  const days: DayView[] = [];
  const signed = <T extends object>(view: T) => ({ ...view, sig: JSON.stringify(view) });
  for (const line of gridLines(session)) {
    if (line.kind === 'head') continue;
    if (line.kind === 'day') {
      days.push({ date: line.date, lines: [signed({ kind: 'day' as const, key: line.key, date: line.date, labels: annexes.map((a) => a.days[line.dayIndex]!.label), columns: session.bodies.length + 1 })] });
      continue;
    }
    const times = annexes.map((a) => a.days[line.dayIndex]!.slots[line.at.slot]!.label);
    const offDay = session.bodies.map((body) => !meetsOn(body, line.at.date));
    const slot = session.days[line.dayIndex]!.slots[line.at.slot]!;
    // Only the line that shows the time shows the zones.
    const zones = line.kind === 'empty-slot' || line.firstOfSlot ? zonesOf(session, line.at.date, slot) : [];
    if (line.kind === 'empty-slot') {
      const cells = session.bodies.map((body, i): EmptyView => ({ kind: 'empty', col: i + 1, body: body.id, offDay: offDay[i]! }));
      days.at(-1)!.lines.push(signed({ kind: 'empty-slot' as const, key: line.key, at: line.at, times, zones, cells }));
      continue;
    }
    const cells = rowCells(session.bodies, line.row, items).map((cell): CellView => {
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
    days.at(-1)!.lines.push(signed({ kind: 'row' as const, key: line.key, at: line.at, first: line.firstOfSlot, last: line.lastOfSlot, times, zones, cells, wholeRow }));
  }
  return days;
}
