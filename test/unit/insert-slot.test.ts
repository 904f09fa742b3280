// Runs in Node (tests). "Insert a meeting before / after" (issue 15, point 3): the new meeting's
// proposed times, and a clear refusal, in both languages, where the day has no room.
import { describe, expect, it } from 'vitest';
import type { Session } from '../../shared/model/index.ts';
import { addSlot, insertSlot, retimeSlot, type EditResult } from '../../shared/schedule/index.ts';
import { expectOk, fixtureSession } from './fixtures.ts';

const ok = (result: EditResult): Session => expectOk(result).session;
const times = (s: Session, date: string) => s.days.find((d) => d.date === date)!.slots.map((x) => `${x.start}-${x.end}`);
const DAY = '2017-10-09'; // 10:00–13:00 and 15:00–18:00, with rows in both

describe('inserting a meeting beside another', () => {
  it('before the first meeting: as long as it, up to the start of services (08:00)', () => {
    const result = insertSlot(fixtureSession(), { date: DAY, slot: 0, side: 'before' });
    const s = ok(result);
    expect(times(s, DAY)).toEqual(['08:00-10:00', '10:00-13:00', '15:00-18:00']);
    expect(expectOk(result).created).toBe('0');
    expect(s.days.find((d) => d.date === DAY)!.slots[0]!.rows).toEqual([]);
    // What was placed stays with its meeting.
    expect(s.days.find((d) => d.date === DAY)!.slots[1]!.rows).toEqual(fixtureSession().days.find((d) => d.date === DAY)!.slots[0]!.rows);
  });

  it('after the last meeting: as long as it, right after it', () => {
    const result = insertSlot(fixtureSession(), { date: DAY, slot: 1, side: 'after' });
    expect(times(ok(result), DAY)).toEqual(['10:00-13:00', '15:00-18:00', '18:00-21:00']);
    expect(expectOk(result).created).toBe('2');
  });

  it('between two meetings: in the free time between them, whichever side is asked', () => {
    expect(times(ok(insertSlot(fixtureSession(), { date: DAY, slot: 0, side: 'after' })), DAY)).toEqual(['10:00-13:00', '13:00-15:00', '15:00-18:00']);
    expect(times(ok(insertSlot(fixtureSession(), { date: DAY, slot: 1, side: 'before' })), DAY)).toEqual(['10:00-13:00', '13:00-15:00', '15:00-18:00']);
  });

  it('a hybrid session gets a meeting of two hours at most', () => {
    const hybrid = { ...fixtureSession(), meetingFormat: 'hybrid' as const };
    expect(times(ok(insertSlot(hybrid, { date: DAY, slot: 1, side: 'after' })), DAY)).toEqual(['10:00-13:00', '15:00-18:00', '18:00-20:00']);
  });

  it('refuses where less than half an hour is free, saying so in English and Chinese', () => {
    const s = ok(addSlot(fixtureSession(), { date: DAY, start: '13:00', end: '14:40' }));
    const between = insertSlot(s, { date: DAY, slot: 1, side: 'after' });
    expect(between.ok).toBe(false);
    if (between.ok) return;
    expect(between.error.en).toBe("there is no room for a meeting after the one of 13:00 to 14:40 on 2017-10-09: less than 30 minutes are free there within conference services' hours (08:00–22:00); retime the meetings first");
    expect(between.error.zh).toMatch(/^2017-10-09 13:00 至 14:40 的会议之后没有空余时间安排会议/);
    const early = ok(retimeSlot(fixtureSession(), { date: DAY, slot: 0, start: '08:20', end: '13:00' }));
    const before = insertSlot(early, { date: DAY, slot: 0, side: 'before' });
    expect(before.ok || before.error.en).toMatch(/no room for a meeting before the one of 08:20 to 13:00/);
    // The session given is left as it was.
    expect(times(early, DAY)).toEqual(['08:20-13:00', '15:00-18:00']);
  });

  it('refuses a meeting that is not there', () => {
    const result = insertSlot(fixtureSession(), { date: DAY, slot: 5, side: 'after' });
    expect(result.ok || result.error.en).toMatch(/has no meeting slot number 6/);
  });
});
