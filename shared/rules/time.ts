// Runs everywhere (shared). Days and meeting times: in date order, once each, on weekdays;
// meetings of a day in time order, not overlapping, within the hours meeting services cover,
// and no longer than remote interpretation allows when the session is hybrid.
import { minutesOf, weekdayOf } from '../model/calendar.ts';
import type { Day, Slot } from '../model/types.ts';
import type { RuleContext, RuleGroup } from './context.ts';
import { isTimeZone } from './hybrid.ts';
import { dayName, slotName, timeName } from './names.ts';

const WEEKEND = new Set([0, 6]);

/** Conference services' ordinary hours; meetings outside them need special arrangements. */
export const SERVICE_HOURS = { start: '08:00', end: '22:00' } as const;
/** Remote simultaneous interpretation is provided for at most two hours at a stretch. */
export const HYBRID_MAX_MINUTES = 120;

function checkDays({ index, report }: RuleContext): void {
  const seen = new Set<string>();
  let previous: Day | undefined;
  for (const day of index.session.days) {
    const at = { kind: 'day', date: day.date } as const;
    if (seen.has(day.date)) report('time.day-duplicate', at, { day: dayName(index, day.date) });
    else if (previous && day.date < previous.date) {
      report('time.day-order', at, { day: dayName(index, day.date), previous: dayName(index, previous.date) });
    }
    if (WEEKEND.has(weekdayOf(day.date))) report('time.weekend', at, { day: dayName(index, day.date) });
    if (day.slots.length === 0) report('time.day-without-meetings', at, { day: dayName(index, day.date) });
    seen.add(day.date);
    previous = day;
  }
}

/** A meeting of a day with its times in minutes, read once. */
interface TimedSlot {
  slot: Slot;
  index: number;
  start: number;
  end: number;
}

/** Overlaps are found in time order, against the meeting that runs latest so far. */
function checkSlotTimes({ index, report }: RuleContext, day: Day, slots: readonly TimedSlot[]): void {
  const say = () => ({ day: dayName(index, day.date) });
  for (let s = 1; s < slots.length; s++) {
    const [previous, current] = [slots[s - 1]!, slots[s]!];
    if (current.start < previous.start) {
      report('time.slot-order', { kind: 'slot', date: day.date, slot: s }, { ...say(), time: timeName(current.slot), previous: timeName(previous.slot) });
    }
  }
  let latest: TimedSlot | undefined;
  for (const current of [...slots].sort((a, b) => a.start - b.start)) {
    if (latest && current.start < latest.end) {
      const [first, second] = latest.index < current.index ? [latest, current] : [current, latest];
      report('time.slots-overlap', { kind: 'slot', date: day.date, slot: second.index }, { ...say(), first: timeName(first.slot), second: timeName(second.slot) });
    }
    if (!latest || current.end > latest.end) latest = current;
  }
}

const [SERVICE_START, SERVICE_END] = [minutesOf(SERVICE_HOURS.start), minutesOf(SERVICE_HOURS.end)];

function checkSlots(context: RuleContext, d: number): void {
  const { index, report } = context;
  const day = index.session.days[d]!;
  const hybrid = index.session.meetingFormat === 'hybrid';
  const slots = day.slots.map((slot, s): TimedSlot => ({ slot, index: s, start: minutesOf(slot.start), end: minutesOf(slot.end) }));
  for (const { slot, index: s, start, end } of slots) {
    const at = { kind: 'slot', date: day.date, slot: s } as const;
    const meeting = () => ({ slot: slotName(index, d, s) });
    if (start < SERVICE_START || end > SERVICE_END) report('time.outside-hours', at, { ...meeting(), hours: timeName(SERVICE_HOURS) });
    if (hybrid && end - start > HYBRID_MAX_MINUTES) report('time.hybrid-too-long', at, meeting());
    if (slot.rows.length === 0) report('time.slot-empty', at, meeting());
  }
  checkSlotTimes(context, day, slots);
}

/** Zone names are checked here, not when the file loads: the zones a computer knows vary. */
function checkZones({ index, report }: RuleContext): void {
  const { timeZone, meetingFormat, displayTimeZones } = index.session;
  if (timeZone !== undefined && !isTimeZone(timeZone)) report('time.zone-unknown', { kind: 'session', field: 'timeZone' }, { zone: timeZone });
  if (meetingFormat === 'hybrid' && timeZone === undefined) report('time.hybrid-no-zone', { kind: 'session', field: 'timeZone' });
  for (const zone of displayTimeZones ?? []) {
    if (!isTimeZone(zone)) report('time.display-zone-unknown', { kind: 'session', field: 'displayTimeZones' }, { zone });
  }
}

export const checkTime: RuleGroup = (context) => {
  checkZones(context);
  checkDays(context);
  context.index.session.days.forEach((_, d) => checkSlots(context, d));
};
