// Runs in Node (tests). checkSession as a whole: what the 2017 fixture gets, the order and
// shape of problems, silencing rules, and where problems are said to be.
import { describe, expect, it } from 'vitest';
import { checkSession, countBySeverity, locationText, type ProblemLocation } from '../../shared/rules/index.ts';
import { editItem, moveRow } from '../../shared/schedule/index.ts';
import { fixtureSession } from './fixtures.ts';
import { edited } from './rules-helpers.ts';

describe('checkSession on the 2017 fixture', () => {
  it('gives no error and no warning: only a note for the afternoon of 12 October, left empty as in the real annex', () => {
    expect(checkSession(fixtureSession())).toEqual([
      {
        rule: 'time.slot-empty',
        severity: 'info',
        location: { kind: 'slot', date: '2017-10-12', slot: 1 },
        message: { en: 'Nothing is scheduled for the meeting on Thursday, 12 October, 3–6 p.m.', zh: '10月12日，星期四，下午3时至6时的会议没有安排任何项目' },
      },
    ]);
  });
});

describe('checkSession', () => {
  // Item 4 of WG.3 made a lonely joint item (warning) and taken before item 3 (warning), and
  // the report row moved before "Other matters" (errors).
  const troubled = () =>
    edited(
      (s) => editItem(s, 'wg3-4', { joint: 'lonely' }),
      (s) => moveRow(s, { from: { date: '2017-10-13', slot: 1, row: 1 }, to: { date: '2017-10-13', slot: 1 }, position: 0 }),
    );

  it('lists errors first, then warnings, then notes', () => {
    const severities = checkSession(troubled()).map((p) => p.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    expect(countBySeverity(checkSession(troubled()))).toEqual({ error: 2, warning: 3, info: 1 });
  });

  it('leaves out the rules the officer silenced', () => {
    const problems = checkSession(troubled(), { ignore: ['order.closing-not-last', 'time.slot-empty'] });
    expect(problems.map((p) => p.rule)).toEqual(['joint.alone', 'order.agenda-order', 'order.agenda-order']);
  });

  it('gives plain data, to cross to the renderer and into JSON unchanged', () => {
    const problems = checkSession(troubled());
    expect(structuredClone(problems)).toEqual(problems);
    expect(JSON.parse(JSON.stringify(problems))).toEqual(problems);
  });
});

describe('locationText', () => {
  const session = fixtureSession();
  it.each<[ProblemLocation, string, string]>([
    [{ kind: 'session', field: 'timeZone' }, 'session timeZone', '会议设置 timeZone'],
    [{ kind: 'body', body: 'wg2' }, 'body wg2', '机构 wg2'],
    [{ kind: 'body', body: 'wg2', field: 'symbol' }, 'body wg2, symbol', '机构 wg2，symbol'],
    [{ kind: 'item', item: 'wg3-5' }, 'item wg3-5', '项目 wg3-5'],
    [{ kind: 'item', item: 'wg3-5', field: 'title' }, 'item wg3-5, title', '项目 wg3-5，title'],
    [{ kind: 'document', item: 'wg3-5', index: 0 }, 'item wg3-5, document 1', '项目 wg3-5，文件 1'],
    [{ kind: 'day', date: '2017-10-11' }, '2017-10-11', '2017-10-11'],
    [{ kind: 'slot', date: '2017-10-11', slot: 1 }, '2017-10-11 15:00–18:00', '2017-10-11 15:00–18:00'],
    [{ kind: 'row', date: '2017-10-11', slot: 0, row: 2 }, '2017-10-11 10:00–13:00, row 3', '2017-10-11 10:00–13:00，第 3 行'],
    [{ kind: 'row', date: '2017-10-11', slot: 0, row: 2, body: 'wg2' }, '2017-10-11 10:00–13:00, row 3, wg2', '2017-10-11 10:00–13:00，第 3 行，wg2'],
    [{ kind: 'slot', date: '2017-10-11', slot: 5 }, '2017-10-11 slot 6', '2017-10-11 第 6 个时段'],
  ])('says %j as "%s" / "%s", in the file\'s own dates, times and ids', (location, en, zh) => {
    expect(locationText(session, location, 'en')).toBe(en);
    expect(locationText(session, location, 'zh')).toBe(zh);
  });
});
