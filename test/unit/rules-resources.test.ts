// Runs in Node (tests). Parallel meetings against interpretation teams: triggered, and not.
import { describe, expect, it } from 'vitest';
import { addBody, addItem, editSession, placeItemInRow } from '../../shared/schedule/index.ts';
import { fixtureSession } from './fixtures.ts';
import { edited, problemsOf, ruleCounts, FIXTURE_RULES } from './rules-helpers.ts';

// 12 October, morning, row 2 holds item 3 of WG.2; item 4 of WG.3 is put beside it.
const besideWg2 = (s: ReturnType<typeof fixtureSession>) => placeItemInRow(s, { item: 'wg3-4', at: { date: '2017-10-12', slot: 0, row: 1 } });

describe('resources.parallel-limit (error)', () => {
  it('flags a row holding two meetings that are not one joint discussion, with one interpretation team', () => {
    const session = edited(besideWg2);
    expect(problemsOf(session, 'resources.parallel-limit')).toEqual([
      {
        rule: 'resources.parallel-limit',
        severity: 'error',
        location: { kind: 'row', date: '2017-10-12', slot: 0, row: 1 },
        message: {
          en: 'Row 2 of the meeting on Thursday, 12 October, 10 a.m.–1 p.m. holds 2 meetings at once (item 4 of the Working Group on International Cooperation and item 3 of the Working Group of Government Experts on Technical Assistance), but interpretation is available for only 1 at a time',
          zh: '10月12日，星期四，上午10时至下午1时的会议第2行同时举行2场会议（国际合作工作组议程项目4和技术援助问题政府专家工作组议程项目3），但口译服务一次只能支持1场',
        },
      },
    ]);
    expect(ruleCounts(session)).toEqual({ ...FIXTURE_RULES, 'resources.parallel-limit': 1 });
  });

  it('counts a joint discussion as one meeting beside another', () => {
    const session = edited(
      (s) => addBody(s, { id: 'wg4', name: { en: 'Working Group on Firearms', zh: '枪支问题工作组' }, from: '2017-10-09', to: '2017-10-13' }),
      (s) => addItem(s, { id: 'wg4-1', body: 'wg4', number: '1', title: { en: 'Firearms', zh: '枪支' } }),
      (s) => editSession(s, { parallelLimit: 1 }),
      (s) => placeItemInRow(s, { item: 'wg4-1', at: { date: '2017-10-11', slot: 1, row: 0 } }),
    );
    const [problem] = problemsOf(session, 'resources.parallel-limit');
    expect(problem!.message.en).toMatch(/holds 2 meetings at once \(item 5 of the Working Group on International Cooperation \(joint\) and item 1 of the Working Group on Firearms\)/);
    expect(problem!.message.zh).toMatch(/同时举行2场会议（国际合作工作组议程项目5（联合项目）和枪支问题工作组议程项目1）/);
  });

  it('is quiet when there are as many interpretation teams as parallel meetings', () => {
    expect(problemsOf(edited(besideWg2, (s) => editSession(s, { parallelLimit: 2 })), 'resources.parallel-limit')).toEqual([]);
  });

  it('is quiet for rows of one joint discussion (the fixture, with its default of one team)', () => {
    expect(problemsOf(fixtureSession(), 'resources.parallel-limit')).toEqual([]);
  });
});
