// Runs in Node (tests). Back-to-back order: each rule once triggered, once not.
import { describe, expect, it } from 'vitest';
import { addBody, addItem, editBody, moveRow, placeItem, removeFromRow } from '../../shared/schedule/index.ts';
import { fixtureSession } from './fixtures.ts';
import { edited, problemsOf, ruleCounts, FIXTURE_RULES } from './rules-helpers.ts';

const WG3 = 'Working Group on International Cooperation';
const firstSlot = { date: '2017-10-09', slot: 0 };
const lastSlot = { date: '2017-10-13', slot: 1 };

describe('order.outside-body-dates (error)', () => {
  it('flags a body meeting on a day outside its from–to, once for the day', () => {
    // WG.2 now starts on the 12th but still has three rows on the 11th.
    const problems = problemsOf(edited((s) => editBody(s, 'wg2', { from: '2017-10-12' })), 'order.outside-body-dates');
    expect(problems).toEqual([
      {
        rule: 'order.outside-body-dates',
        severity: 'error',
        location: { kind: 'row', date: '2017-10-11', slot: 0, row: 0, body: 'wg2' },
        message: {
          en: 'The Working Group of Government Experts on Technical Assistance meets on Wednesday, 11 October, outside its dates (12–13 October 2017)',
          zh: '技术援助问题政府专家工作组在10月11日，星期三有会议，但这一天不在其会期（2017年10月12日至13日）之内',
        },
      },
    ]);
  });

  it('is quiet when each body meets within its dates (the fixture: WG.2 only from the 11th)', () => {
    expect(problemsOf(fixtureSession(), 'order.outside-body-dates')).toEqual([]);
  });
});

describe('order.opening-not-first (error)', () => {
  it('flags a body whose first placement is not the first item of its agenda', () => {
    const session = edited((s) => moveRow(s, { from: { ...firstSlot, row: 0 }, to: firstSlot, position: 1 }));
    const [problem, ...rest] = problemsOf(session, 'order.opening-not-first');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', location: { kind: 'row', ...firstSlot, row: 0, body: 'wg3' } });
    expect(problem!.message).toEqual({
      en: `The ${WG3} starts with item 1(b) (on Monday, 9 October, 10 a.m.–1 p.m.), but it should open with item 1(a), the first item of its agenda`,
      zh: '国际合作工作组最先安排的是议程项目1(b)（10月9日，星期一，上午10时至下午1时），但应以其议程的第一个项目1(a)开始',
    });
  });

  it('takes the first sub-item of item 1 as the opening (the fixture), or item 1 itself when placed whole', () => {
    expect(problemsOf(fixtureSession(), 'order.opening-not-first')).toEqual([]);
    const whole = edited(
      (s) => removeFromRow(s, { at: { ...firstSlot, row: 0 }, body: 'wg3' }),
      (s) => removeFromRow(s, { at: { ...firstSlot, row: 0 }, body: 'wg3' }),
      (s) => placeItem(s, { item: 'wg3-1', at: firstSlot, position: 0 }),
    );
    expect(ruleCounts(whole)).toEqual(FIXTURE_RULES);
  });
});

describe('order.closing-not-last (error)', () => {
  it('flags each body whose last placement is not the last item of its agenda (the report)', () => {
    // The joint report row moved before "Other matters".
    const session = edited((s) => moveRow(s, { from: { ...lastSlot, row: 1 }, to: lastSlot, position: 0 }));
    const problems = problemsOf(session, 'order.closing-not-last');
    expect(problems.map((p) => p.location)).toEqual([
      { kind: 'row', ...lastSlot, row: 1, body: 'wg3' },
      { kind: 'row', ...lastSlot, row: 1, body: 'wg2' },
    ]);
    expect(problems[0]!.message.en).toBe(`The ${WG3} ends with item 6 (on Friday, 13 October, 3–6 p.m.), but it should end with item 7, the last item of its agenda`);
    expect(problems[1]!.message.zh).toBe('技术援助问题政府专家工作组最后安排的是议程项目4（10月13日，星期五，下午3时至6时），但应以其议程的最后一个项目5结束');
  });

  it('is quiet when the report comes last (the fixture)', () => {
    expect(problemsOf(fixtureSession(), 'order.closing-not-last')).toEqual([]);
  });
});

describe('order.agenda-order (warning)', () => {
  it('flags an item that starts after an item listed later in its agenda', () => {
    // 10 October: item 4 before item 3.
    const session = edited((s) => moveRow(s, { from: { date: '2017-10-10', slot: 0, row: 1 }, to: { date: '2017-10-10', slot: 0 }, position: 0 }));
    expect(problemsOf(session, 'order.agenda-order')).toEqual([
      {
        rule: 'order.agenda-order',
        severity: 'warning',
        location: { kind: 'row', date: '2017-10-10', slot: 0, row: 1, body: 'wg3' },
        message: {
          en: `Item 3 of the ${WG3} starts on Tuesday, 10 October, 10 a.m.–1 p.m., after item 4, which comes later in the agenda`,
          zh: '国际合作工作组议程项目3于10月10日，星期二，上午10时至下午1时开始，晚于议程中排在它后面的项目4',
        },
      },
    ]);
  });

  it('says an item moved far once, not once for each item it jumped', () => {
    // Item 3 moved from the 10th to the 12th, after items 4 and 5 have started.
    const session = edited((s) => moveRow(s, { from: { date: '2017-10-10', slot: 0, row: 0 }, to: { date: '2017-10-12', slot: 0 } }));
    const problems = problemsOf(session, 'order.agenda-order');
    expect(problems.map((p) => p.location)).toEqual([{ kind: 'row', date: '2017-10-12', slot: 0, row: 2, body: 'wg3' }]);
    expect(problems[0]!.message.en).toMatch(/^Item 3 .* after item 4, which comes later in the agenda$/);
  });

  it('says "before" for an item pulled ahead of the one before it', () => {
    const session = edited((s) => moveRow(s, { from: { date: '2017-10-11', slot: 0, row: 2 }, to: { date: '2017-10-10', slot: 0 }, position: 0 }));
    const messages = problemsOf(session, 'order.agenda-order').map((p) => p.message.en);
    expect(messages).toContainEqual(expect.stringMatching(/^Item 2 of the Working Group of Government Experts on Technical Assistance starts on Tuesday, 10 October, 10 a\.m\.–1 p\.m\., before item 1\(b\), which comes earlier in the agenda$/));
  });

  it('is quiet when items start in agenda order, continued items notwithstanding (the fixture)', () => {
    expect(problemsOf(fixtureSession(), 'order.agenda-order')).toEqual([]);
  });

  it('reads the agenda by its numbers, not by the order items were added to the file', () => {
    // 1(c) added last, placed after 1(b) and before item 2: in order.
    const session = edited(
      (s) => addItem(s, { id: 'wg3-1c', body: 'wg3', number: '1(c)', title: { en: 'Election of officers', zh: '选举主席团成员' } }),
      (s) => placeItem(s, { item: 'wg3-1c', at: firstSlot, position: 2 }),
    );
    expect(ruleCounts(session)).toEqual(FIXTURE_RULES);
  });
});

describe('order.parent-and-sub-items (warning)', () => {
  it('flags a heading placed whole while its sub-items are placed too', () => {
    const session = edited((s) => placeItem(s, { item: 'wg3-1', at: firstSlot, position: 0 }));
    expect(problemsOf(session, 'order.parent-and-sub-items')).toEqual([
      {
        rule: 'order.parent-and-sub-items',
        severity: 'warning',
        location: { kind: 'row', ...firstSlot, row: 0, body: 'wg3' },
        message: {
          en: `Item 1 of the ${WG3} is placed as a whole, and so are its sub-items 1(a) and 1(b); place either the item or its sub-items`,
          zh: '国际合作工作组议程项目1已整体安排，其分项1(a)和1(b)也已安排；应只安排该项目或只安排其分项',
        },
      },
    ]);
  });

  it('is quiet when only the sub-items are placed (the fixture)', () => {
    expect(problemsOf(fixtureSession(), 'order.parent-and-sub-items')).toEqual([]);
  });
});

describe('order.unplaced (warning)', () => {
  it('flags an item never placed', () => {
    const session = edited((s) => removeFromRow(s, { at: { ...firstSlot, row: 1 }, body: 'wg3' }));
    expect(problemsOf(session, 'order.unplaced')).toEqual([
      {
        rule: 'order.unplaced',
        severity: 'warning',
        location: { kind: 'item', item: 'wg3-1b' },
        message: { en: `Item 1(b) of the ${WG3} is not placed in the schedule`, zh: '国际合作工作组议程项目1(b)尚未安排' },
      },
    ]);
  });

  it('does not count a heading whose sub-items are placed (items "1" of the fixture) as unplaced', () => {
    expect(problemsOf(fixtureSession(), 'order.unplaced')).toEqual([]);
  });
});

describe('order.body-unscheduled (warning)', () => {
  const firearms = { id: 'wg4', name: { en: 'Working Group on Firearms', zh: '枪支问题工作组' }, from: '2017-10-09', to: '2017-10-13' };

  it('says once that nothing of a body is placed, instead of once per item', () => {
    const session = edited(
      (s) => addBody(s, firearms),
      (s) => addItem(s, { body: 'wg4', number: '1', title: { en: 'Opening of the meeting', zh: '会议开幕' } }),
      (s) => addItem(s, { body: 'wg4', number: '2', title: { en: 'Adoption of the report', zh: '通过报告' } }),
    );
    expect(ruleCounts(session)).toEqual({ ...FIXTURE_RULES, 'order.body-unscheduled': 1 });
    expect(problemsOf(session, 'order.body-unscheduled')[0]).toMatchObject({
      severity: 'warning',
      location: { kind: 'body', body: 'wg4' },
      message: { en: 'Nothing on the agenda of the Working Group on Firearms is placed yet', zh: '枪支问题工作组的议程项目均未安排' },
    });
  });

  it('is quiet for a body without items yet, and for bodies with placements (the fixture)', () => {
    expect(ruleCounts(edited((s) => addBody(s, firearms)))).toEqual(FIXTURE_RULES);
  });
});
