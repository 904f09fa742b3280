// Runs in Node (tests). Agenda numbers in each language's documents: the file's "1(a)" is
// "1 a)" in French, Spanish and Russian, "1 (أ)" in Arabic, and stays "1(a)" in English and
// Chinese (sources in shared/format/item-numbers.ts); the space is a no-break one.
import { describe, expect, it } from 'vitest';
import { itemNumberIn, subItemLabelIn } from '../../shared/format/item-numbers.ts';
import { deriveAgendaDocument } from '../../shared/schedule/agenda-document/index.ts';
import { deriveAnnex } from '../../shared/schedule/index.ts';
import { documentFixtureSession } from './fixtures.ts';

describe('item numbers in each document language', () => {
  it.each([
    ['en', '1(a)', '1(a)', '(a)'],
    ['zh', '1(a)', '1(a)', '(a)'],
    ['fr', '1(a)', '1\u00a0a)', 'a)'],
    ['es', '1 (b)', '1\u00a0b)', 'b)'],
    ['ru', '1(c)', '1\u00a0c)', 'c)'],
    ['ar', '1(b)', '1\u00a0(ب)', '(ب)'],
  ] as const)('%s: %s is %s, its label %s', (lang, number, printed, subLabel) => {
    expect(itemNumberIn(number, lang)).toBe(printed);
    expect(subItemLabelIn(number.slice(1).trim(), lang)).toBe(subLabel);
  });

  it('prints a sub-item of a sub-item, and leaves plain numbers and odd shapes as they are', () => {
    expect(itemNumberIn('3(a)(ii)', 'fr')).toBe('3\u00a0a)\u00a0ii)');
    expect(itemNumberIn('3(a)(ii)', 'ar')).toBe('3\u00a0(أ)\u00a0`2`');
    expect(subItemLabelIn('(ii)', 'ar', 2)).toBe('`2`');
    expect(itemNumberIn('12', 'fr')).toBe('12');
    expect(itemNumberIn('A', 'ar')).toBe('A');
    // The 26th letter in abjad order.
    expect(itemNumberIn('1(z)', 'ar')).toBe('1\u00a0(ض)');
  });

  it('are what the annex and the agenda print', () => {
    const session = documentFixtureSession();
    const fr = deriveAnnex(session, 'fr');
    expect(fr.days[0]!.slots[0]!.rows[0]![0]!.item).toBe('1\u00a0a)');
    const document = deriveAgendaDocument(session, 'ar');
    expect(document.bodies[0]!.agenda.slice(0, 3).map((entry) => entry.label)).toEqual(['1.', '(أ)', '(ب)']);
  });
});
