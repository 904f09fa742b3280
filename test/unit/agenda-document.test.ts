// Runs in Node (tests). deriveAgendaDocument: the text of the whole agenda document, which
// every document export lays out — agenda punctuation and sub-items, joint marks, joint
// notes and cross-references, masthead lines, dates and venue.
import { describe, expect, it } from 'vitest';
import type { Item, Session } from '../../shared/model/index.ts';
import { deriveAgendaDocument } from '../../shared/schedule/index.ts';
import { annotatedSession } from './ctoc-2017-annotated.ts';

const session = annotatedSession();
const zh = deriveAgendaDocument(session, 'zh');
const en = deriveAgendaDocument(session, 'en');
const bodyOf = (doc: typeof zh, id: string) => doc.bodies.find((b) => b.id === id)!;
const sectionOf = (doc: typeof zh, itemId: string) => doc.bodies.flatMap((b) => b.annotations).find((s) => s.itemId === itemId)!;

describe('deriveAgendaDocument: agendas', () => {
  it('punctuates as the 2017 agenda: a colon before sub-items, semicolons between them, a full stop after the last', () => {
    expect(bodyOf(zh, 'wg3').agenda.slice(0, 4).map((e) => [e.level, e.label, e.text])).toEqual([
      [0, '1.', '组织事项：'],
      [1, '(a)', '会议开幕；'],
      [1, '(b)', '通过议程和工作安排。'],
      [0, '2.', '移交刑事诉讼作为一种独立的刑事事项国际合作形式，这方面的实际考虑因素、良好做法和挑战。'],
    ]);
    expect(bodyOf(en, 'wg3').agenda.slice(0, 3).map((e) => e.text)).toEqual(['Organizational matters:', 'Opening of the meeting;', 'Adoption of the agenda and organization of work.']);
  });

  it('names both bodies at the first joint item of each agenda and says only "joint item" after that', () => {
    expect(bodyOf(zh, 'wg3').agenda.map((e) => e.text).slice(6)).toEqual([
      '依照公约缔约方会议第8/2号决议，拟订调查表用于审议《联合国打击跨国有组织犯罪公约》实施情况。（国际合作工作组和技术援助问题政府专家工作组的联合项目）',
      '其他事项。（联合项目）',
      '通过报告。（联合项目）',
    ]);
    expect(bodyOf(en, 'wg2').agenda.map((e) => e.text).slice(3)).toEqual([
      'Development of the questionnaire for the review of the implementation of the United Nations Convention against Transnational Organized Crime, in accordance with Conference resolution 8/2 (joint item of the Working Group on International Cooperation and the Working Group of Government Experts on Technical Assistance).',
      'Status of the provision of information by States parties on the implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto and related technical assistance.',
      'Other matters (joint item).',
      'Adoption of the report (joint item).',
    ]);
  });

  it('names the bodies again when a joint item is shared by another set of bodies', () => {
    const three: Session = {
      ...session,
      bodies: [...session.bodies, { id: 'wg4', name: { en: 'Working Group on Trafficking in Persons', zh: '贩运人口问题工作组' }, from: '2017-10-09', to: '2017-10-13' }],
      items: [
        { id: 'a1', body: 'wg3', number: '1', title: { en: 'One' }, joint: 'x' },
        { id: 'b1', body: 'wg2', number: '1', title: { en: 'One' }, joint: 'x' },
        { id: 'a2', body: 'wg3', number: '2', title: { en: 'Two' }, joint: 'y' },
        { id: 'c2', body: 'wg4', number: '2', title: { en: 'Two' }, joint: 'y' },
        { id: 'a3', body: 'wg3', number: '3', title: { en: 'Three' }, joint: 'z' },
        { id: 'b3', body: 'wg2', number: '3', title: { en: 'Three' }, joint: 'z' },
        // A second item of one body under a key (a planning error the rules report) names no body twice.
        { id: 'a4', body: 'wg3', number: '4', title: { en: 'Four' }, joint: 'x' },
      ],
      days: [],
    };
    expect(bodyOf(deriveAgendaDocument(three, 'en'), 'wg3').agenda.map((e) => e.text)).toEqual([
      'One (joint item of the Working Group on International Cooperation and the Working Group of Government Experts on Technical Assistance).',
      'Two (joint item of the Working Group on International Cooperation and the Working Group on Trafficking in Persons).',
      'Three (joint item).',
      'Four (joint item).',
    ]);
  });

  it('lists items in number order, whatever order the file has them in, sub-items of sub-items one level further in', () => {
    const numbers = ['2', '1(b)', '10', '1', '1(a)(ii)', '1(a)', '1(a)(i)'];
    const items: Item[] = numbers.map((number) => ({ id: number, body: 'wg3', number, title: { en: `Item ${number}` } }));
    const doc = deriveAgendaDocument({ ...session, items, days: [] }, 'en');
    expect(bodyOf(doc, 'wg3').agenda.map((e) => [e.level, e.label, e.text])).toEqual([
      [0, '1.', 'Item 1:'],
      [1, '(a)', 'Item 1(a):'],
      [2, '(i)', 'Item 1(a)(i);'],
      [2, '(ii)', 'Item 1(a)(ii);'],
      [1, '(b)', 'Item 1(b).'],
      [0, '2.', 'Item 2.'],
      [0, '10.', 'Item 10.'],
    ]);
  });

  it('punctuates titles typed with list punctuation of their own only once', () => {
    const items: Item[] = [
      { id: 'h', body: 'wg3', number: '1', title: { zh: '组织事项：' } },
      { id: 'a', body: 'wg3', number: '1(a)', title: { zh: '会议开幕；' } },
      { id: 'b', body: 'wg3', number: '1(b)', title: { zh: '通过议程和工作安排。' } },
    ];
    const doc = deriveAgendaDocument({ ...session, items, days: [] }, 'zh');
    expect(bodyOf(doc, 'wg3').agenda.map((e) => e.text)).toEqual(['组织事项：', '会议开幕；', '通过议程和工作安排。']);
    expect(bodyOf(doc, 'wg3').annotations.map((s) => s.heading)).toEqual(['组织事项', '会议开幕', '通过议程和工作安排']);
  });

  it('lists a sub-item whose heading is not on the agenda as an item of its own', () => {
    const items: Item[] = [{ id: 'x', body: 'wg3', number: '4(a)', title: { en: 'Orphan.' } }];
    const doc = deriveAgendaDocument({ ...session, items, days: [] }, 'en');
    expect(bodyOf(doc, 'wg3').agenda).toEqual([{ itemId: 'x', level: 0, label: '4(a).', text: 'Orphan.' }]);
  });
});

describe('deriveAgendaDocument: annotations', () => {
  it('splits an annotation into paragraphs and lists documents as "title (symbol)"', () => {
    expect(sectionOf(zh, 'wg3-1b').paragraphs).toHaveLength(2);
    expect(sectionOf(zh, 'wg3-2').documents).toEqual([
      '秘书处编写的背景文件，内容是，移交刑事诉讼作为一种独立的刑事事项国际合作形式，这方面的实际考虑因素、良好做法和遇到的挑战（CTOC/COP/WG.3/2017/2）',
    ]);
    expect(sectionOf(en, 'wg2-3').documents[0]).toMatch(/related technical assistance \(CTOC\/COP\/WG\.2\/2017\/3\)$/);
  });

  it('refers the second body of a joint item to the first body\'s annotation, exactly as the 2017 document words it', () => {
    expect(sectionOf(zh, 'wg2-2')).toMatchObject({ crossReference: '该项目的说明见国际合作工作组第八次会议临时议程项目 5（上文）。', paragraphs: [], documents: [] });
    expect(sectionOf(en, 'wg2-2').crossReference).toBe(
      'For the annotation to this item, see item 5 of the provisional agenda of the eighth meeting of the Working Group on International Cooperation, above.',
    );
    expect(sectionOf(zh, 'wg2-2').note).toBeUndefined();
  });

  it('keeps a joint item\'s own annotation when it says something else, and marks it with the joint note', () => {
    const own = sectionOf(zh, 'wg2-4');
    expect(own.crossReference).toBeUndefined();
    expect(own.paragraphs).toEqual(['鉴于秘书处尚未注意到需在项目 4 下提出任何议题，目前预期不会有任何关于这一项目的文件。']);
    expect(own.note).toBe('该项目将由两个工作组联合讨论。');
    expect(sectionOf(zh, 'wg3-5').note).toBe(own.note);
  });

  it('does not refer to a leading item that has nothing to say', () => {
    // wg3-7 and wg2-5 (adoption of the report) have no annotation and no documents.
    expect(sectionOf(zh, 'wg2-5').crossReference).toBeUndefined();
  });

  it('refers when the annotation would only repeat the leading one, and still lists documents the leading item does not', () => {
    const items = session.items.map((item) =>
      item.id === 'wg2-2' ? { ...item, annotation: session.items.find((i) => i.id === 'wg3-5')!.annotation, documents: [...item.documents!, { symbol: 'CTOC/COP/WG.2/2017/CRP.1' }] } : item,
    );
    const section = sectionOf(deriveAgendaDocument({ ...session, items }, 'en'), 'wg2-2');
    expect(section.crossReference).toBeDefined();
    expect(section.paragraphs).toEqual([]);
    expect(section.documents).toEqual(['CTOC/COP/WG.2/2017/CRP.1']);
  });

  it('leaves the meeting out of the cross-reference when the leading body has none', () => {
    const bodies = session.bodies.map((body) => ({ ...body, meeting: undefined }));
    expect(sectionOf(deriveAgendaDocument({ ...session, bodies }, 'zh'), 'wg2-2').crossReference).toBe('该项目的说明见国际合作工作组临时议程项目 5（上文）。');
  });
});

describe('deriveAgendaDocument: masthead and bodies', () => {
  it('writes the distribution block in English in every version, as the Chinese 2017 document does', () => {
    expect(zh.masthead).toEqual({
      organization: '联合国',
      symbols: ['CTOC/COP/WG.3/2017/1', 'CTOC/COP/WG.2/2017/1'],
      lines: ['Distr.: General', '19 July 2017', 'Chinese', 'Original: English'],
    });
    // The original names no language of its own.
    expect(en.masthead.lines).toEqual(['Distr.: General', '19 July 2017', 'Original: English']);
  });

  it('says "Distr.: Limited", and leaves out what the session does not know', () => {
    const { issued: _issued, originalLanguage: _original, ...rest } = session;
    expect(deriveAgendaDocument({ ...rest, distribution: 'limited' }, 'en').masthead.lines).toEqual(['Distr.: Limited', 'English']);
  });

  it('gives each body its meeting, dates and venue', () => {
    expect(zh.bodies.map((b) => [b.name, b.meeting, b.datesAndVenue])).toEqual([
      ['国际合作工作组', '第八次会议', '2017年10月9日至13日，维也纳'],
      ['技术援助问题政府专家工作组', '第十次会议', '2017年10月11日至13日，维也纳'],
    ]);
    expect(en.bodies.map((b) => [b.meeting, b.datesAndVenue])).toEqual([
      ['Eighth meeting', 'Vienna, 9–13 October 2017'],
      ['Tenth meeting', 'Vienna, 11–13 October 2017'],
    ]);
    const { venue: _venue, ...noVenue } = session;
    expect(deriveAgendaDocument(noVenue, 'en').bodies[0]!.datesAndVenue).toBe('9–13 October 2017');
  });

  it('carries the title, the headings and the annex table', () => {
    expect([zh.title, zh.headings.annotations, zh.headings.documentation, zh.headings.annex, zh.annex.title]).toEqual(['临时议程和说明', '说明', '文件', '附件', '拟议工作安排']);
    expect([en.title, en.headings.annotations, en.headings.documentation, en.headings.annex, en.annex.title]).toEqual([
      'Provisional agenda and annotations',
      'Annotations',
      'Documentation',
      'Annex',
      'Proposed organization of work',
    ]);
  });
});
