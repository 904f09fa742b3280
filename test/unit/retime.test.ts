// Runs in Node (tests). Retiming meetings from a slot template (issue 12 point 4, issue 15
// point 5): one edit for the whole week or chosen days, placements untouched, the checks of a
// hybrid session satisfied afterwards. And duplicating a day (the day heading's context menu).
import { describe, expect, it } from 'vitest';
import { parseSession, serializeSession, type Session } from '../../shared/model/index.ts';
import { checkSession } from '../../shared/rules/index.ts';
import { duplicateDay, HYBRID_SLOTS, retimeDays, retimedCount, STANDARD_SLOTS, templateFit, type EditResult } from '../../shared/schedule/index.ts';
import { expectOk, fixtureSession } from './fixtures.ts';

const ok = (result: EditResult): Session => {
  const session = expectOk(result).session;
  expect(parseSession(serializeSession(session)).ok).toBe(true);
  return session;
};
const refusal = (result: EditResult) => {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};
const times = (session: Session) => session.days.map((day) => [day.date, day.slots.map((slot) => `${slot.start}-${slot.end}`)]);
const rows = (session: Session) => session.days.map((day) => day.slots.map((slot) => slot.rows));

describe('retimeDays', () => {
  it('gives every meeting of the 2017 week the hybrid times, placements unchanged', () => {
    const before = fixtureSession();
    const after = ok(retimeDays(before, { template: HYBRID_SLOTS }));
    expect(times(after)).toEqual([
      ['2017-10-09', ['12:00-14:00', '16:00-18:00']],
      // Tuesday meets in the morning only: its one meeting takes the nearest time.
      ['2017-10-10', ['12:00-14:00']],
      ['2017-10-11', ['12:00-14:00', '16:00-18:00']],
      ['2017-10-12', ['12:00-14:00', '16:00-18:00']],
      ['2017-10-13', ['12:00-14:00', '16:00-18:00']],
    ]);
    expect(rows(after)).toEqual(rows(before));
  });

  it('leaves a hybrid session without a meeting that is too long', () => {
    const hybrid = { ...fixtureSession(), meetingFormat: 'hybrid' as const };
    const tooLong = (s: Session) => checkSession(s).filter((p) => p.rule === 'time.hybrid-too-long').length;
    expect(tooLong(hybrid)).toBe(9);
    expect(tooLong(ok(retimeDays(hybrid, { template: HYBRID_SLOTS })))).toBe(0);
  });

  it('retimes chosen days only', () => {
    const after = ok(retimeDays(fixtureSession(), { template: HYBRID_SLOTS, dates: ['2017-10-11'] }));
    expect(times(after)[2]).toEqual(['2017-10-11', ['12:00-14:00', '16:00-18:00']]);
    expect(times(after)[0]).toEqual(['2017-10-09', ['10:00-13:00', '15:00-18:00']]);
  });

  it('takes a custom template in any order, and keeps an afternoon-only day in the afternoon', () => {
    const session = ok(retimeDays(fixtureSession(), { template: HYBRID_SLOTS, dates: ['2017-10-10'] }));
    const afternoon: Session = { ...session, days: session.days.map((d) => (d.date === '2017-10-10' ? { ...d, slots: [{ ...d.slots[0]!, start: '15:00', end: '18:00' }] } : d)) };
    const custom = [
      { start: '14:30', end: '17:30' },
      { start: '09:30', end: '12:30' },
    ];
    const after = ok(retimeDays(afternoon, { template: custom }));
    expect(times(after)[1]).toEqual(['2017-10-10', ['14:30-17:30']]);
    expect(times(after)[0]).toEqual(['2017-10-09', ['09:30-12:30', '14:30-17:30']]);
  });

  it('is no edit when the days have the times already', () => {
    const session = fixtureSession();
    expect(expectOk(retimeDays(session, { template: STANDARD_SLOTS })).session).toBe(session);
    expect(expectOk(retimedCount(session, { template: STANDARD_SLOTS })).count).toBe(0);
    expect(expectOk(retimedCount(session, { template: HYBRID_SLOTS })).count).toBe(9);
    expect(expectOk(retimedCount(session, { template: HYBRID_SLOTS, dates: ['2017-10-10'] })).count).toBe(1);
  });

  it('refuses a bad template or a day with more meetings than it has, in both languages, changing nothing', () => {
    const session = fixtureSession();
    expect(refusal(retimeDays(session, { template: [] })).en).toMatch(/at least one/);
    expect(refusal(retimeDays(session, { template: [{ start: '13:00', end: '12:00' }] })).en).toMatch(/end after it starts/);
    const overlap = refusal(retimeDays(session, { template: [{ start: '10:00', end: '13:00' }, { start: '12:00', end: '14:00' }] }));
    expect(overlap.en).toBe("the template's meetings 10:00–13:00 and 12:00–14:00 overlap");
    expect(overlap.zh).toBe('模板中的会议时间 10:00–13:00 与 12:00–14:00 重叠');
    const tooFew = refusal(retimeDays(session, { template: [{ start: '12:00', end: '14:00' }] }));
    expect(tooFew.en).toMatch(/^2017-10-09 has 2 meeting slots, more than the template's 1/);
    expect(tooFew.zh).toMatch(/^2017-10-09 有 2 个会议时段/);
    expect(refusal(retimeDays(session, { template: HYBRID_SLOTS, dates: ['2017-12-01'] })).en).toMatch(/no day 2017-12-01/);
  });
});

describe('templateFit', () => {
  const t = (start: string) => ({ start, end: start });
  it('matches in order, nearest start times for fewer slots, and nothing for more', () => {
    expect(templateFit([t('10:00'), t('15:00')], [t('12:00'), t('16:00')])).toEqual([0, 1]);
    expect(templateFit([t('15:00')], [t('12:00'), t('16:00')])).toEqual([1]);
    expect(templateFit([t('09:00')], [t('12:00'), t('16:00')])).toEqual([0]);
    expect(templateFit([t('10:00'), t('18:00')], [t('09:00'), t('13:00'), t('17:00')])).toEqual([0, 2]);
    expect(templateFit([t('10:00'), t('12:00'), t('15:00')], [t('12:00'), t('16:00')])).toBeNull();
  });
});

describe('duplicateDay', () => {
  it('copies a day with its meetings and placements to a new date, in date order, as one edit', () => {
    const before = fixtureSession();
    const after = ok(duplicateDay(before, { date: '2017-10-09', to: '2017-10-16' }));
    const copy = after.days.find((d) => d.date === '2017-10-16')!;
    expect(copy.slots).toEqual(before.days[0]!.slots);
    expect(after.days.map((d) => d.date)).toEqual(['2017-10-09', '2017-10-10', '2017-10-11', '2017-10-12', '2017-10-13', '2017-10-16']);
    // The original is untouched and not shared with the copy.
    expect(after.days[0]).toBe(before.days[0]);
    expect(copy.slots[0]).not.toBe(before.days[0]!.slots[0]);
  });

  it('refuses a date the session has, or no date', () => {
    expect(refusal(duplicateDay(fixtureSession(), { date: '2017-10-09', to: '2017-10-10' })).en).toMatch(/already has a day 2017-10-10/);
    expect(refusal(duplicateDay(fixtureSession(), { date: '2017-10-09', to: 'soon' })).en).toMatch(/soon/);
  });
});
