// Runs everywhere (shared). The VTIMEZONE block (RFC 5545 §3.6.5) of an iCalendar file,
// built from the runtime's own time zone data for the years a session spans: one block with
// the offset in force at the start and every change after it, each with its explicit onset
// (no recurrence rules to get wrong). Calendar programs need it to place TZID times.
import { offsetChanges, offsetMinutesAt, zoneAbbreviationAt } from './time-zone.ts';

const MINUTE = 60_000;

/** "+0100" for 60 minutes, as TZOFFSETFROM/TZOFFSETTO write it. */
function icsOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** "20171029T030000": a wall-clock reading, given as if it were a UTC instant. */
function icsLocal(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

interface Onset {
  /** The instant from which `to` is in force. */
  at: number;
  from: number;
  to: number;
}

/** The zone's offsets through whole calendar years, `firstYear` to `lastYear`. */
export function vtimezone(zone: string, firstYear: number, lastYear: number): string {
  const yearStart = (year: number) => Date.UTC(year, 0, 1);
  const from = yearStart(firstYear);
  const initial = offsetMinutesAt(zone, from);
  // The first onset is local midnight of 1 January, with the offset in force then.
  const onsets: Onset[] = [{ at: from - initial * MINUTE, from: initial, to: initial }, ...offsetChanges(zone, from, yearStart(lastYear + 1))];
  // Summer time is whatever runs ahead of the zone's lowest offset in the period.
  const standard = Math.min(...onsets.map((onset) => onset.to));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  for (const onset of onsets) {
    const kind = onset.to > standard ? 'DAYLIGHT' : 'STANDARD';
    const name = zoneAbbreviationAt(zone, onset.at);
    lines.push(
      `BEGIN:${kind}`,
      // The onset is written in the local time that was in force until then.
      `DTSTART:${icsLocal(onset.at + onset.from * MINUTE)}`,
      `TZOFFSETFROM:${icsOffset(onset.from)}`,
      `TZOFFSETTO:${icsOffset(onset.to)}`,
      ...(name ? [`TZNAME:${name}`] : []),
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
