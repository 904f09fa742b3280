// Runs in Node (tests). What the import dialog previews (renderer/start/agenda-preview.ts): one
// box or both merged by number, warnings with their language, a box holding the other language.
import { describe, expect, it } from 'vitest';
import { previewAgenda } from '../../renderer/start/agenda-preview.ts';
import { bodyPairs } from '../../renderer/start/pairing.ts';
import { addImportedItems } from '../../shared/import/index.ts';
import { newSession } from '../../shared/schedule/index.ts';
import { BOTH_2017_ZH, WG2_2017_EN, WG2_2017_ZH } from './agenda-seeds.ts';

describe('import preview', () => {
  it('shows nothing for empty boxes', () => {
    expect(previewAgenda({ zh: ' \n', en: '' })).toEqual({ items: [], warnings: [], languages: ['zh', 'en'], mismatched: [], guessed: {}, agendas: {} });
  });

  it('merges both languages of the WG.2 agenda into bilingual items', () => {
    const { items, warnings, mismatched } = previewAgenda({ zh: WG2_2017_ZH, en: WG2_2017_EN });
    expect(items.map((item) => [item.number, item.title.zh, item.title.en?.slice(0, 30), item.joint !== undefined])).toEqual([
      ['1', '组织事项', 'Organizational matters', false],
      ['1(a)', '会议开幕', 'Opening of the meeting', false],
      ['1(b)', '通过议程和工作安排', 'Adoption of the agenda and org', false],
      ['2', '依照公约缔约方会议第8/2号决议，拟订调查表用于审议《联合国打击跨国有组织犯罪公约》实施情况', 'Development of the questionnai', true],
      ['3', '缔约国就《联合国打击跨国有组织犯罪公约》及其各项议定书的实施和相关技术援助提供信息的状况', 'Status of the provision of inf', false],
      ['4', '其他事项', 'Other matters', true],
      ['5', '通过报告', 'Adoption of the report', true],
    ]);
    expect([warnings, mismatched]).toEqual([[], []]);
  });

  it('keeps one language alone, and notices English pasted into the Chinese box', () => {
    const preview = previewAgenda({ zh: WG2_2017_EN, en: '' });
    expect(preview.mismatched).toEqual(['zh']);
    expect(preview.items[0]).toEqual({ number: '1', title: { zh: 'Organizational matters' } });
  });

  it('splits a text holding both bodies\' agendas: the body\'s own by its heading, else the chosen one, else the first', () => {
    const numbers = (preview: ReturnType<typeof previewAgenda>) => preview.items.map((item) => item.number).join(' ');
    const first = previewAgenda({ zh: BOTH_2017_ZH, en: '' });
    expect(first.agendas).toEqual({ zh: { headings: ['国际合作工作组', '技术援助问题政府专家工作组'], taken: 0 } });
    expect(numbers(first)).toBe('1 1(a) 1(b) 2 3 4 5 6 7');
    const named = previewAgenda({ zh: BOTH_2017_ZH, en: '' }, { bodyName: { zh: '技术援助问题政府专家工作组' } });
    expect([named.agendas.zh?.taken, numbers(named)]).toEqual([1, '1 1(a) 1(b) 2 3 4 5']);
    expect(named.items[3]!.title.zh).toBe('依照公约缔约方会议第8/2号决议，拟订调查表用于审议《联合国打击跨国有组织犯罪公约》实施情况');
    const chosen = previewAgenda({ zh: BOTH_2017_ZH, en: '' }, { bodyName: { zh: '技术援助问题政府专家工作组' }, chosen: { zh: 0 } });
    expect(numbers(chosen)).toBe('1 1(a) 1(b) 2 3 4 5 6 7');
    expect(chosen.warnings).toEqual([]);
  });

  it('gives each warning the language of its box', () => {
    const { warnings } = previewAgenda({ zh: WG2_2017_ZH, en: '1. Organizational matters.\n3. Other matters.' });
    expect(warnings.map((w) => [w.code, w.lang, w.line])).toContainEqual(['numberGap', 'en', 2]);
    expect(warnings.some((w) => w.code === 'onlyInOneLanguage' && w.lang === 'zh')).toBe(true);
  });
});

describe('bodies to pair', () => {
  it('pairs every two bodies that have joint items', () => {
    let session = newSession({ id: 's', bodies: 3, from: '2017-10-09', to: '2017-10-13' });
    for (const body of ['wg1', 'wg3']) {
      const added = addImportedItems(session, body, [{ number: '1', title: { en: 'Other matters' }, joint: 'other' }]);
      if (!added.ok) throw new Error(added.error.en);
      session = added.session;
    }
    expect(bodyPairs(session)).toEqual([['wg1', 'wg3']]);
  });
});

describe('previewAgenda in the other languages', () => {
  it('reads a box in French and merges it with the English box by number, a column per language', () => {
    const preview = previewAgenda({
      fr: '1. Questions d’organisation :\na) Ouverture de la réunion ;\nb) Adoption de l’ordre du jour et organisation des travaux.',
      en: '1. Organizational matters:\n(a) Opening of the meeting;\n(b) Adoption of the agenda and organization of work.',
    });
    expect(preview.items[1]).toEqual({ number: '1(a)', title: { fr: 'Ouverture de la réunion', en: 'Opening of the meeting' } });
    expect([preview.warnings, preview.mismatched]).toEqual([[], []]);
  });

  it('says which language a box seems to hold instead of its own', () => {
    const preview = previewAgenda({ es: '١- المسائل التنظيمية.', ru: '' });
    expect([preview.mismatched, preview.guessed]).toEqual([['es'], { es: 'ar' }]);
  });
});
