// Runs everywhere (shared). Calendar dates ("2017-10-09") and times of day ("15:00") as the
// session file writes them: plain strings, no time zone, so a file means the same
// everywhere it is opened.
import { isValid, parseISO, format } from 'date-fns';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_SHAPE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A real day of the calendar: 2017-02-30 is refused, 2016-02-29 accepted. */
export function isCalendarDate(value: string): boolean {
  if (!DATE_SHAPE.test(value)) return false;
  const date = parseISO(value);
  // parseISO rolls some impossible days over; formatting back catches that.
  return isValid(date) && format(date, 'yyyy-MM-dd') === value;
}

export function isTimeOfDay(value: string): boolean {
  return TIME_SHAPE.test(value);
}

/** Minutes since midnight of an "HH:MM" time. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** "HH:MM" of minutes since midnight (the inverse of minutesOf). */
export function timeOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A calendar date as a local Date at midnight, for date-fns. */
export function dateOf(value: string): Date {
  return parseISO(value);
}

export function isoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** Day of the week of a calendar date, 0 for Sunday to 6 for Saturday: without parsing, which costs far more. */
export function weekdayOf(value: string): number {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!)).getUTCDay();
}

/** The calendar day after `date` (YYYY-MM-DD), computed in UTC so no time zone shifts it. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The first weekday after `date` that `taken` does not hold: where a copied day goes by default. */
export function nextFreeWeekday(date: string, taken: ReadonlySet<string>): string {
  let next = dayAfter(date);
  while (taken.has(next) || weekdayOf(next) === 0 || weekdayOf(next) === 6) next = dayAfter(next);
  return next;
}
