// Runs in Node (tests). Joint items of two bodies' imported agendas paired by title
// similarity, confirmed into shared keys — from pasted text to the 2017 session's joint items.
import { describe, expect, it } from 'vitest';
import {
  addImportedItems,
  applyJointPairs,
  chineseSimilarity,
  englishSimilarity,
  inLanguage,
  mergeBilingual,
  parseAgenda,
  parseAgendas,
  proposeJointPairs,
  titleSimilarity,
  type BilingualItem,
} from '../../shared/import/index.ts';
import type { Session } from '../../shared/model/index.ts';
import { checkSession } from '../../shared/rules/index.ts';
import { addBody, editItem, newSession, removeBody } from '../../shared/schedule/index.ts';
import { BOTH_2017_ZH, WG2_2017_EN, WG3_2017_EN } from './agenda-seeds.ts';
import { expectOk, fixtureSession } from './fixtures.ts';

function withAgendas(...agendas: BilingualItem[][]): Session {
  let session = newSession({ id: 's', bodies: agendas.length, from: '2017-10-09', to: '2017-10-13' });
  agendas.forEach((items, i) => {
    const result = addImportedItems(session, `wg${i + 1}`, items);
    if (!result.ok) throw new Error(result.error.en);
    session = result.session;
  });
  return session;
}

const chineseAgendas = () => parseAgendas(BOTH_2017_ZH, 'zh').map((agenda) => inLanguage(agenda.items, 'zh'));
const numbersOf = (session: Session, ids: readonly string[]) => ids.map((id) => session.items.find((item) => item.id === id)!.number);

describe('title similarity', () => {
  it('compares Chinese titles by pairs of neighbouring characters (Dice)', () => {
    expect(chineseSimilarity('其他事项', '其他事项')).toBe(1);
    // 通过 过报 报告 / 通过 过联 联合 合报 报告: 2 × 2 shared of 3 + 5.
    expect(chineseSimilarity('通过报告', '通过联合报告')).toBe(0.5);
    expect(chineseSimilarity('其他事项。', '其他事项')).toBe(1);
    expect(chineseSimilarity('会议开幕', '其他事项')).toBe(0);
  });

  it('compares English titles by their significant words (Dice)', () => {
    expect(englishSimilarity('Adoption of the report', 'Adoption of the joint report')).toBe(0.8);
    expect(englishSimilarity('Other matters', 'other matters.')).toBe(1);
    expect(englishSimilarity('Other matters', 'Adoption of the report')).toBe(0);
  });

  it('takes the best language both titles have, and 0 when they share none', () => {
    expect(titleSimilarity({ zh: '通过报告', en: 'Adoption of the report' }, { zh: '通过联合报告', en: 'Adoption of the joint report' })).toBe(0.8);
    expect(titleSimilarity({ zh: '其他事项' }, { en: 'Other matters' })).toBe(0);
  });
});

describe('proposeJointPairs', () => {
  it('pairs the joint items of the two 2017 agendas pasted in Chinese', () => {
    const session = withAgendas(...chineseAgendas());
    const { proposals, unpaired } = proposeJointPairs(session, 'wg1', 'wg2');
    expect(proposals.map((p) => [...numbersOf(session, [p.a, p.b]), p.score])).toEqual([
      ['5', '2', 1],
      ['6', '4', 1],
      ['7', '5', 1],
    ]);
    expect(unpaired).toEqual([]);
  });

  it('pairs the most alike titles first, leaves an item without a good enough partner unpaired', () => {
    const session = withAgendas(
      [
        { number: '6', title: { en: 'Other matters' }, joint: 'a' },
        { number: '7', title: { en: 'Adoption of the report' }, joint: 'b' },
        { number: '8', title: { en: 'Venue of the next meeting' }, joint: 'c' },
      ],
      [
        { number: '4', title: { en: 'Adoption of the joint report' }, joint: 'd' },
        { number: '5', title: { en: 'Other matters' }, joint: 'e' },
      ],
    );
    const { proposals, unpaired } = proposeJointPairs(session, 'wg1', 'wg2');
    expect(proposals.map((p) => [...numbersOf(session, [p.a, p.b]), p.score])).toEqual([
      ['6', '5', 1],
      ['7', '4', 0.8],
    ]);
    expect(numbersOf(session, unpaired)).toEqual(['8']);
  });

  it('only looks at items marked joint', () => {
    const session = withAgendas([{ number: '4', title: { zh: '其他事项' } }], [{ number: '4', title: { zh: '其他事项' }, joint: 'x' }]);
    expect(proposeJointPairs(session, 'wg1', 'wg2')).toEqual({ proposals: [], unpaired: ['wg2-4'] });
  });
});

describe('applyJointPairs', () => {
  it('gives each confirmed pair one key, a slug of the English title, and nothing else changes', () => {
    const [zh3, zh2] = parseAgendas(BOTH_2017_ZH, 'zh').map((agenda) => agenda.items);
    const wg3 = mergeBilingual(zh3!, parseAgenda(WG3_2017_EN, 'en').items).items;
    const wg2 = mergeBilingual(zh2!, parseAgenda(WG2_2017_EN, 'en').items).items;
    const session = withAgendas(wg3, wg2);
    const paired = expectOk(applyJointPairs(session, proposeJointPairs(session, 'wg1', 'wg2').proposals)).session;
    expect(paired.items.filter((item) => item.joint).map((item) => [item.id, item.joint])).toEqual([
      ['wg1-5', 'development-questionnaire-review-implementation'],
      ['wg1-6', 'other-matters'],
      ['wg1-7', 'adoption-report'],
      ['wg2-2', 'development-questionnaire-review-implementation'],
      ['wg2-4', 'other-matters'],
      ['wg2-5', 'adoption-report'],
    ]);
    // The same agendas, titles and joint discussions as the 2017 session.
    const fixture = fixtureSession();
    const plain = (s: Session, body: string) => s.items.filter((item) => item.body === body).map((item) => [item.number, item.title, item.joint !== undefined]);
    expect(plain(paired, 'wg1')).toEqual(plain(fixture, 'wg3'));
    expect(plain(paired, 'wg2')).toEqual(plain(fixture, 'wg2'));
    expect(paired.items.map(({ joint: _, ...rest }) => rest)).toEqual(session.items.map(({ joint: _, ...rest }) => rest));
    expect(checkSession(paired).filter((problem) => problem.rule.startsWith('joint.'))).toEqual([]);
  });

  it('keys Chinese-only pairs by the first body\'s item number', () => {
    const session = withAgendas(...chineseAgendas());
    const paired = expectOk(applyJointPairs(session, proposeJointPairs(session, 'wg1', 'wg2').proposals)).session;
    expect(paired.items.filter((item) => item.joint).map((item) => `${item.id}=${item.joint}`)).toEqual([
      'wg1-5=joint-5',
      'wg1-6=joint-6',
      'wg1-7=joint-7',
      'wg2-2=joint-5',
      'wg2-4=joint-6',
      'wg2-5=joint-7',
    ]);
  });

  it('makes a chain of pairs one discussion of three bodies, with a key no other discussion uses', () => {
    const other = (n: string) => ({ number: n, title: { en: 'Other matters' }, joint: 'other-matters' });
    let session = withAgendas([other('6')], [other('4')], [other('3')]);
    session = expectOk(addImportedItems(session, 'wg1', [{ number: '9', title: { en: 'Other matters' } }])).session;
    session = expectOk(editItem(session, 'wg1-9', { joint: 'other-matters' })).session;
    const paired = expectOk(applyJointPairs(session, [
      { a: 'wg1-6', b: 'wg2-4' },
      { a: 'wg2-4', b: 'wg3-3' },
    ])).session;
    expect(paired.items.map((item) => `${item.id}=${item.joint}`)).toEqual(['wg1-6=other-matters-2', 'wg2-4=other-matters-2', 'wg3-3=other-matters-2', 'wg1-9=other-matters']);
  });

  it('refuses to pair two items of one body, and unknown items', () => {
    const session = withAgendas([
      { number: '6', title: { en: 'Other matters' }, joint: 'a' },
      { number: '7', title: { en: 'Adoption of the report' }, joint: 'b' },
    ]);
    const refused = applyJointPairs(session, [{ a: 'wg1-6', b: 'wg1-7' }]);
    expect(refused).toMatchObject({ ok: false, error: { en: 'two items of Working group 1 share the joint key "other-matters"' } });
    expect(applyJointPairs(session, [{ a: 'wg1-6', b: 'nope' }])).toMatchObject({ ok: false, error: { en: 'there is no item with id "nope"' } });
  });

  it('works on any session, including one whose bodies were added and removed', () => {
    let session = expectOk(removeBody(withAgendas(...chineseAgendas()), 'wg2')).session;
    session = expectOk(addBody(session, { id: 'wg9', name: { en: 'Working group 9' }, from: '2017-10-09', to: '2017-10-13' })).session;
    session = expectOk(addImportedItems(session, 'wg9', [{ number: '3', title: { zh: '其他事项' }, joint: 'joint-6' }])).session;
    const { proposals } = proposeJointPairs(session, 'wg1', 'wg9');
    expect(numbersOf(session, [proposals[0]!.a, proposals[0]!.b])).toEqual(['6', '3']);
  });
});
