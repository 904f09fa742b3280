// Runs everywhere (shared). Days and their meeting slots.
import { current, type Draft } from 'immer';
import { minutesOf } from '../../model/calendar.ts';
import type { Day, MeetingFormat, Session, Slot } from '../../model/types.ts';
import { edit, refuse, type EditResult } from '../edit.ts';
import { dayAt, requireDate, requireTimes, slotAt, type SlotRef } from '../refs.ts';

export interface SlotTimes {
  start: string;
  end: string;
}

/** Vienna standard: two three-hour meetings a day. */
export const STANDARD_SLOTS: readonly SlotTimes[] = [
  { start: '10:00', end: '13:00' },
  { start: '15:00', end: '18:00' },
];

/** Hybrid meetings are limited to two hours (remote interpretation); the 2020 working group met at these times. */
export const HYBRID_SLOTS: readonly SlotTimes[] = [
  { start: '12:00', end: '14:00' },
  { start: '16:00', end: '18:00' },
];

/** The meeting slots of each day, by meeting format: Vienna's two three-hour meetings in person. */
export const SLOT_TEMPLATES: Readonly<Record<MeetingFormat, readonly SlotTimes[]>> = {
  'in-person': STANDARD_SLOTS,
  hybrid: HYBRID_SLOTS,
};

/** Keeps days in date order: a new or moved day goes after every earlier date. */
function insertDay(days: Draft<Day>[], day: Draft<Day>): void {
  const index = days.findIndex((d) => d.date > day.date);
  days.splice(index === -1 ? days.length : index, 0, day);
}

export function sortSlots(slots: Draft<Slot>[]): void {
  slots.sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
}

/** Adds a day; its slots are `slots`, else the times of the day before it, else the standard. */
export function addDay(session: Session, args: { date: string; slots?: readonly SlotTimes[] }): EditResult {
  return edit(session, (draft) => {
    requireDate(args.date);
    if (draft.days.some((d) => d.date === args.date)) refuse('dateTaken', { date: args.date });
    const before = draft.days.filter((d) => d.date < args.date).at(-1);
    const times = args.slots ?? (before && before.slots.length > 0 ? before.slots : STANDARD_SLOTS);
    for (const t of times) requireTimes(t.start, t.end);
    const slots = times.map((t) => ({ start: t.start, end: t.end, rows: [] }));
    sortSlots(slots);
    insertDay(draft.days, { date: args.date, slots });
  });
}

/** Removes a day with everything placed on it. */
export function removeDay(session: Session, args: { date: string }): EditResult {
  return edit(session, (draft) => {
    const day = dayAt(draft, args.date);
    draft.days.splice(draft.days.indexOf(day), 1);
  });
}

/** Moves a day, with its slots and placements, to another date. */
export function moveDay(session: Session, args: { date: string; to: string }): EditResult {
  return edit(session, (draft) => {
    const day = dayAt(draft, args.date);
    requireDate(args.to);
    if (args.to === args.date) return;
    if (draft.days.some((d) => d.date === args.to)) refuse('dateTaken', { date: args.to });
    draft.days.splice(draft.days.indexOf(day), 1);
    day.date = args.to;
    insertDay(draft.days, day);
  });
}

/** Copies a day — its meetings and what is placed in them — to a date the session does not have yet. */
export function duplicateDay(session: Session, args: { date: string; to: string }): EditResult {
  return edit(session, (draft) => {
    const day = dayAt(draft, args.date);
    requireDate(args.to);
    if (draft.days.some((d) => d.date === args.to)) refuse('dateTaken', { date: args.to });
    insertDay(draft.days, { ...structuredClone(current(day)), date: args.to });
  });
}

/** Exchanges what happens on two days; the dates stay where they are. */
export function swapDays(session: Session, args: { a: string; b: string }): EditResult {
  return edit(session, (draft) => {
    if (args.a === args.b) refuse('sameDay');
    const a = dayAt(draft, args.a);
    const b = dayAt(draft, args.b);
    [a.slots, b.slots] = [b.slots, a.slots];
  });
}

export function addSlot(session: Session, args: { date: string } & SlotTimes): EditResult {
  return edit(session, (draft) => {
    const day = dayAt(draft, args.date);
    requireTimes(args.start, args.end);
    day.slots.push({ start: args.start, end: args.end, rows: [] });
    sortSlots(day.slots);
  });
}

/** Removes a slot with everything placed in it. */
export function removeSlot(session: Session, at: SlotRef): EditResult {
  return edit(session, (draft) => {
    const slot = slotAt(draft, at);
    const day = dayAt(draft, at.date);
    day.slots.splice(day.slots.indexOf(slot), 1);
  });
}

/** New times for a slot; the day's slots stay in time order. */
export function retimeSlot(session: Session, args: SlotRef & SlotTimes): EditResult {
  return edit(session, (draft) => {
    const slot = slotAt(draft, args);
    requireTimes(args.start, args.end);
    slot.start = args.start;
    slot.end = args.end;
    sortSlots(dayAt(draft, args.date).slots);
  });
}

/** Exchanges the rows of two slots (of one day or of two); the times stay. */
export function swapSlots(session: Session, args: { a: SlotRef; b: SlotRef }): EditResult {
  return edit(session, (draft) => {
    const a = slotAt(draft, args.a);
    const b = slotAt(draft, args.b);
    if (a === b) refuse('sameSlot');
    [a.rows, b.rows] = [b.rows, a.rows];
  });
}
