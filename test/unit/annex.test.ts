import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveAnnex, editItem, editSession } from '../../shared/schedule/index.ts';
import { expectOk, FIXTURES, fixtureSession } from './fixtures.ts';

const expectedZh = JSON.parse(readFileSync(`${FIXTURES}ctoc-2017.annex.zh.json`, 'utf8'));

describe('deriveAnnex', () => {
  it('gives exactly the Chinese annex of the 2017 document', () => {
    expect(deriveAnnex(fixtureSession(), 'zh')).toEqual(expectedZh);
  });

  it('gives the English annex in UN style', () => {
    const annex = deriveAnnex(fixtureSession(), 'en');
    expect(annex.title).toBe('Proposed organization of work');
    expect(annex.bodies.map((b) => b.name)).toEqual([
      'Working Group on International Cooperation',
      'Working Group of Government Experts on Technical Assistance',
    ]);
    const [monday, , wednesday] = annex.days;
    expect(monday!.label).toBe('Monday, 9 October');
    expect(monday!.slots.map((s) => s.label)).toEqual(['10 a.m.–1 p.m.', '3–6 p.m.']);
    expect(monday!.slots[1]!.rows).toEqual([[{ item: '2', title: 'Practical considerations, good practices and challenges (continued)' }, null]]);
    expect(wednesday!.slots[0]!.rows[2]).toEqual([
      { item: '5', title: 'Development of the questionnaire for the review of the implementation of the United Nations Convention against Transnational Organized Crime (joint item)' },
      { item: '2', title: 'Development of the questionnaire for the review of the implementation of the United Nations Convention against Transnational Organized Crime (joint item)' },
    ]);
    expect(wednesday!.slots[1]!.rows[0]![1]).toEqual({ item: '2', title: 'Development of the questionnaire (continued)' });
  });

  it('keeps empty slots and aligns rows with bodies', () => {
    const annex = deriveAnnex(fixtureSession(), 'zh');
    expect(annex.days[3]!.slots[1]).toEqual({ start: '15:00', end: '18:00', label: '下午3时至6时', rows: [] });
    for (const day of annex.days) for (const slot of day.slots) for (const row of slot.rows) expect(row).toHaveLength(2);
  });

  it('leaves out the joint mark when the session turns it off', () => {
    const session = expectOk(editSession(fixtureSession(), { annex: { showYear: true, markJoint: false } })).session;
    const annex = deriveAnnex(session, 'zh');
    expect(annex.days[4]!.slots[1]!.rows[1]![0]).toEqual({ item: '7', title: '通过报告' });
    expect(annex.days[0]!.label).toBe('2017年10月9日，星期一');
  });

  it('uses the annex title first, then the short title when continued, without trailing stops', () => {
    let session = expectOk(editItem(fixtureSession(), 'wg3-3', { title: { en: 'Good practices.', zh: '良好做法。' } })).session;
    session = expectOk(editItem(session, 'wg3-2', { shortTitle: undefined, annexTitle: { en: 'Transfer of proceedings.', zh: '移交诉讼。' } })).session;
    const annex = deriveAnnex(session, 'en');
    expect(annex.days[1]!.slots[0]!.rows[0]![0]!.title).toBe('Good practices');
    expect(annex.days[0]!.slots[0]!.rows[2]![0]!.title).toBe('Transfer of proceedings');
    expect(annex.days[0]!.slots[1]!.rows[0]![0]!.title).toBe('Transfer of proceedings (continued)');
  });

  it('falls back to the other language where a title is missing', () => {
    const session = expectOk(editItem(fixtureSession(), 'wg3-4', { title: { zh: '在获得电子证据方面的最新动态' } })).session;
    expect(deriveAnnex(session, 'en').days[1]!.slots[0]!.rows[1]![0]!.title).toBe('在获得电子证据方面的最新动态');
  });
});
