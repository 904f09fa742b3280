// Runs in Node (tests). The new-session wizard's result: bodies, days and slots, the skeleton
// agenda, refusals; and the library seen as the wizard lists it (past sessions, bodies with
// their next meeting).
import { describe, expect, it } from 'vitest';
import { checkSession } from '../../shared/rules/index.ts';
import { libraryBodies, pastSessionEntries, type LibraryRevision } from '../../shared/schedule/library-entries.ts';
import { bodyIdFor, buildNewSession, symbolInYear, symbolPrefix, type WizardBody } from '../../shared/schedule/wizard-session.ts';
import { expectOk, fixtureSession } from './fixtures.ts';

const WG3: WizardBody = {
  name: { en: 'Working Group on International Cooperation', zh: '国际合作工作组' },
  meeting: { en: 'ninth meeting', zh: '第九次会议' },
  symbol: 'CTOC/COP/WG.3/2018/1',
  from: '2018-10-08',
  to: '2018-10-12',
};
const WG2: WizardBody = {
  name: { en: 'Working Group of Government Experts on Technical Assistance', zh: '技术援助问题政府专家工作组' },
  meeting: { en: 'eleventh meeting', zh: '第十一次会议' },
  symbol: 'CTOC/COP/WG.2/2018/1',
  from: '2018-10-10',
  to: '2018-10-12',
};

describe('buildNewSession', () => {
  it('builds the bodies, the weekdays their dates cover and the in-person slots', () => {
    const { session } = expectOk(buildNewSession({ id: 'new', bodies: [WG3, WG2], skeleton: false, format: 'in-person' }));
    expect(session.id).toBe('new');
    expect(session.bodies).toEqual([
      { id: 'wg3', ...WG3 },
      { id: 'wg2', ...WG2 },
    ]);
    expect(session.items).toEqual([]);
    expect(session.days.map((day) => day.date)).toEqual(['2018-10-08', '2018-10-09', '2018-10-10', '2018-10-11', '2018-10-12']);
    expect(session.days[0]!.slots).toEqual([
      { start: '10:00', end: '13:00', rows: [] },
      { start: '15:00', end: '18:00', rows: [] },
    ]);
    expect(session.meetingFormat).toBeUndefined();
  });

  it('gives every body the skeleton agenda in both languages, and hybrid two-hour slots', () => {
    const { session } = expectOk(buildNewSession({ id: 'h', bodies: [WG3, WG2], skeleton: true, format: 'hybrid' }));
    expect(session.meetingFormat).toBe('hybrid');
    expect(session.days[2]!.slots.map((slot) => `${slot.start}-${slot.end}`)).toEqual(['12:00-14:00', '16:00-18:00']);
    expect(session.items.filter((item) => item.body === 'wg2').map((item) => [item.number, item.title.zh, item.title.en])).toEqual([
      ['1', '组织事项', 'Organizational matters'],
      ['1(a)', '会议开幕', 'Opening of the meeting'],
      ['1(b)', '通过议程和工作安排', 'Adoption of the agenda and organization of work'],
      ['2', '其他事项', 'Other matters'],
      ['3', '通过报告', 'Adoption of the report'],
    ]);
    expect(session.items).toHaveLength(10);
    // A valid session: nothing the plan checks call an error.
    expect(checkSession(session).filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('trims what was typed and leaves out empty fields; ids from the name when there is no symbol', () => {
    const { session } = expectOk(
      buildNewSession({
        id: 'x',
        bodies: [{ name: { en: ' Committee on Drugs ', zh: '' }, meeting: { en: '', zh: '' }, symbol: ' ', from: '2026-12-07', to: '2026-12-08' }],
        skeleton: false,
        format: 'in-person',
      }),
    );
    expect(session.bodies).toEqual([{ id: 'committee-on-drugs', name: { en: 'Committee on Drugs' }, from: '2026-12-07', to: '2026-12-08' }]);
  });

  it('takes the venue (trimmed, in the languages given) and its time zone', () => {
    const { session } = expectOk(
      buildNewSession({ id: 'v', bodies: [WG3], skeleton: false, format: 'in-person', venue: { en: ' Vienna ', zh: '' }, timeZone: 'Europe/Vienna' }),
    );
    expect(session.venue).toEqual({ en: 'Vienna' });
    expect(session.timeZone).toBe('Europe/Vienna');
    const plain = expectOk(buildNewSession({ id: 'w', bodies: [WG3], skeleton: false, format: 'in-person', venue: { en: ' ', zh: '' }, timeZone: ' ' })).session;
    expect(plain.venue).toBeUndefined();
    expect(plain.timeZone).toBeUndefined();
  });

  it('refuses no bodies, a body without a name, reversed or impossible dates', () => {
    const refusal = (bodies: WizardBody[]) => {
      const result = buildNewSession({ id: 'r', bodies, skeleton: true, format: 'in-person' });
      return result.ok ? 'built' : result.error.en;
    };
    expect(refusal([])).toBe('a session needs at least one body');
    expect(refusal([{ ...WG3, name: { en: ' ' } }])).toBe('The body name must not be empty');
    expect(refusal([{ ...WG3, from: '2018-10-12', to: '2018-10-08' }])).toBe('the first day (2018-10-12) must not be after the last day (2018-10-08)');
    expect(refusal([{ ...WG3, to: '2018-02-30' }])).toBe('"2018-02-30" is not a calendar date (YYYY-MM-DD)');
    expect(refusal([{ ...WG3, from: '2018-10-13', to: '2018-10-14' }])).toBe('there is no weekday from 2018-10-13 to 2018-10-14');
  });
});

describe('symbols', () => {
  it('moves a symbol to another year and names its series', () => {
    expect(symbolInYear('CTOC/COP/WG.3/2017/1', '2018')).toBe('CTOC/COP/WG.3/2018/1');
    expect(symbolInYear('A/AC.105/L.300', '2018')).toBe('A/AC.105/L.300');
    expect(symbolPrefix('CTOC/COP/WG.3/2017/1')).toBe('CTOC/COP/WG.3/');
    expect(symbolPrefix('A/AC.105/L.300')).toBe('A/AC.105/L.300');
    expect(bodyIdFor({ name: {}, symbol: 'CTOC/COP/WG.3/2017/1' }, ['wg3'])).toBe('wg3-2');
  });
});

describe('the library as the wizard lists it', () => {
  const y2017 = fixtureSession();
  const revisions: LibraryRevision[] = [
    { revision: 'r1', session: { ...y2017, title: { en: 'first draft' } }, seen: '2017-07-01T10:00:00.000Z' },
    { revision: 'r2', session: y2017, seen: '2017-07-19T10:00:00.000Z' },
    {
      revision: 'r3',
      session: {
        ...y2017,
        id: 'older',
        bodies: y2017.bodies.map((body) => ({ ...body, meeting: { en: 'seventh meeting', zh: '第七次会议' }, from: '2016-10-10', to: '2016-10-14' })),
        days: [],
      },
      seen: '2018-01-01T00:00:00.000Z',
    },
  ];

  it('lists each session once, at its latest revision, latest session first', () => {
    expect(pastSessionEntries(revisions).map((entry) => [entry.revision, entry.from, entry.to, entry.bodies.map((b) => b.symbol)])).toEqual([
      ['r2', '2017-10-09', '2017-10-13', ['CTOC/COP/WG.3/2017/1', 'CTOC/COP/WG.2/2017/1']],
      ['r3', '2016-10-10', '2016-10-14', ['CTOC/COP/WG.3/2017/1', 'CTOC/COP/WG.2/2017/1']],
    ]);
  });

  it('lists each body once, at its latest meeting, with the next one proposed in both languages', () => {
    expect(libraryBodies(revisions)).toEqual([
      {
        key: 'CTOC/COP/WG.2/',
        name: { en: 'Working Group of Government Experts on Technical Assistance', zh: '技术援助问题政府专家工作组' },
        meeting: { en: 'tenth meeting', zh: '第十次会议' },
        nextMeeting: { en: 'eleventh meeting', zh: '第十一次会议' },
        symbol: 'CTOC/COP/WG.2/2017/1',
        symbolPrefix: 'CTOC/COP/WG.2/',
        from: '2017-10-11',
        to: '2017-10-13',
        venue: { en: 'Vienna', zh: '维也纳' },
        timeZone: 'Europe/Vienna',
      },
      {
        key: 'CTOC/COP/WG.3/',
        name: { en: 'Working Group on International Cooperation', zh: '国际合作工作组' },
        meeting: { en: 'eighth meeting', zh: '第八次会议' },
        nextMeeting: { en: 'ninth meeting', zh: '第九次会议' },
        symbol: 'CTOC/COP/WG.3/2017/1',
        symbolPrefix: 'CTOC/COP/WG.3/',
        from: '2017-10-09',
        to: '2017-10-13',
        venue: { en: 'Vienna', zh: '维也纳' },
        timeZone: 'Europe/Vienna',
      },
    ]);
  });
});
