// Runs in Node (tests). parseAgenda and friends on the agendas of the reference documents
// (exact item lists, written out), on English agendas in UN style, and on what pasting from
// Word, PDFs, web pages and Markdown brings along.
import { describe, expect, it } from 'vitest';
import { addImportedItems, guessLang, inLanguage, mergeBilingual, parseAgenda, parseAgendas, type ImportedItem } from '../../shared/import/index.ts';
import { parseSession, serializeSession } from '../../shared/model/index.ts';
import { deriveAgendaDocument, newSession } from '../../shared/schedule/index.ts';
import { BOTH_2017_ZH, WG2_2017_EN, WG2_2017_ZH, WG3_2017_EN, WG3_2017_ZH, WG3_2020_ZH } from './agenda-seeds.ts';
import { expectOk, fixtureSession } from './fixtures.ts';

const QUESTIONNAIRE_ZH = '依照公约缔约方会议第8/2号决议，拟订调查表用于审议《联合国打击跨国有组织犯罪公约》实施情况';
const QUESTIONNAIRE_EN =
  'Development of the questionnaire for the review of the implementation of the United Nations Convention against Transnational Organized Crime, in accordance with Conference resolution 8/2';
const BOTH_BODIES_ZH = '国际合作工作组和技术援助问题政府专家工作组';

const items = (text: string, lang: 'en' | 'zh') => parseAgenda(text, lang).items;
const codes = (text: string, lang: 'en' | 'zh' = 'en') => parseAgenda(text, lang).warnings.map((w) => [w.line, w.code]);

describe('parseAgenda: the agendas of the reference documents', () => {
  it('reads the 2017 agenda of the Working Group on International Cooperation', () => {
    const result = parseAgenda(WG3_2017_ZH, 'zh');
    expect(result.warnings).toEqual([]);
    expect(result.items).toEqual([
      { number: '1', title: '组织事项' },
      { number: '1(a)', title: '会议开幕' },
      { number: '1(b)', title: '通过议程和工作安排' },
      { number: '2', title: '移交刑事诉讼作为一种独立的刑事事项国际合作形式，这方面的实际考虑因素、良好做法和挑战' },
      { number: '3', title: '中央机关之间双边磋商的良好做法，包括筹备、案件跟踪、培训和参与' },
      { number: '4', title: '在获得电子证据方面的最新动态' },
      { number: '5', title: QUESTIONNAIRE_ZH, joint: 'joint-5', jointWith: BOTH_BODIES_ZH },
      { number: '6', title: '其他事项', joint: 'joint-6' },
      { number: '7', title: '通过报告', joint: 'joint-7' },
    ]);
  });

  it('reads the 2017 agenda of the Working Group of Government Experts on Technical Assistance (blank lines, half-width markers)', () => {
    const result = parseAgenda(WG2_2017_ZH, 'zh');
    expect(result.warnings).toEqual([]);
    expect(result.items).toEqual([
      { number: '1', title: '组织事项' },
      { number: '1(a)', title: '会议开幕' },
      { number: '1(b)', title: '通过议程和工作安排' },
      { number: '2', title: QUESTIONNAIRE_ZH, joint: 'joint-2', jointWith: BOTH_BODIES_ZH },
      { number: '3', title: '缔约国就《联合国打击跨国有组织犯罪公约》及其各项议定书的实施和相关技术援助提供信息的状况' },
      { number: '4', title: '其他事项', joint: 'joint-4' },
      { number: '5', title: '通过报告', joint: 'joint-5' },
    ]);
  });

  it('reads the adopted agenda of the 2020 hybrid meeting (half-width colons and semicolons)', () => {
    const result = parseAgenda(WG3_2020_ZH, 'zh');
    expect(result.warnings).toEqual([]);
    expect(result.items).toEqual([
      { number: '1', title: '组织事项' },
      { number: '1(a)', title: '会议开幕' },
      { number: '1(b)', title: '通过议程和工作安排' },
      { number: '2', title: '联合调查机构在打击跨国有组织犯罪方面的应用和作用' },
      { number: '3', title: '涉及特殊侦查手段的国际合作' },
      { number: '4', title: '其他事项' },
      { number: '5', title: '通过报告' },
    ]);
  });

  it('cuts a section holding both agendas into one per body, each with the heading above it', () => {
    const agendas = parseAgendas(BOTH_2017_ZH, 'zh');
    expect(agendas.map((a) => [a.heading, a.items.map((i) => i.number).join(' '), a.warnings])).toEqual([
      ['国际合作工作组', '1 1(a) 1(b) 2 3 4 5 6 7', []],
      ['技术援助问题政府专家工作组', '1 1(a) 1(b) 2 3 4 5', []],
    ]);
    expect(agendas[0]!.items).toEqual(items(WG3_2017_ZH, 'zh'));
    expect(agendas[1]!.items).toEqual(items(WG2_2017_ZH, 'zh'));
  });
});

describe('parseAgenda: English agendas in UN style', () => {
  it('reads sub-items on their own lines and joint items marked by a footnote that says so', () => {
    const result = parseAgenda(WG3_2017_EN, 'en');
    expect(result.warnings).toEqual([]);
    expect(result.items).toEqual([
      { number: '1', title: 'Organizational matters' },
      { number: '1(a)', title: 'Opening of the meeting' },
      { number: '1(b)', title: 'Adoption of the agenda and organization of work' },
      {
        number: '2',
        title: 'Transfer of criminal proceedings as a distinct form of international cooperation in criminal matters: practical considerations, good practices and challenges',
      },
      {
        number: '3',
        title: 'Good practices in bilateral consultations between central authorities, including preparation, follow-up of cases, training and participation',
      },
      { number: '4', title: 'Recent developments in obtaining electronic evidence' },
      { number: '5', title: QUESTIONNAIRE_EN, joint: 'development-questionnaire-review-implementation' },
      { number: '6', title: 'Other matters', joint: 'other-matters' },
      { number: '7', title: 'Adoption of the report', joint: 'adoption-report' },
    ]);
  });

  it('reads sub-items run together, a title wrapped over three lines and "(joint item)" markers, skipping the heading', () => {
    const result = parseAgenda(WG2_2017_EN, 'en');
    expect(result.warnings).toEqual([]);
    expect(result.items).toEqual([
      { number: '1', title: 'Organizational matters' },
      { number: '1(a)', title: 'Opening of the meeting' },
      { number: '1(b)', title: 'Adoption of the agenda and organization of work' },
      {
        number: '2',
        title: QUESTIONNAIRE_EN,
        joint: 'development-questionnaire-review-implementation',
        jointWith: 'Working Group on International Cooperation and the Working Group of Government Experts on Technical Assistance',
      },
      {
        number: '3',
        title:
          'Status of the provision of information by States parties on the implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto and related technical assistance',
      },
      { number: '4', title: 'Other matters', joint: 'other-matters' },
      { number: '5', title: 'Adoption of the report', joint: 'adoption-report' },
    ]);
  });

  it('reads back the agendas Orgwork itself writes for the 2017 fixture, in both languages', () => {
    const fixture = fixtureSession();
    let compared = 0;
    for (const lang of ['zh', 'en'] as const) {
      for (const body of deriveAgendaDocument(fixture, lang).bodies) {
        compared++;
        const text = body.agenda.map((entry) => `${'   '.repeat(entry.level)}${entry.label} ${entry.text}`).join('\n');
        const parsed = parseAgenda(text, lang);
        const own = fixture.items.filter((item) => item.body === body.id);
        expect(parsed.warnings).toEqual([]);
        expect(parsed.items.map((i) => [i.number, i.title, i.joint !== undefined])).toEqual(own.map((i) => [i.number, i.title[lang], i.joint !== undefined]));
      }
    }
    expect(compared).toBe(4);
  });
});

describe('parseAgenda: what pasting brings along', () => {
  it('reads full-width digits, letters and punctuation', () => {
    expect(items('１．组织事项：\n（ａ）会议开幕；\n（ｂ）通过议程和工作安排。\n２．其他事项。（联合项目）', 'zh')).toEqual([
      { number: '1', title: '组织事项' },
      { number: '1(a)', title: '会议开幕' },
      { number: '1(b)', title: '通过议程和工作安排' },
      { number: '2', title: '其他事项', joint: 'joint-2' },
    ]);
  });

  it('reads run-together Chinese sub-items and "1、" numbering', () => {
    expect(items('1、组织事项：(a) 会议开幕；(b) 通过议程和工作安排。', 'zh').map((i) => [i.number, i.title])).toEqual([
      ['1', '组织事项'],
      ['1(a)', '会议开幕'],
      ['1(b)', '通过议程和工作安排'],
    ]);
  });

  it('removes footnote marks: <sup>, superscript digits, Markdown notes; those at the end mark joint items', () => {
    const text = '4. 其他事项<sup>1</sup>\n5. 通过报告¹\n6. Review of resolution 8/2[^2] and its annex\n\n<sup>1</sup> 该项目将由两个工作组联合讨论。\n[^2]: See CTOC/COP/2016/15.';
    const result = parseAgenda(text, 'zh');
    expect(result.items).toEqual([
      { number: '4', title: '其他事项', joint: 'joint-4' },
      { number: '5', title: '通过报告', joint: 'joint-5' },
      { number: '6', title: 'Review of resolution 8/2 and its annex' },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('does not take a footnote that is about something else for a joint marker', () => {
    const result = parseAgenda('2. Status of the review mechanism.**\n\n** See resolution 8/2.', 'en');
    expect(result.items).toEqual([{ number: '2', title: 'Status of the review mechanism' }]);
  });

  it('takes a footnote mark whose footnote is not in the text for a joint marker, and says so', () => {
    const result = parseAgenda('6. Other matters.*\n7. Adoption of the report*', 'en');
    expect(result.items.map((i) => i.joint)).toEqual(['other-matters', 'adoption-report']);
    expect(result.warnings.map((w) => [w.line, w.code, w.message.en])).toEqual([
      [1, 'footnoteAssumedJoint', 'line 1: item 6 carries footnote mark *, taken to mark a joint item (the footnote itself is not in the text)'],
      [2, 'footnoteAssumedJoint', 'line 2: item 7 carries footnote mark *, taken to mark a joint item (the footnote itself is not in the text)'],
    ]);
  });

  it('undoes Markdown headings, bullets, bold and HTML tags', () => {
    expect(items('#### **1. 组织事项**\n- (a) <b>会议开幕</b>；\n* (b) 通过议程和工作安排。', 'zh').map((i) => [i.number, i.title])).toEqual([
      ['1', '组织事项'],
      ['1(a)', '会议开幕'],
      ['1(b)', '通过议程和工作安排'],
    ]);
  });

  it('joins a title to a number standing alone on its line, and a title wrapped after a colon', () => {
    expect(items('1.\nOrganizational matters:\n(a) Opening of the meeting.\n2. International cooperation in criminal matters:\npractical considerations.', 'en')).toEqual([
      { number: '1', title: 'Organizational matters' },
      { number: '1(a)', title: 'Opening of the meeting' },
      { number: '2', title: 'International cooperation in criminal matters: practical considerations' },
    ]);
  });

  it('joins a joint marker standing on a line of its own to the item above', () => {
    expect(items('5. 其他事项。\n（国际合作工作组和技术援助问题政府专家工作组的联合项目）', 'zh')).toEqual([
      { number: '5', title: '其他事项', joint: 'joint-5', jointWith: BOTH_BODIES_ZH },
    ]);
  });

  it('numbers sub-items of sub-items with roman numerals, and keeps "(i)" a letter after "(h)"', () => {
    const text = '3. Matters:\n(a) First;\n(i) one;\n(ii) two;\n(b) Second;\n(c) c;\n(d) d;\n(e) e;\n(f) f;\n(g) g;\n(h) h;\n(i) Ninth.';
    expect(items(text, 'en').map((i) => i.number)).toEqual(['3', '3(a)', '3(a)(i)', '3(a)(ii)', '3(b)', '3(c)', '3(d)', '3(e)', '3(f)', '3(g)', '3(h)', '3(i)']);
  });

  it('warns about what it leaves out or finds odd, by line', () => {
    expect(codes('(a) Opening;\n1. Organizational matters.\n3. Other matters.\nPrepared by the Secretariat.\n3. Adoption of the report.\n4.')).toEqual([
      [1, 'subItemWithoutItem'],
      [3, 'numberGap'],
      [4, 'ignoredLine'],
      [5, 'duplicateNumber'],
      [6, 'emptyTitle'],
    ]);
    expect(codes('Nothing here to import.')).toEqual([[undefined, 'noItems']]);
  });

  it('gives each warning in both languages', () => {
    const [warning] = parseAgenda('1. 组织事项。\n3. 其他事项。', 'zh').warnings;
    expect(warning!.message).toEqual({ en: 'line 2: item 3 follows item 1', zh: '第 2 行：项目 3 紧接在项目 1 之后' });
  });

  it('does not take dates, decimals or paragraphs of prose for items', () => {
    expect(items('2017年10月9日至13日，维也纳\n1.5 million documents\n8 July 2020', 'zh')).toEqual([]);
  });

  it('guesses the language of a text', () => {
    expect([guessLang(WG3_2017_ZH), guessLang(WG3_2017_EN)]).toEqual(['zh', 'en']);
  });
});

describe('mergeBilingual', () => {
  it('pairs the Chinese and English agendas by number; joint keys come from the English titles', () => {
    const merged = mergeBilingual(items(WG3_2017_ZH, 'zh'), items(WG3_2017_EN, 'en'));
    expect(merged.warnings).toEqual([]);
    const wg3 = fixtureSession().items.filter((item) => item.body === 'wg3');
    expect(merged.items.map((i) => [i.number, i.title])).toEqual(wg3.map((i) => [i.number, i.title]));
    expect(merged.items.filter((i) => i.joint).map((i) => [i.number, i.joint])).toEqual([
      ['5', 'development-questionnaire-review-implementation'],
      ['6', 'other-matters'],
      ['7', 'adoption-report'],
    ]);
    expect(merged.items[6]!.jointWith).toEqual({ zh: BOTH_BODIES_ZH });
  });

  it('keeps an item found in one language only and says so, in agenda order', () => {
    const zh: ImportedItem[] = [
      { number: '1', title: '组织事项' },
      { number: '2', title: '其他事项', joint: 'joint-2' },
    ];
    const en: ImportedItem[] = [
      { number: '1', title: 'Organizational matters' },
      { number: '1(a)', title: 'Opening of the meeting' },
      { number: '2', title: 'Other matters' },
    ];
    const merged = mergeBilingual(zh, en);
    expect(merged.items).toEqual([
      { number: '1', title: { zh: '组织事项', en: 'Organizational matters' } },
      { number: '1(a)', title: { en: 'Opening of the meeting' } },
      { number: '2', title: { zh: '其他事项', en: 'Other matters' }, joint: 'other-matters' },
    ]);
    expect(merged.warnings.map((w) => [w.code, w.lang, w.message.en])).toEqual([
      ['onlyInOneLanguage', 'en', 'item 1(a) is only in the English text'],
      ['jointInOneLanguage', 'zh', 'item 2 is marked joint only in the Chinese text'],
    ]);
  });
});

describe('addImportedItems', () => {
  const empty = () => newSession({ id: 's', bodies: 2, from: '2017-10-09', to: '2017-10-13' });

  it('adds the items to a body as one edit, and completes them when the other language is pasted later', () => {
    const first = addImportedItems(empty(), 'wg1', inLanguage(items(WG3_2017_ZH, 'zh'), 'zh'));
    if (!first.ok) throw new Error(first.error.en);
    expect(first.added).toHaveLength(9);
    const second = addImportedItems(first.session, 'wg1', inLanguage(items(WG3_2017_EN, 'en'), 'en'));
    if (!second.ok) throw new Error(second.error.en);
    expect([second.added, second.updated.length]).toEqual([[], 9]);
    const other = second.session.items.find((item) => item.number === '6')!;
    // The key from the first import stays: pairing, not importing, decides keys.
    expect(other).toMatchObject({ title: { zh: '其他事项', en: 'Other matters' }, joint: 'joint-6' });
  });

  it('never joins two bodies by importing: a key another item uses is made unique', () => {
    const en = inLanguage(items(WG3_2017_EN, 'en'), 'en');
    const once = addImportedItems(empty(), 'wg1', en);
    if (!once.ok) throw new Error(once.error.en);
    const twice = addImportedItems(once.session, 'wg2', en);
    if (!twice.ok) throw new Error(twice.error.en);
    expect(twice.session.items.filter((i) => i.body === 'wg2' && i.joint).map((i) => i.joint)).toEqual([
      'development-questionnaire-review-implementation-2',
      'other-matters-2',
      'adoption-report-2',
    ]);
  });

  it('refuses an unknown body, leaving the session as it was', () => {
    const result = addImportedItems(empty(), 'nobody', [{ number: '1', title: { en: 'Organizational matters' } }]);
    expect(result).toMatchObject({ ok: false, error: { en: 'there is no body with id "nobody"' } });
  });

  it('gives sessions that save and load again', () => {
    const { session } = expectOk(addImportedItems(empty(), 'wg1', inLanguage(items(WG2_2017_EN, 'en'), 'en')));
    expect(expectOk(parseSession(serializeSession(session))).session.items).toHaveLength(7);
  });
});
