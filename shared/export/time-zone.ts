// Runs everywhere (shared). A session's wall-clock times ("2017-10-09", "10:00" in
// "Europe/Vienna") as instants and UTC offsets, from the time zone data every JavaScript
// runtime carries (Intl). Calendars and schedule files need real instants and, for
// iCalendar, the zone's offset changes around the session; no time zone library is needed.
import { minutesOf } from '../model/calendar.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const nameFormats = new Map<string, Intl.DateTimeFormat>();

function cached(cache: Map<string, Intl.DateTimeFormat>, zone: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = cache.get(zone);
  if (!format) {
    format = make();
    cache.set(zone, format);
  }
  return format;
}

/** An IANA zone name the runtime knows ("Europe/Vienna"); false for "Mars/Base" or "". */
export function isKnownTimeZone(zone: string | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC in `zone` at the instant `epochMs`: 120 for Vienna in summer. */
export function offsetMinutesAt(zone: string, epochMs: number): number {
  const format = cached(offsetFormats, zone, () => new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }));
  const name = format.formatToParts(epochMs).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  // "GMT+02:00", "GMT-09:30", "GMT" for UTC itself; historic offsets may carry seconds.
  const match = /^GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The zone's own short name at an instant when it has one ("CEST", "CET"), else "GMT+2". */
export function zoneAbbreviationAt(zone: string, epochMs: number): string {
  const format = cached(nameFormats, zone, () => new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' }));
  return format.formatToParts(epochMs).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** The wall-clock reading as if it were UTC, in milliseconds. */
export function wallClockMs(date: string, time: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) + minutesOf(time) * MINUTE;
}

/**
 * The instant at which clocks in `zone` read `date` `time`. The offsets a day before and a day
 * after are the candidates (zones change at most once in two days). A reading that exists
 * twice, when clocks go back, is taken the first time; one that does not exist, when they go
 * forward, falls as much later as the clocks jumped (as Temporal's "compatible" does).
 */
export function instantOf(date: string, time: string, zone: string): number {
  const wall = wallClockMs(date, time);
  const before = offsetMinutesAt(zone, wall - DAY);
  const after = offsetMinutesAt(zone, wall + DAY);
  const fits = [before, after].map((offset) => wall - offset * MINUTE).filter((instant, i) => offsetMinutesAt(zone, instant) === [before, after][i]);
  return fits.length > 0 ? Math.min(...fits) : wall - before * MINUTE;
}

/** "+02:00" for 120 minutes. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** "2017-10-09T10:00:00+02:00": the reading with the offset in force at that moment. */
export function isoDateTimeIn(date: string, time: string, zone: string): string {
  const offset = offsetMinutesAt(zone, instantOf(date, time, zone));
  return `${date}T${time}:00${offsetText(offset)}`;
}

export interface OffsetChange {
  /** The instant of the change. */
  at: number;
  from: number;
  to: number;
}

/**
 * Every change of the zone's UTC offset between two instants, found day by day and then to the
 * minute by bisection: a year costs a few hundred offset look-ups.
 */
export function offsetChanges(zone: string, fromMs: number, toMs: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let before = fromMs;
  let offset = offsetMinutesAt(zone, before);
  for (let after = fromMs + DAY; before < toMs; after += DAY) {
    const next = offsetMinutesAt(zone, after);
    if (next !== offset) {
      let [low, high] = [before, after];
      while (high - low > MINUTE) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
        if (offsetMinutesAt(zone, middle) === offset) low = middle;
        else high = middle;
      }
      changes.push({ at: high, from: offset, to: next });
      offset = next;
    }
    before = after;
  }
  return changes;
}
