// Runs in the renderer. The grid as a list of lines, computed from the session: the header,
// then per day a heading and per slot its rows (or one empty line). Keyboard focus, drop
// targets and rendering all walk this one list, so they always agree on what is where.
import type { Body, Row, Session } from '../../shared/model/types.ts';
import type { RowRef, SlotRef } from '../../shared/schedule/refs.ts';

export type GridLine =
  | { kind: 'head'; key: string }
  | { kind: 'day'; key: string; date: string; dayIndex: number }
  | { kind: 'row'; key: string; at: RowRef; dayIndex: number; row: Row; firstOfSlot: boolean; lastOfSlot: boolean }
  | { kind: 'empty-slot'; key: string; at: SlotRef; dayIndex: number };

export const HEAD_KEY = 'h';
export const dayKey = (date: string) => `d:${date}`;
export const rowKey = (at: RowRef) => `r:${at.date}:${at.slot}:${at.row}`;
export const emptySlotKey = (at: SlotRef) => `e:${at.date}:${at.slot}`;
/** The line that shows a slot's first row, or the slot itself when it is empty. */
export const slotLineKey = (session: Session, at: SlotRef) => {
  const slot = session.days.find((d) => d.date === at.date)?.slots[at.slot];
  return slot && slot.rows.length > 0 ? rowKey({ ...at, row: 0 }) : emptySlotKey(at);
};

const linesOf = new WeakMap<Session, readonly GridLine[]>();

/** The lines of a session, computed once per session object (sessions are immutable). */
export function gridLines(session: Session): readonly GridLine[] {
  let lines = linesOf.get(session);
  if (!lines) linesOf.set(session, (lines = buildLines(session)));
  return lines;
}

function buildLines(session: Session): GridLine[] {
  const lines: GridLine[] = [{ kind: 'head', key: HEAD_KEY }];
  session.days.forEach((day, dayIndex) => {
    lines.push({ kind: 'day', key: dayKey(day.date), date: day.date, dayIndex });
    day.slots.forEach((slot, slotIndex) => {
      if (slot.rows.length === 0) {
        const at = { date: day.date, slot: slotIndex };
        lines.push({ kind: 'empty-slot', key: emptySlotKey(at), at, dayIndex });
      }
      slot.rows.forEach((row, rowIndex) => {
        const at = { date: day.date, slot: slotIndex, row: rowIndex };
        lines.push({ kind: 'row', key: rowKey(at), at, dayIndex, row, firstOfSlot: rowIndex === 0, lastOfSlot: rowIndex === slot.rows.length - 1 });
      });
    });
  });
  return lines;
}

/** A cell of a row line: an empty cell of one body, or a chip over one or more adjacent bodies. */
export type RowCell =
  | { kind: 'empty'; col: number; body: string }
  | { kind: 'chip'; col: number; span: number; bodies: string[]; items: string[]; joint: boolean };

/**
 * Splits a row into cells. Items of one joint discussion (`jointKeyOf`, see
 * shared/schedule/joint-discussions.ts: a shared key, or sub-items of joint headings) in
 * adjacent columns become ONE chip; everything else gets its own cell. Columns are 1-based (0 is the time).
 */
export function rowCells(bodies: readonly Body[], row: Row, jointKeyOf: ReadonlyMap<string, string>): RowCell[] {
  const cells: RowCell[] = [];
  for (let i = 0; i < bodies.length; i++) {
    const body = bodies[i]!;
    const itemId = row[body.id];
    if (itemId === undefined) {
      cells.push({ kind: 'empty', col: i + 1, body: body.id });
      continue;
    }
    const joint = jointKeyOf.get(itemId);
    const chip = { kind: 'chip' as const, col: i + 1, span: 1, bodies: [body.id], items: [itemId], joint: false };
    while (joint !== undefined && i + 1 < bodies.length) {
      const next = row[bodies[i + 1]!.id];
      if (next === undefined || jointKeyOf.get(next) !== joint) break;
      i++;
      chip.span++;
      chip.bodies.push(bodies[i]!.id);
      chip.items.push(next);
    }
    chip.joint = chip.span > 1;
    cells.push(chip);
  }
  return cells;
}

/** The cell of `cells` that covers column `col`. */
export function cellAt(cells: readonly RowCell[], col: number): RowCell | undefined {
  return cells.find((cell) => col >= cell.col && col < cell.col + (cell.kind === 'chip' ? cell.span : 1));
}

/** Whether a body meets on a date (its from–to range); other days are shaded in its column. */
export const meetsOn = (body: Body, date: string) => body.from <= date && date <= body.to;

/** Every slot of the session in order, for moving a row to the previous or next one. */
export function allSlots(session: Session): SlotRef[] {
  return session.days.flatMap((day) => day.slots.map((_, slot) => ({ date: day.date, slot })));
}
