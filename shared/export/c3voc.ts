// Runs everywhere (shared). The session as a c3voc schedule.json (version 1: the format frab
// and pretalx publish and many conference tools read; schema in
// ../shared/schemas/c3voc-schedule-v1.schema.json). Rooms are the bodies; every placement of
// an item in a row is one event in its body's room. The file says only which items a slot
// takes and in which order, so a slot's time is shared out evenly among its rows, in order:
// a joint row then happens at the same time in every room it spans.
import { textIn } from '../format/text.ts';
import { minutesOf, timeOfMinutes as hhmm } from '../model/calendar.ts';
import type { Session } from '../model/types.ts';
import { deriveAnnex } from '../schedule/annex.ts';
import { languagesOf, type DocumentLanguage } from './document-language.ts';
import { withoutInvalidChars } from './safe-text.ts';
import { sha256 } from '../hash/sha256.ts';
import { stableUuid } from './stable-uuid.ts';
import { isKnownTimeZone, isoDateTimeIn } from './time-zone.ts';

/** The schema's acronym pattern: no hyphens except in a "-2YYY-suffix". */
const ACRONYM = /^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/;
/** The schema's time zone name pattern (it leaves "America/New_York" or "Etc/GMT+2" out). */
const TIME_ZONE_NAME = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;

interface C3vocEvent {
  guid: string;
  id: number;
  date: string;
  start: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: null;
  type: string;
  language: string | null;
  abstract: string | null;
  persons: [];
  links: [];
}

/** "ctoc_cop_wg_3_2017_1" from "CTOC/COP/WG.3/2017/1"; the session id when no symbol will do. */
export function acronymOf(session: Session): string {
  const fromSymbol = (session.bodies.find((body) => body.symbol)?.symbol ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (ACRONYM.test(fromSymbol)) return fromSymbol;
  return `orgwork_${stableUuid(['c3voc', session.id]).slice(0, 8)}`;
}

/** "1:00": the schema's duration, hours unpadded. */
function duration(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

export function sessionToC3voc(session: Session, choice: DocumentLanguage): string {
  const langs = languagesOf(choice, session);
  const tables = langs.map((lang) => deriveAnnex(session, lang));
  const inLangs = (texts: string[]) => withoutInvalidChars(texts.filter((t) => t !== '').join(' / '));
  const zone = isKnownTimeZone(session.timeZone) ? session.timeZone : 'UTC';
  const at = (date: string, time: string) => isoDateTimeIn(date, time, zone);
  const acronym = acronymOf(session);

  // Room names key each day's events, so two bodies of the same name must not share one.
  const taken = new Set<string>();
  const rooms = session.bodies.map((body) => {
    const base = inLangs(langs.map((lang) => textIn(body.name, lang))) || body.id;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base} (${n})`;
    taken.add(name);
    return { name, guid: stableUuid(['c3voc-room', session.id, body.id]) };
  });

  let nextId = 1;
  const days = session.days.map((day, d) => {
    const byRoom: Record<string, C3vocEvent[]> = Object.fromEntries(rooms.map((room) => [room.name, []]));
    day.slots.forEach((slot, s) => {
      const [from, to] = [minutesOf(slot.start), minutesOf(slot.end)];
      const rowStart = (r: number) => from + Math.round(((to - from) * r) / slot.rows.length);
      slot.rows.forEach((_row, r) => {
        session.bodies.forEach((body, b) => {
          const cells = tables.map((table) => table.days[d]!.slots[s]!.rows[r]![b]);
          const cell = cells[0];
          if (!cell) return;
          const id = nextId++;
          const [start, end] = [rowStart(r), rowStart(r + 1)];
          const guid = stableUuid(['c3voc', session.id, day.date, String(s), String(r), body.id]);
          byRoom[rooms[b]!.name]!.push({
            guid,
            id,
            date: at(day.date, hhmm(start)),
            start: hhmm(start),
            duration: duration(end - start),
            room: rooms[b]!.name,
            slug: `${acronym}-${id}`,
            url: `urn:uuid:${guid}`,
            title: inLangs(cells.map((c) => (c ? `${c.item} ${c.title}` : ''))),
            subtitle: inLangs(tables.map((table) => table.bodies[b]!.name)),
            track: null,
            type: 'meeting',
            language: langs.length === 1 ? langs[0]! : null,
            abstract: null,
            persons: [],
            links: [],
          });
        });
      });
    });
    const first = day.slots[0];
    const last = day.slots.at(-1);
    return {
      index: d,
      date: day.date,
      day_start: at(day.date, first?.start ?? '00:00'),
      day_end: at(day.date, last?.end ?? '23:59'),
      rooms: byRoom,
    };
  });

  const conference = {
    acronym,
    title: inLangs(langs.map((lang) => textIn(session.title, lang))) || acronym,
    start: session.days[0]?.date ?? session.bodies[0]?.from ?? '',
    end: session.days.at(-1)?.date ?? session.bodies[0]?.to ?? '',
    daysCount: days.length,
    timeslot_duration: '00:05',
    ...(TIME_ZONE_NAME.test(zone) ? { time_zone_name: zone } : {}),
    rooms,
    days,
  };
  const body = JSON.stringify(conference);
  // A version that changes exactly when the schedule does, as viewers expect.
  const version = Array.from(sha256(new TextEncoder().encode(body)).slice(0, 4), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${JSON.stringify({ $schema: 'https://c3voc.de/schedule/schema.json', generator: { name: 'Orgwork' }, schedule: { version, conference } }, null, 2)}\n`;
}
