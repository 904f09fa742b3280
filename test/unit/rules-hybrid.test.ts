// Runs in Node (tests). A hybrid session's meeting times in participants' time zones.
import { describe, expect, it } from 'vitest';
import { isTimeZone, slotTimesInZones } from '../../shared/rules/index.ts';
import { fixtureSession } from './fixtures.ts';

const hybrid = () => ({ ...fixtureSession(), meetingFormat: 'hybrid' as const });
const times = (zoned: ReturnType<typeof slotTimesInZones>) => zoned.map((z) => `${z.zone} ${z.start.time}–${z.end.time}${z.dayShift ? ` ${z.dayShift > 0 ? '+' : ''}${z.dayShift}` : ''}`);

describe('slotTimesInZones', () => {
  it('shows a Vienna meeting in the five default regions, summer time on both sides', () => {
    // 9 October 2017: Vienna on CEST (UTC+2), New York on EDT (UTC−4).
    expect(times(slotTimesInZones(hybrid(), '2017-10-09', { start: '10:00', end: '13:00' }))).toEqual([
      'America/New_York 04:00–07:00',
      'Africa/Nairobi 11:00–14:00',
      'Asia/Shanghai 16:00–19:00',
      'Asia/Bangkok 15:00–18:00',
      'America/Argentina/Buenos_Aires 05:00–08:00',
    ]);
  });

  it('gives the 2020 hybrid meetings as participants saw them', () => {
    // 7 July 2020, 12:00–14:00 and 16:00–18:00 CEST.
    expect(times(slotTimesInZones(hybrid(), '2020-07-07', { start: '12:00', end: '14:00' }, ['America/New_York', 'Asia/Shanghai']))).toEqual([
      'America/New_York 06:00–08:00',
      'Asia/Shanghai 18:00–20:00',
    ]);
    expect(times(slotTimesInZones(hybrid(), '2020-07-07', { start: '16:00', end: '18:00' }, ['Asia/Shanghai']))).toEqual(['Asia/Shanghai 22:00–00:00']);
  });

  it('follows each zone through its own clock changes', () => {
    // 4 December: Vienna on CET (UTC+1), New York on EST (UTC−5); Shanghai never changes.
    expect(times(slotTimesInZones(hybrid(), '2017-12-04', { start: '10:00', end: '13:00' }, ['America/New_York', 'Asia/Shanghai']))).toEqual([
      'America/New_York 04:00–07:00',
      'Asia/Shanghai 17:00–20:00',
    ]);
  });

  it('says when the meeting falls on another date there, with the dates', () => {
    const late = slotTimesInZones(hybrid(), '2017-10-09', { start: '20:00', end: '21:00' }, ['Asia/Shanghai']);
    expect(late).toEqual([{ zone: 'Asia/Shanghai', start: { date: '2017-10-10', time: '02:00' }, end: { date: '2017-10-10', time: '03:00' }, dayShift: 1 }]);
    const early = slotTimesInZones(hybrid(), '2017-10-09', { start: '01:00', end: '02:00' }, ['America/New_York']);
    expect(early[0]).toMatchObject({ start: { date: '2017-10-08', time: '19:00' }, dayShift: -1 });
  });

  it('uses the session\'s own zones, leaves out zones the runtime does not know, and needs a venue zone', () => {
    const session = { ...hybrid(), displayTimeZones: ['Asia/Tokyo', 'Mars/Olympus'] };
    expect(times(slotTimesInZones(session, '2017-10-09', { start: '10:00', end: '13:00' }))).toEqual(['Asia/Tokyo 17:00–20:00']);
    expect(slotTimesInZones({ ...session, timeZone: undefined }, '2017-10-09', { start: '10:00', end: '13:00' })).toEqual([]);
    expect(slotTimesInZones({ ...session, timeZone: 'Europe/Viena' }, '2017-10-09', { start: '10:00', end: '13:00' })).toEqual([]);
  });

  it('knows IANA names and refuses others', () => {
    expect(['Europe/Vienna', 'America/Argentina/Buenos_Aires', 'UTC'].map(isTimeZone)).toEqual([true, true, true]);
    expect(['Europe/Viena', '', 'Vienna'].map(isTimeZone)).toEqual([false, false, false]);
  });
});
