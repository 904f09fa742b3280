// Runs everywhere (shared). Hybrid sessions: the meeting times as participants elsewhere see
// them. The 2020 working group met 12:00–14:00 and 16:00–18:00 in Vienna to suit New York
// and Beijing alike; the grid shows each slot in the session's displayTimeZones so an
// officer can judge that. The zone arithmetic is the exports' (Intl, no zone library).
import { instantOf, isKnownTimeZone, offsetMinutesAt } from '../export/time-zone.ts';
import { displayTimeZonesOf, type Session, type Slot } from '../model/types.ts';

export interface LocalTime {
  /** YYYY-MM-DD and HH:MM on the clocks of that zone. */
  date: string;
  time: string;
}

export interface ZonedSlot {
  zone: string;
  start: LocalTime;
  end: LocalTime;
  /** The start's date there against the date at the venue: -1, 0 or 1 (shown as "+1 day"). */
  dayShift: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// Asking Intl about a zone costs ~0.1 ms and checkSession asks on every edit: remember answers.
const knownZones = new Map<string, boolean>();

/** An IANA time zone name this runtime knows ("Europe/Vienna"). */
export function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    known = isKnownTimeZone(zone);
    knownZones.set(zone, known);
  }
  return known;
}

function clockIn(zone: string, instant: number): LocalTime {
  const reading = new Date(instant + offsetMinutesAt(zone, instant) * MINUTE).toISOString();
  return { date: reading.slice(0, 10), time: reading.slice(11, 16) };
}

/**
 * The meeting `slot` of `date` (venue time, the session's timeZone) in each of `zones`
 * (default: the session's display zones). Empty without a known venue zone, and zones the
 * runtime does not know are left out: checkSession reports both.
 */
export function slotTimesInZones(
  session: Session,
  date: string,
  slot: Pick<Slot, 'start' | 'end'>,
  zones: readonly string[] = displayTimeZonesOf(session),
): ZonedSlot[] {
  const venue = session.timeZone;
  if (venue === undefined || !isTimeZone(venue)) return [];
  const [start, end] = [instantOf(date, slot.start, venue), instantOf(date, slot.end, venue)];
  return zones.filter(isTimeZone).map((zone) => {
    const from = clockIn(zone, start);
    const dayShift = Math.round((Date.parse(from.date) - Date.parse(date)) / DAY);
    return { zone, start: from, end: clockIn(zone, end), dayShift };
  });
}
