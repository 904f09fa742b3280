// The iCalendar export, read back with Mozilla's parser (ical.js), which has no time zone data
// of its own: the UTC instants it computes come from the file's VTIMEZONE alone.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { sessionToIcs } from '../../shared/export/ics.ts';
import { instantOf, offsetChanges } from '../../shared/export/time-zone.ts';
import { sessionMeetings } from '../../shared/schedule/meetings.ts';
import type { Session } from '../../shared/model/types.ts';
import { fixtureSession } from './fixtures.ts';
import { sessionOnDates } from './export-helpers.ts';

const NOW = new Date('2026-11-28T12:00:00Z');

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  tzid: string | null;
}

/** The file's events, with their instants in UTC as ical.js computes them from the file. */
function readIcs(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  try {
    return calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        tzid: (component.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null,
      };
    });
  } finally {
    ICAL.TimezoneService.reset();
  }
}

describe('time zones from Intl', () => {
  it('finds Vienna going to summer time on the last Sunday of March and back on the last Sunday of October', () => {
    const changes = offsetChanges('Europe/Vienna', Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1));
    expect(changes.map((c) => [new Date(c.at).toISOString(), c.from, c.to])).toEqual([
      ['2017-03-26T01:00:00.000Z', 60, 120],
      ['2017-10-29T01:00:00.000Z', 120, 60],
    ]);
  });

  it('places wall-clock readings, taking a doubled hour the first time and pushing a skipped one forward', () => {
    const iso = (date: string, time: string) => new Date(instantOf(date, time, 'Europe/Vienna')).toISOString();
    expect(iso('2017-10-09', '10:00')).toBe('2017-10-09T08:00:00.000Z');
    expect(iso('2017-11-06', '10:00')).toBe('2017-11-06T09:00:00.000Z');
    expect(iso('2017-10-29', '02:30')).toBe('2017-10-29T00:30:00.000Z');
    expect(iso('2017-03-26', '02:30')).toBe('2017-03-26T01:30:00.000Z');
  });
});

describe('meetings of a slot', () => {
  const meetings = sessionMeetings(fixtureSession());
  const on = (date: string, start: string) => meetings.filter((m) => m.date === date && m.start === start).map((m) => [m.bodyIds, m.rows]);

  it('makes one joint meeting when every row of the slot is joint', () => {
    expect(on('2017-10-11', '15:00')).toEqual([[['wg3', 'wg2'], [0]]]);
    expect(on('2017-10-13', '15:00')).toEqual([[['wg3', 'wg2'], [0, 1]]]);
  });

  it('gives each body its own meeting when one of them also meets alone in the slot', () => {
    expect(on('2017-10-11', '10:00')).toEqual([
      [['wg3'], [2]],
      [['wg2'], [0, 1, 2]],
    ]);
  });

  it('has no meeting for an empty slot', () => {
    expect(on('2017-10-12', '15:00')).toEqual([]);
    expect(meetings).toHaveLength(10);
  });
});

describe('the session as iCalendar', () => {
  const text = sessionToIcs(fixtureSession(), 'both', { now: NOW });
  const events = readIcs(text);

  it('has one event per meeting, in the session time zone with its VTIMEZONE', () => {
    expect(events).toHaveLength(10);
    expect(events.every((e) => e.tzid === 'Europe/Vienna')).toBe(true);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Vienna\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Vienna:20171009T100000\r\n');
    expect(text).toContain('DTSTAMP:20261128T120000Z\r\n');
  });

  it('puts October meetings of 2017 in Vienna summer time (UTC+2)', () => {
    expect(events[0]).toMatchObject({ start: '2017-10-09T08:00:00.000Z', end: '2017-10-09T11:00:00.000Z' });
  });

  it('names the body and its items in the summary, and lists the titles in both languages', () => {
    expect(events[0]!.summary).toBe('国际合作工作组：议程项目1(a)、1(b)、2 / Working Group on International Cooperation: items 1(a), 1(b), 2');
    expect(events[0]!.description).toContain('1(a) 会议开幕\n1(b) 通过议程和工作安排\n');
    expect(events[0]!.description).toContain('\n\n1(a) Opening of the meeting\n');
  });

  it('makes a joint row one event naming both bodies', () => {
    const joint = events.find((e) => e.start === '2017-10-11T13:00:00.000Z')!;
    expect(joint.summary).toContain('国际合作工作组：议程项目5；技术援助问题政府专家工作组：议程项目2（联席会议）');
    expect(joint.summary).toContain('Working Group on International Cooperation: item 5 / Working Group of Government Experts on Technical Assistance: item 2 (joint meeting)');
    expect(joint.description).toContain('技术援助问题政府专家工作组：\n2 拟订调查表（续）');
  });

  it('keeps UIDs from one export to the next, and they differ between events', () => {
    const again = readIcs(sessionToIcs(fixtureSession(), 'en', { now: new Date('2027-01-01T00:00:00Z') }));
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events[0]!.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}@orgwork$/);
  });

  it('uses CRLF and folds every line to 75 octets', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lengths = text.split('\r\n').map((line) => new TextEncoder().encode(line).length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(75);
  });
});

describe('summer and winter time', () => {
  const startsOf = (session: Session) => readIcs(sessionToIcs(session, 'en', { now: NOW })).map((e) => e.start);

  it('puts a November week in winter time (UTC+1)', () => {
    const starts = startsOf(sessionOnDates(['2017-11-06', '2017-11-07', '2017-11-08', '2017-11-09', '2017-11-10']));
    expect(starts[0]).toBe('2017-11-06T09:00:00.000Z');
    expect(starts.at(-1)).toBe('2017-11-10T14:00:00.000Z');
  });

  it('puts a January week in winter time', () => {
    expect(startsOf(sessionOnDates(['2018-01-15', '2018-01-16', '2018-01-17', '2018-01-18', '2018-01-19']))[0]).toBe('2018-01-15T09:00:00.000Z');
  });

  it('changes offset within one file when the week spans the last Sunday of October', () => {
    const starts = startsOf(sessionOnDates(['2017-10-26', '2017-10-27', '2017-10-30', '2017-10-31', '2017-11-02']));
    expect(starts[0]).toBe('2017-10-26T08:00:00.000Z');
    expect(starts).toContain('2017-10-27T08:00:00.000Z');
    expect(starts).toContain('2017-10-30T09:00:00.000Z');
  });

  it('covers sessions running into a new year', () => {
    const starts = startsOf(sessionOnDates(['2017-12-28', '2017-12-29', '2018-07-02', '2018-07-03', '2018-07-04']));
    expect(starts[0]).toBe('2017-12-28T09:00:00.000Z');
    expect(starts).toContain('2018-07-02T08:00:00.000Z');
  });

  it('writes floating times when the session has no known time zone', () => {
    const floating = readIcs(sessionToIcs({ ...fixtureSession(), timeZone: 'Mars/Olympus_Mons' }, 'en', { now: NOW }));
    expect(floating[0]!.tzid).toBeNull();
    expect(sessionToIcs({ ...fixtureSession(), timeZone: 'Mars/Olympus_Mons' }, 'en', { now: NOW })).toContain('DTSTART:20171009T100000\r\n');
    expect(sessionToIcs({ ...fixtureSession(), timeZone: undefined }, 'en', { now: NOW })).not.toContain('VTIMEZONE');
  });
});
