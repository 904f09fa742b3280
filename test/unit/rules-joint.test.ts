// Runs in Node (tests). Joint discussions: each rule once triggered, once not.
import { describe, expect, it } from 'vitest';
import { editItem, removeFromRow } from '../../shared/schedule/index.ts';
import { fixtureSession } from './fixtures.ts';
import { edited, fromJson, problemsOf, ruleCounts, FIXTURE_RULES } from './rules-helpers.ts';

const WG3_4 = { en: 'Item 4 of the Working Group on International Cooperation', zh: '国际合作工作组议程项目4' };

describe('joint.alone (warning)', () => {
  it('flags a joint key no item of another body shares, naming the item in both languages', () => {
    const [problem, ...rest] = problemsOf(edited((s) => editItem(s, 'wg3-4', { joint: 'lonely' })), 'joint.alone');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'warning', location: { kind: 'item', item: 'wg3-4', field: 'joint' } });
    expect(problem!.message.en).toMatch(new RegExp(`^${WG3_4.en} is marked as joint \\("lonely"\\)`));
    expect(problem!.message.zh).toMatch(new RegExp(`^${WG3_4.zh}标为联合项目（“lonely”）`));
  });

  it('is quiet when every joint key has partners (the fixture)', () => {
    expect(problemsOf(fixtureSession(), 'joint.alone')).toEqual([]);
  });
});

describe('joint.same-body (error)', () => {
  it('flags two items of one body sharing a key', () => {
    const problems = problemsOf(edited((s) => editItem(s, 'wg3-3', { joint: 'questionnaire' })), 'joint.same-body');
    expect(problems).toEqual([
      {
        rule: 'joint.same-body',
        severity: 'error',
        location: { kind: 'item', item: 'wg3-5', field: 'joint' },
        message: {
          en: 'Items 3 and 5 of the Working Group on International Cooperation share the joint key "questionnaire", but a joint discussion takes one item from each body',
          zh: '国际合作工作组议程项目3和5使用同一联合标识“questionnaire”，但联合讨论中每个机构只能有一个项目',
        },
      },
    ]);
  });

  it('is quiet for one item per body (the fixture)', () => {
    expect(problemsOf(fixtureSession(), 'joint.same-body')).toEqual([]);
  });
});

describe('joint.partner-other-row (error)', () => {
  // 11 October, morning: item 5 of WG.3 and item 2 of WG.2 in rows 3 and 4 instead of one row.
  const split = () => fromJson((j) => j.days[2].slots[0].rows.splice(2, 1, { wg3: 'wg3-5' }, { wg2: 'wg2-2' }));

  it('flags partners in different rows of one slot once, at the earlier row, where the partner is missing', () => {
    const session = split();
    expect(problemsOf(session, 'joint.partner-other-row')).toEqual([
      {
        rule: 'joint.partner-other-row',
        severity: 'error',
        location: { kind: 'row', date: '2017-10-11', slot: 0, row: 2, body: 'wg2' },
        message: {
          en: 'Item 5 of the Working Group on International Cooperation is taken jointly with item 2 of the Working Group of Government Experts on Technical Assistance, but the meeting on Wednesday, 11 October, 10 a.m.–1 p.m. has them in different rows (3 and 4); put them in one row',
          zh: '国际合作工作组议程项目5与技术援助问题政府专家工作组议程项目2为联合项目，但在10月11日，星期三，上午10时至下午1时的会议中分列第3行和第4行；应放在同一行',
        },
      },
    ]);
    expect(ruleCounts(session)).toEqual({ ...FIXTURE_RULES, 'joint.partner-other-row': 1 });
  });

  it('is quiet when the partners share their rows (the fixture)', () => {
    expect(problemsOf(fixtureSession(), 'joint.partner-other-row')).toEqual([]);
  });
});

describe('joint.partner-other-slot (error)', () => {
  it('flags a row of a joint item whose partner is placed, but in other meetings', () => {
    const session = edited((s) => removeFromRow(s, { at: { date: '2017-10-12', slot: 0, row: 0 }, body: 'wg2' }));
    const problems = problemsOf(session, 'joint.partner-other-slot');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', location: { kind: 'row', date: '2017-10-12', slot: 0, row: 0, body: 'wg2' } });
    expect(problems[0]!.message.en).toMatch(/which is not in the meeting on Thursday, 12 October, 10 a\.m\.–1 p\.m\. but on Wednesday, 11 October, 10 a\.m\.–1 p\.m\.$/);
    expect(problems[0]!.message.zh).toMatch(/但后者不在10月12日，星期四，上午10时至下午1时的会议中，而是安排在10月11日，星期三，上午10时至下午1时$/);
    expect(ruleCounts(session)).toEqual({ ...FIXTURE_RULES, 'joint.partner-other-slot': 1 });
  });

  it('is quiet when partners always meet together (the fixture)', () => {
    expect(problemsOf(fixtureSession(), 'joint.partner-other-slot')).toEqual([]);
  });
});

describe('joint.partner-unplaced (error)', () => {
  it('flags a joint item placed while its partner is placed nowhere, once', () => {
    const session = edited((s) => removeFromRow(s, { at: { date: '2017-10-13', slot: 1, row: 1 }, body: 'wg2' }));
    const problems = problemsOf(session, 'joint.partner-unplaced');
    expect(problems).toEqual([
      {
        rule: 'joint.partner-unplaced',
        severity: 'error',
        location: { kind: 'row', date: '2017-10-13', slot: 1, row: 1, body: 'wg2' },
        message: {
          en: 'Item 7 of the Working Group on International Cooperation is taken jointly with item 5 of the Working Group of Government Experts on Technical Assistance, which is not placed anywhere',
          zh: '国际合作工作组议程项目7与技术援助问题政府专家工作组议程项目5为联合项目，但后者尚未安排',
        },
      },
    ]);
    // The partner itself is also an unplaced item, and nothing else is said.
    expect(ruleCounts(session)).toEqual({ ...FIXTURE_RULES, 'joint.partner-unplaced': 1, 'order.unplaced': 1 });
  });

  it('is quiet while neither partner is placed: that is only two unplaced items', () => {
    const session = edited(
      (s) => removeFromRow(s, { at: { date: '2017-10-13', slot: 1, row: 1 }, body: 'wg2' }),
      (s) => removeFromRow(s, { at: { date: '2017-10-13', slot: 1, row: 1 }, body: 'wg3' }),
    );
    expect(problemsOf(session, 'joint.partner-unplaced')).toEqual([]);
    expect(problemsOf(session, 'order.unplaced').map((p) => p.location)).toEqual([
      { kind: 'item', item: 'wg3-7' },
      { kind: 'item', item: 'wg2-5' },
    ]);
  });
});
