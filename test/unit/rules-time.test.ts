// Runs in Node (tests). Days and meeting times: each rule once triggered, once not.
import { describe, expect, it } from 'vitest';
import { addDay, editSession, placeItem, retimeSlot } from '../../shared/schedule/index.ts';
import { fixtureSession } from './fixtures.ts';
import { edited, fromJson, problemsOf, ruleCounts, FIXTURE_RULES } from './rules-helpers.ts';

const retimed = (slot: number, start: string, end: string) => edited((s) => retimeSlot(s, { date: '2017-10-09', slot, start, end }));
const everySlotRetimed = (start: string, end: string) =>
  fromJson((j) => j.days.forEach((day: any) => day.slots.forEach((slot: any, s: number) => Object.assign(slot, s === 0 ? { start, end } : { start: '16:00', end: '18:00' }))));

describe('time.day-duplicate (error)', () => {
  it('flags a date listed twice', () => {
    const problems = problemsOf(fromJson((j) => j.days.push({ date: '2017-10-13', slots: [] })), 'time.day-duplicate');
    expect(problems).toEqual([
      {
        rule: 'time.day-duplicate',
        severity: 'error',
        location: { kind: 'day', date: '2017-10-13' },
        message: { en: 'Friday, 13 October appears more than once in the schedule', zh: '日程中10月13日，星期五出现了不止一次' },
      },
    ]);
  });

  it('is quiet for distinct dates (the fixture)', () => {
    expect(problemsOf(fixtureSession(), 'time.day-duplicate')).toEqual([]);
  });
});

describe('time.day-order (error)', () => {
  it('flags a day listed after a later one', () => {
    const problems = problemsOf(fromJson((j) => ([j.days[1], j.days[2]] = [j.days[2], j.days[1]])), 'time.day-order');
    expect(problems).toEqual([
      {
        rule: 'time.day-order',
        severity: 'error',
        location: { kind: 'day', date: '2017-10-10' },
        message: {
          en: 'Tuesday, 10 October comes after Wednesday, 11 October in the schedule; days must be in date order',
          zh: '日程中10月10日，星期二排在10月11日，星期三之后；日期应按先后顺序排列',
        },
      },
    ]);
  });

  it('is quiet for days in date order (the fixture)', () => {
    expect(problemsOf(fixtureSession(), 'time.day-order')).toEqual([]);
  });
});

describe('time.weekend (warning) and time.day-without-meetings (info)', () => {
  it('flags a Saturday, and a day with no meetings', () => {
    const session = edited((s) => addDay(s, { date: '2017-10-14', slots: [] }));
    expect(ruleCounts(session)).toEqual({ ...FIXTURE_RULES, 'time.weekend': 1, 'time.day-without-meetings': 1 });
    expect(problemsOf(session, 'time.weekend')[0]).toMatchObject({
      severity: 'warning',
      location: { kind: 'day', date: '2017-10-14' },
      message: { en: 'Saturday, 14 October is a weekend day', zh: '10月14日，星期六为周末' },
    });
    expect(problemsOf(session, 'time.day-without-meetings')[0]).toMatchObject({
      severity: 'info',
      message: { en: 'There are no meetings on Saturday, 14 October', zh: '10月14日，星期六没有会议' },
    });
  });

  it('are quiet for weekdays with meetings (the fixture, Monday to Friday)', () => {
    expect(problemsOf(fixtureSession(), 'time.weekend')).toEqual([]);
    expect(problemsOf(fixtureSession(), 'time.day-without-meetings')).toEqual([]);
  });
});

describe('time.slot-order (error)', () => {
  it('flags a meeting listed after a later one of the same day', () => {
    const problems = problemsOf(fromJson((j) => j.days[0].slots.reverse()), 'time.slot-order');
    expect(problems).toEqual([
      {
        rule: 'time.slot-order',
        severity: 'error',
        location: { kind: 'slot', date: '2017-10-09', slot: 1 },
        message: {
          en: 'On Monday, 9 October, the meeting at 10 a.m.–1 p.m. is listed after the later one at 3–6 p.m.; the meetings of a day must be in time order',
          zh: '10月9日，星期一，上午10时至下午1时的会议排在较晚的下午3时至6时的会议之后；同一天的会议应按时间先后排列',
        },
      },
    ]);
  });

  it('is quiet for meetings in time order (the fixture)', () => {
    expect(problemsOf(fixtureSession(), 'time.slot-order')).toEqual([]);
  });
});

describe('time.slots-overlap (error)', () => {
  it('flags two meetings of a day that overlap', () => {
    expect(problemsOf(retimed(1, '12:00', '15:00'), 'time.slots-overlap')).toEqual([
      {
        rule: 'time.slots-overlap',
        severity: 'error',
        location: { kind: 'slot', date: '2017-10-09', slot: 1 },
        message: {
          en: 'On Monday, 9 October, the meetings at 10 a.m.–1 p.m. and at 12 noon–3 p.m. overlap',
          zh: '10月9日，星期一，上午10时至下午1时和中午12时至下午3时的两场会议时间重叠',
        },
      },
    ]);
  });

  it('finds an overlap with a long meeting that is not the one just before', () => {
    const session = fromJson((j) => (j.days[0].slots = [{ start: '09:00', end: '18:00', rows: [] }, { start: '10:00', end: '11:00', rows: [] }, { start: '12:00', end: '13:00', rows: [] }]));
    expect(problemsOf(session, 'time.slots-overlap').map((p) => p.location)).toEqual([
      { kind: 'slot', date: '2017-10-09', slot: 1 },
      { kind: 'slot', date: '2017-10-09', slot: 2 },
    ]);
  });

  it('is quiet for meetings that touch but do not overlap', () => {
    expect(problemsOf(retimed(1, '13:00', '15:00'), 'time.slots-overlap')).toEqual([]);
  });
});

describe('time.outside-hours (warning)', () => {
  it('flags a meeting running past 10 p.m. or starting before 8 a.m.', () => {
    const late = problemsOf(retimed(1, '19:00', '22:30'), 'time.outside-hours');
    expect(late).toEqual([
      {
        rule: 'time.outside-hours',
        severity: 'warning',
        location: { kind: 'slot', date: '2017-10-09', slot: 1 },
        message: {
          en: 'The meeting on Monday, 9 October, 7–10.30 p.m. falls outside the usual hours of meeting services (8 a.m.–10 p.m.)',
          zh: '10月9日，星期一，晚上7时至10时30分的会议超出会议服务的通常时间（上午8时至晚上10时）',
        },
      },
    ]);
    expect(problemsOf(retimed(0, '07:30', '10:00'), 'time.outside-hours')).toHaveLength(1);
  });

  it('is quiet from 8 a.m. to 10 p.m. exactly', () => {
    expect(problemsOf(retimed(0, '08:00', '10:00'), 'time.outside-hours')).toEqual([]);
    expect(problemsOf(retimed(1, '20:00', '22:00'), 'time.outside-hours')).toEqual([]);
  });
});

describe('time.hybrid-too-long (error)', () => {
  it('flags each meeting of a hybrid session longer than two hours', () => {
    const problems = problemsOf(edited((s) => editSession(s, { meetingFormat: 'hybrid' })), 'time.hybrid-too-long');
    expect(problems).toHaveLength(9);
    expect(problems[0]).toMatchObject({
      severity: 'error',
      location: { kind: 'slot', date: '2017-10-09', slot: 0 },
      message: {
        en: 'The meeting on Monday, 9 October, 10 a.m.–1 p.m. lasts more than two hours, the limit for remote interpretation at a hybrid session',
        zh: '10月9日，星期一，上午10时至下午1时的会议超过两小时，而混合形式会议的远程口译以两小时为限',
      },
    });
  });

  it('is quiet for two-hour meetings, and for three-hour meetings in person (the fixture)', () => {
    const twoHours = { ...everySlotRetimed('12:00', '14:00'), meetingFormat: 'hybrid' as const };
    expect(problemsOf(twoHours, 'time.hybrid-too-long')).toEqual([]);
    expect(problemsOf(fixtureSession(), 'time.hybrid-too-long')).toEqual([]);
  });
});

describe('time.slot-empty (info)', () => {
  it('notes a meeting with nothing in it (the fixture: the afternoon of 12 October)', () => {
    expect(problemsOf(fixtureSession(), 'time.slot-empty')).toEqual([
      {
        rule: 'time.slot-empty',
        severity: 'info',
        location: { kind: 'slot', date: '2017-10-12', slot: 1 },
        message: { en: 'Nothing is scheduled for the meeting on Thursday, 12 October, 3–6 p.m.', zh: '10月12日，星期四，下午3时至6时的会议没有安排任何项目' },
      },
    ]);
  });

  it('is quiet once something is placed there', () => {
    const session = edited((s) => placeItem(s, { item: 'wg2-3', at: { date: '2017-10-12', slot: 1 } }));
    expect(problemsOf(session, 'time.slot-empty')).toEqual([]);
  });
});

describe('time zones: time.zone-unknown (error), time.display-zone-unknown and time.hybrid-no-zone (warnings)', () => {
  it('flags a venue time zone the runtime does not know', () => {
    expect(problemsOf(edited((s) => editSession(s, { timeZone: 'Europe/Viena' })), 'time.zone-unknown')).toEqual([
      {
        rule: 'time.zone-unknown',
        severity: 'error',
        location: { kind: 'session', field: 'timeZone' },
        message: {
          en: '"Europe/Viena" is not a time zone this computer knows; use an IANA name such as Europe/Vienna',
          zh: '本机无法识别时区“Europe/Viena”；请使用 IANA 名称，如 Europe/Vienna',
        },
      },
    ]);
  });

  it('flags an unknown display zone, and a hybrid session without a venue zone', () => {
    const session = edited((s) => editSession(s, { meetingFormat: 'hybrid', timeZone: undefined, displayTimeZones: ['Asia/Shanghai', 'Mars/Olympus'] }));
    expect(problemsOf(session, 'time.display-zone-unknown').map((p) => [p.location, p.message.en])).toEqual([
      [{ kind: 'session', field: 'displayTimeZones' }, '"Mars/Olympus", one of the time zones shown for a hybrid session, is not one this computer knows; meeting times are not shown for it'],
    ]);
    expect(problemsOf(session, 'time.hybrid-no-zone')[0]!.message.zh).toBe('本会议为混合形式，但未设定时区，无法按与会者所在时区显示会议时间');
  });

  it('are quiet for known zones (the fixture: Europe/Vienna; a hybrid session with the default zones)', () => {
    const hybrid = { ...everySlotRetimed('12:00', '14:00'), meetingFormat: 'hybrid' as const };
    expect(ruleCounts(hybrid)).toEqual(FIXTURE_RULES);
    expect(ruleCounts(fixtureSession())).toEqual(FIXTURE_RULES);
  });
});
