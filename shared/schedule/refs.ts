// Runs everywhere (shared). Finding what an edit names, or refusing with a clear reason.
import type { Draft } from 'immer';
import { isCalendarDate, isTimeOfDay, minutesOf } from '../model/calendar.ts';
import type { Body, Day, Item, Session, Slot } from '../model/types.ts';
import { refuse } from './edit.ts';

/** A slot by its day's date and its index within that day (0-based). */
export interface SlotRef {
  date: string;
  slot: number;
}

export interface RowRef extends SlotRef {
  row: number;
}

type S = Session | Draft<Session>;

export function dayAt<T extends S>(session: T, date: string): T['days'][number] {
  const day = session.days.find((d: Day) => d.date === date);
  return day ?? refuse('dayNotFound', { date });
}

export function slotAt<T extends S>(session: T, ref: SlotRef): T['days'][number]['slots'][number] {
  const slot = dayAt(session, ref.date).slots[ref.slot];
  return slot ?? refuse('slotNotFound', { date: ref.date, slot: ref.slot + 1 });
}

export function rowAt<T extends S>(session: T, ref: RowRef): T['days'][number]['slots'][number]['rows'][number] {
  const row = slotAt(session, ref).rows[ref.row];
  return row ?? refuse('rowNotFound', { row: ref.row + 1 });
}

export function itemAt<T extends S>(session: T, id: string): T['items'][number] {
  return session.items.find((item: Item) => item.id === id) ?? refuse('itemNotFound', { id });
}

export function bodyAt<T extends S>(session: T, id: string): T['bodies'][number] {
  return session.bodies.find((body: Body) => body.id === id) ?? refuse('bodyNotFound', { id });
}

/** How a refusal names an item: its number and its body's name in each language. */
export function describeItem(session: S, item: Item): { number: string; body: Body['name'] } {
  const body = session.bodies.find((b: Body) => b.id === item.body);
  return { number: item.number, body: body?.name ?? { en: item.body, zh: item.body } };
}

export function requireDate(value: string): void {
  if (!isCalendarDate(value)) refuse('badDate', { value });
}

export function requireTimes(start: string, end: string): void {
  if (!isTimeOfDay(start)) refuse('badTime', { value: start });
  if (!isTimeOfDay(end)) refuse('badTime', { value: end });
  if (minutesOf(end) <= minutesOf(start)) refuse('endBeforeStart', { start, end });
}

export function requirePosition(position: number, max: number): void {
  if (!Number.isInteger(position) || position < 0 || position > max) refuse('positionOutOfRange', { position, max });
}

export function isInSlot(slot: Slot, itemId: string): boolean {
  return slot.rows.some((row) => Object.values(row).includes(itemId));
}
