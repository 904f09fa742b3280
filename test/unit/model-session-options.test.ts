// Runs in Node (tests). The session settings the plan checks read (meetingFormat,
// parallelLimit, displayTimeZones): optional, validated, saved in their place, round-tripped,
// and settable by editSession only to values the file format accepts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY_TIME_ZONES, displayTimeZonesOf, parallelLimitOf, parseSession, serializeSession } from '../../shared/model/index.ts';
import { editSession } from '../../shared/schedule/index.ts';
import { expectOk, fixtureJson, fixtureSession } from './fixtures.ts';

const parse = (value: unknown) => parseSession(JSON.stringify(value));
const hybrid = { meetingFormat: 'hybrid' as const, parallelLimit: 2, displayTimeZones: ['Asia/Shanghai', 'America/New_York'] };

describe('meetingFormat, parallelLimit and displayTimeZones', () => {
  it('round-trip: parse(serialize(s)) equals s, and saving again gives the same text', () => {
    const session = { ...fixtureSession(), ...hybrid };
    const text = serializeSession(session);
    const loaded = expectOk(parseSession(text)).session;
    expect(loaded).toEqual(session);
    expect(serializeSession(loaded)).toBe(text);
  });

  it('are saved after the languages and before the annex options', () => {
    // Written in the wrong order on purpose: the saved file puts them in place.
    const text = serializeSession(expectOk(parse({ displayTimeZones: ['Asia/Bangkok'], parallelLimit: 3, meetingFormat: 'in-person', ...fixtureJson(), languages: ['zh', 'en'] })).session);
    const keys = Object.keys(JSON.parse(text));
    expect(keys.slice(keys.indexOf('languages'), keys.indexOf('annex') + 1)).toEqual(['languages', 'meetingFormat', 'parallelLimit', 'displayTimeZones', 'annex']);
  });

  it('are optional, with defaults: in person, one meeting at a time, the five regions of 2020', () => {
    const session = fixtureSession();
    expect(serializeSession(session)).not.toMatch(/"meetingFormat"|"parallelLimit"|"displayTimeZones"/);
    expect(parallelLimitOf(session)).toBe(1);
    expect(displayTimeZonesOf(session)).toEqual(['America/New_York', 'Africa/Nairobi', 'Asia/Shanghai', 'Asia/Bangkok', 'America/Argentina/Buenos_Aires']);
    expect(displayTimeZonesOf({ ...session, displayTimeZones: ['Asia/Tokyo'] })).toEqual(['Asia/Tokyo']);
    expect(DEFAULT_DISPLAY_TIME_ZONES).toHaveLength(5);
  });

  it('refuses an unknown format, a limit that is not a whole number from 1 and an empty zone, naming the path', () => {
    const result = parse({ ...fixtureJson(), meetingFormat: 'online', parallelLimit: 0, displayTimeZones: ['Asia/Shanghai', ''] });
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.errors.map((e) => e.path).sort()).toEqual(['$.displayTimeZones[1]', '$.meetingFormat', '$.parallelLimit']);
    expect(result.errors.find((e) => e.path === '$.parallelLimit')?.message).toEqual({
      en: 'must be a whole number from 1 (found 0)',
      zh: '必须是从 1 起的整数（实际为 0）',
    });
    const fractional = parse({ ...fixtureJson(), parallelLimit: 1.5 });
    expect(fractional.ok ? [] : fractional.errors.map((e) => e.message.en)).toEqual(['must be a whole number from 1 (found 1.5)']);
  });

  it('are accepted for any zone name: a zone one computer does not know must not stop the file from opening', () => {
    expectOk(parse({ ...fixtureJson(), displayTimeZones: ['Mars/Olympus_Mons'] }));
  });

  it('are set by editSession, which refuses what the file format would refuse', () => {
    const edited = expectOk(editSession(fixtureSession(), hybrid)).session;
    expect(expectOk(parseSession(serializeSession(edited))).session).toMatchObject(hybrid);
    const refused = editSession(fixtureSession(), { parallelLimit: 0 });
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ en: expect.stringMatching(/whole number from 1 \(found 0\)/) }) });
    expect(editSession(fixtureSession(), { displayTimeZones: [' '] }).ok).toBe(false);
    const cleared = expectOk(editSession(edited, { meetingFormat: undefined })).session;
    expect(cleared.meetingFormat).toBeUndefined();
  });
});
