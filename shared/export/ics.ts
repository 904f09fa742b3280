// Runs everywhere (shared). The session as an iCalendar file (RFC 5545) for delegates'
// calendars: one event per meeting (see sessionMeetings: a body's meeting in a slot, or one
// joint meeting of several bodies), in the session's time zone with its VTIMEZONE, so Outlook
// and the rest place it right wherever the file is opened. UIDs derive from the session, the
// slot and the bodies, so importing a later export updates the events instead of adding copies.
import ical, { escape, ICalCalendarMethod } from 'ical-generator';
import { label, type DocLang } from '../i18n.ts';
import { textIn } from '../format/text.ts';
import type { Session } from '../model/types.ts';
import { deriveAnnex, type AnnexTable } from '../schedule/annex.ts';
import { sessionMeetings, type Meeting } from '../schedule/meetings.ts';
import { languagesOf, type DocumentLanguage } from './document-language.ts';
import { withoutInvalidChars } from './safe-text.ts';
import { stableUuid } from './stable-uuid.ts';
import { isKnownTimeZone, wallClockMs } from './time-zone.ts';
import { vtimezone } from './vtimezone.ts';
import { zonedDateTime } from './zoned-date-time.ts';

/** SEQUENCE counts minutes from here, so every export is a newer revision than the last. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

export interface IcsOptions {
  /** When the file is made (DTSTAMP and SEQUENCE); now by default. */
  now?: Date;
}

/** What one meeting says in one language: the summary line and the item lines. */
function meetingTexts(meeting: Meeting, table: AnnexTable, lang: DocLang): { summary: string; description: string } {
  const rows = table.days[meeting.day]!.slots[meeting.slot]!.rows;
  const perBody = meeting.bodyIds.map((bodyId) => {
    const column = table.bodies.findIndex((body) => body.id === bodyId);
    const cells = meeting.rows.flatMap((r) => rows[r]?.[column] ?? []);
    const name = table.bodies[column]!.name;
    const items = cells.map((cell) => cell.item).join(label('doc:calendar.itemSeparator', lang));
    return {
      summary: label('doc:calendar.bodyItems', lang, { body: name, items, count: cells.length }),
      lines: cells.map((cell) => `${cell.item} ${cell.title}`),
      name,
    };
  });
  if (perBody.length === 1) return { summary: perBody[0]!.summary, description: perBody[0]!.lines.join('\n') };
  return {
    summary: label('doc:calendar.jointMeeting', lang, { meetings: perBody.map((b) => b.summary).join(label('doc:calendar.meetingSeparator', lang)) }),
    description: perBody.map((b) => [label('doc:calendar.bodyHeading', lang, { body: b.name }), ...b.lines].join('\n')).join('\n\n'),
  };
}

function meetingUid(session: Session, meeting: Meeting): string {
  return `${stableUuid(['ics', session.id, meeting.date, String(meeting.slot), ...meeting.bodyIds])}@orgwork`;
}

export function sessionToIcs(session: Session, choice: DocumentLanguage, options: IcsOptions = {}): string {
  const langs = languagesOf(choice, session);
  const tables = langs.map((lang) => deriveAnnex(session, lang));
  const inLangs = (texts: string[], separator: string) => withoutInvalidChars(texts.join(separator));
  const zone = isKnownTimeZone(session.timeZone) ? session.timeZone : null;
  const now = options.now ?? new Date();
  const meetings = sessionMeetings(session);

  const calendar = ical({
    prodId: { company: 'Orgwork', product: 'Orgwork', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes the calendar's name as given: escape it here.
    name: escape(inLangs(langs.map((lang) => session.bodies.map((body) => textIn(body.name, lang)).join(' / ')), ' / '), false),
  });
  if (zone && meetings.length > 0) {
    const [firstYear, lastYear] = [meetings[0]!, meetings.at(-1)!].map((m) => Number(m.date.slice(0, 4))) as [number, number];
    // No calendar-wide zone name (it would make ical-generator reinterpret every date); the
    // events carry TZID themselves and the generator supplies their VTIMEZONE.
    calendar.timezone({ name: null, generator: (tz) => vtimezone(tz, firstYear, lastYear) });
    calendar.x('X-WR-TIMEZONE', zone);
  }

  const location = session.venue ? inLangs(langs.map((lang) => textIn(session.venue, lang)), ' / ') : undefined;
  const sequence = Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH) / 60_000));
  for (const meeting of meetings) {
    const texts = tables.map((table, i) => meetingTexts(meeting, table, langs[i]!));
    const [start, end] = [meeting.start, meeting.end].map((time) =>
      // Without a (known) time zone the times are floating: 10:00 wherever the calendar is.
      zone ? zonedDateTime(meeting.date, time, zone) : new Date(wallClockMs(meeting.date, time)),
    );
    calendar.createEvent({
      id: meetingUid(session, meeting),
      sequence,
      stamp: now,
      start: start!,
      end: end!,
      ...(zone ? { timezone: zone } : { floating: true }),
      summary: inLangs(texts.map((t) => t.summary), ' / '),
      description: inLangs(texts.map((t) => t.description), '\n\n'),
      ...(location ? { location } : {}),
    });
  }
  return calendar.toString();
}

