// Runs in Node (tests). The agenda conventions of other years, on the complete 2017 session:
// its defaults read as the 2017 document, and each convention switched the other way round
// reads as the documents of those years do — the joint mark before the full stop (and
// before a heading's colon), short or long, the bodies in either order, the footnote named
// or left out, the other title, no 工作组 over the annex; an item may depart from its
// session. Also the new optional fields in the file: the convening organ and the explicit
// cross-reference.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldsOf, SESSION_SHAPE } from '../../shared/merge/fields.ts';
import { parseSession, serializeSession, type DocumentConventions, type Item, type Session } from '../../shared/model/index.ts';
import { deriveAgendaDocument, type AgendaDocument } from '../../shared/schedule/index.ts';
import { DOCUMENT_FIXTURE_FILE, documentFixtureSession, fixtureText } from './fixtures.ts';

const base = documentFixtureSession();
const withConventions = (conventions: DocumentConventions, session: Session = base): Session => ({ ...session, conventions });
const agendaOf = (doc: AgendaDocument, body: string) => doc.bodies.find((b) => b.id === body)!.agenda.map((entry) => entry.text);
const sectionOf = (doc: AgendaDocument, itemId: string) => doc.bodies.flatMap((b) => b.annotations).find((s) => s.itemId === itemId)!;
const LONG_ZH = '（国际合作工作组和技术援助问题政府专家工作组的联合项目）';
const QUESTIONNAIRE_ZH = '依照公约缔约方会议第8/2号决议，拟订调查表用于审议《联合国打击跨国有组织犯罪公约》实施情况';

/** The 2017 session with the organizational matters of both bodies joint by their heading, as some years mark them. */
function jointHeadings(session: Session): Session {
  return { ...session, items: session.items.map((item): Item => (item.number === '1' ? { ...item, joint: 'organizational' } : item)) };
}

describe('agenda conventions: the 2017 defaults', () => {
  const zh = deriveAgendaDocument(base, 'zh');

  it('marks joint items after the full stop, naming the bodies the first time in each agenda', () => {
    expect(agendaOf(zh, 'wg3').slice(-3)).toEqual([`${QUESTIONNAIRE_ZH}。${LONG_ZH}`, '其他事项。（联合项目）', '通过报告。（联合项目）']);
    expect(agendaOf(zh, 'wg2')).toEqual(['组织事项：', '会议开幕；', '通过议程和工作安排。', `${QUESTIONNAIRE_ZH}。${LONG_ZH}`, '缔约国就《联合国打击跨国有组织犯罪公约》及其各项议定书的实施和相关技术援助提供信息的状况。', '其他事项。（联合项目）', '通过报告。（联合项目）']);
  });

  it('notes "by the two working groups", titles the document as the session does and puts 工作组 over the annex', () => {
    expect(sectionOf(zh, 'wg3-5').note).toBe('该项目将由两个工作组联合讨论。');
    expect(sectionOf(deriveAgendaDocument(base, 'en'), 'wg3-5').note).toBe('The item will be discussed jointly by the two working groups.');
    expect(zh.title).toBe('临时议程和说明');
    expect(zh.annexBodiesHeading).toBe('工作组');
    expect(deriveAgendaDocument(base, 'en').annexBodiesHeading).toBe('Working groups');
  });

  it("refers the technical-assistance group's 1(b), which is not joint, to the other group's annotation", () => {
    expect(sectionOf(zh, 'wg2-1b')).toMatchObject({ crossReference: '该项目的说明见国际合作工作组第八次会议临时议程项目 1(b)（上文）。', paragraphs: [] });
    expect(sectionOf(deriveAgendaDocument(base, 'en'), 'wg2-1b').crossReference).toBe(
      'For the annotation to this item, see item 1(b) of the provisional agenda of the eighth meeting of the Working Group on International Cooperation, above.',
    );
  });

  it('writes the convening organ into the masthead', () => {
    expect(zh.masthead.convener).toBe('联合国打击跨国有组织犯罪公约缔约方会议');
    expect(deriveAgendaDocument(base, 'en').masthead.convener).toBe('Conference of the Parties to the United Nations Convention against Transnational Organized Crime');
  });
});

describe('agenda conventions switched the other way round', () => {
  it('puts the mark before the full stop, and before the colon of a joint heading', () => {
    const zh = deriveAgendaDocument(withConventions({ jointMarkPlace: 'before-stop' }, jointHeadings(base)), 'zh');
    expect(agendaOf(zh, 'wg3')[0]).toBe(`组织事项${LONG_ZH}：`);
    // The sub-items inherit the heading's joint discussion, but the agenda marks the heading only.
    expect(agendaOf(zh, 'wg3').slice(1, 3)).toEqual(['会议开幕；', '通过议程和工作安排。']);
    expect(agendaOf(zh, 'wg3').slice(-3)).toEqual([`${QUESTIONNAIRE_ZH}（联合项目）。`, '其他事项（联合项目）。', '通过报告（联合项目）。']);
    const en = deriveAgendaDocument(withConventions({ jointMarkPlace: 'after-stop' }), 'en');
    expect(agendaOf(en, 'wg3').at(-1)).toBe('Adoption of the report. (joint item)');
  });

  it('uses the short mark everywhere, or names the bodies every time', () => {
    const short = deriveAgendaDocument(withConventions({ jointMarkForm: 'short' }), 'zh');
    expect(agendaOf(short, 'wg3').slice(-3)).toEqual([`${QUESTIONNAIRE_ZH}。（联合项目）`, '其他事项。（联合项目）', '通过报告。（联合项目）']);
    const named = deriveAgendaDocument(withConventions({ jointMarkForm: 'named' }), 'zh');
    expect(agendaOf(named, 'wg2').slice(-2)).toEqual([`其他事项。${LONG_ZH}`, `通过报告。${LONG_ZH}`]);
  });

  it("names the agenda's own body first when the session says so", () => {
    const doc = deriveAgendaDocument(withConventions({ jointBodyOrder: 'own-first', jointNote: 'named' }), 'zh');
    expect(agendaOf(doc, 'wg2')[3]).toBe(`${QUESTIONNAIRE_ZH}。（技术援助问题政府专家工作组和国际合作工作组的联合项目）`);
    expect(agendaOf(doc, 'wg3')[6]).toBe(`${QUESTIONNAIRE_ZH}。${LONG_ZH}`);
    // Only a later body's own agenda reverses the order; the leading body's note is its own first.
    expect(sectionOf(doc, 'wg3-5').note).toBe('该项目将由国际合作工作组和技术援助问题政府专家工作组联合讨论。');
  });

  it('names the bodies in the footnote, or gives no footnote', () => {
    const named = deriveAgendaDocument(withConventions({ jointNote: 'named' }), 'en');
    expect(sectionOf(named, 'wg3-5').note).toBe('The item will be discussed jointly by the Working Group on International Cooperation and the Working Group of Government Experts on Technical Assistance.');
    const none = deriveAgendaDocument(withConventions({ jointNote: 'none' }), 'zh');
    expect(none.bodies.flatMap((b) => b.annotations).filter((s) => s.note !== undefined)).toEqual([]);
  });

  it('titles the document "临时议程说明" / "Annotated provisional agenda" and leaves 工作组 out of the annex', () => {
    const session = withConventions({ titleVariant: 'annotated', annexBodiesHeader: false });
    expect(deriveAgendaDocument(session, 'zh')).toMatchObject({ title: '临时议程说明' });
    expect(deriveAgendaDocument(session, 'en')).toMatchObject({ title: 'Annotated provisional agenda' });
    expect(deriveAgendaDocument(session, 'zh').annexBodiesHeading).toBeUndefined();
    expect(deriveAgendaDocument(withConventions({ titleVariant: 'annotations' }), 'en').title).toBe('Provisional agenda and annotations');
  });

  it('lets one item depart from its session', () => {
    const items = base.items.map((item): Item => (item.id === 'wg3-7' ? { ...item, conventions: { jointMarkForm: 'named', jointMarkPlace: 'before-stop' } } : item));
    const doc = deriveAgendaDocument({ ...base, items }, 'zh');
    expect(agendaOf(doc, 'wg3').slice(-2)).toEqual(['其他事项。（联合项目）', `通过报告${LONG_ZH}。`]);
    expect(agendaOf(doc, 'wg2').at(-1)).toBe('通过报告。（联合项目）');
  });
});

describe('cross-references the officer sets', () => {
  it('says "below" when the other body comes later, and keeps what the item says itself', () => {
    const items = base.items.map((item): Item => (item.id === 'wg3-4' ? { ...item, seeAnnotationOf: 'wg2-3', annotation: { zh: '另见下文。' } } : item));
    const section = sectionOf(deriveAgendaDocument({ ...base, items }, 'zh'), 'wg3-4');
    expect(section.crossReference).toBe('该项目的说明见技术援助问题政府专家工作组第十次会议临时议程项目 3（下文）。');
    expect(section.paragraphs).toEqual(['另见下文。']);
  });

  it('ignores a reference to an item that is not there or is of the same body', () => {
    for (const target of ['nowhere', 'wg2-1a']) {
      const items = base.items.map((item): Item => (item.id === 'wg2-1b' ? { ...item, seeAnnotationOf: target } : item));
      expect(sectionOf(deriveAgendaDocument({ ...base, items }, 'zh'), 'wg2-1b').crossReference).toBeUndefined();
    }
  });
});

describe('the new fields in the session file', () => {
  it('saves the document fixture exactly as it is written (key order of the new fields included)', () => {
    expect(serializeSession(base)).toBe(readFileSync(DOCUMENT_FIXTURE_FILE, 'utf8'));
    const saved = serializeSession(withConventions({ annexBodiesHeader: false, titleVariant: 'annotated', jointNote: 'none', jointMarkPlace: 'before-stop' }));
    expect(saved).toContain('"conventions": {\n    "jointMarkPlace": "before-stop",\n    "jointNote": "none",\n    "titleVariant": "annotated",\n    "annexBodiesHeader": false\n  },\n  "bodies"');
    expect(saved.indexOf('"convener"')).toBeLessThan(saved.indexOf('"venue"'));
  });

  it('still loads files without them, and refuses a convention it does not know with a message in both languages', () => {
    expect(parseSession(fixtureText).ok).toBe(true);
    const bad = parseSession(JSON.stringify({ ...JSON.parse(fixtureText), conventions: { jointNote: 'footnote' } }));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors[0]!.path).toBe('$.conventions.jointNote');
    expect(bad.errors[0]!.message.en).not.toBe('');
    expect(bad.errors[0]!.message.zh).not.toBe(bad.errors[0]!.message.en);
  });

  it('compares and merges the convening organ language by language', () => {
    const fields = fieldsOf(base, SESSION_SHAPE);
    expect(fields.get('convener.zh')).toBe('联合国打击跨国有组织犯罪公约缔约方会议');
    expect(fields.get('convener')).toBe(true);
  });
});
