// Runs in Node (tests). The whole "Provisional agenda and annotations" document as Word, for
// the 2017 session: masthead, both agendas, every annotation, every documentation symbol,
// the joint cross-reference and note, and the annex — in the order of the 2017 document.
import { describe, expect, it } from 'vitest';
import { documentToDocx } from '../../shared/export/docx/index.ts';
import { deriveAgendaDocument, deriveAnnex } from '../../shared/schedule/index.ts';
import { ANNOTATIONS, annotatedSession } from './ctoc-2017-annotated.ts';
import { docxParts, missingInOrder, paragraphsOf, plainTextOf, runsOf, tablesOf, textOf } from './docx-xml.ts';
import { docxToPdfText, hasOfficeTools, squeezed } from './libreoffice.ts';
import { paragraphsOf as annotationParagraphs } from '../../shared/schedule/agenda-document/annotations.ts';

const session = annotatedSession();

async function partsOf(lang: 'zh' | 'en' | 'both') {
  const parts = docxParts(await documentToDocx(session, lang));
  return { xml: parts['word/document.xml']!, footnotes: parts['word/footnotes.xml'] ?? '' };
}

/** The document's text in reading order: one entry per paragraph (table cells included), note marks left out. */
const textsOf = (xml: string) => paragraphsOf(xml).map(plainTextOf);

/** What the zh or en document must say, in this order. */
function expectedOrder(lang: 'zh' | 'en'): string[] {
  const doc = deriveAgendaDocument(session, lang);
  const annex = deriveAnnex(session, lang);
  return [
    ...doc.masthead.symbols,
    ...doc.masthead.lines,
    // The 2017 document names no meeting in the front matter.
    ...doc.bodies.flatMap((b) => [b.name, b.datesAndVenue]),
    doc.title,
    ...doc.bodies.flatMap((b) => [b.name, ...b.agenda.map((e) => `${e.label}\t${e.text}`)]),
    doc.headings.annotations,
    ...doc.bodies.flatMap((b) => [
      b.name,
      ...b.annotations.flatMap((s) => [`${s.label}\t${s.heading}`, ...(s.crossReference ? [s.crossReference] : []), ...s.paragraphs, ...(s.documents.length ? [doc.headings.documentation, ...s.documents] : [])]),
    ]),
    doc.headings.annex,
    annex.title,
    ...annex.days.flatMap((day) => [day.label, ...day.slots.flatMap((slot) => [slot.label, ...slot.rows.flatMap((row) => row.flatMap((c) => (c ? [c.item, c.title] : [])))])]),
  ];
}

describe('documentToDocx', () => {
  it.each(['zh', 'en'] as const)('says everything of the %s document in the order of the 2017 document', async (lang) => {
    const { xml } = await partsOf(lang);
    expect(missingInOrder(textsOf(xml), expectedOrder(lang))).toEqual([]);
  });

  it('holds both agendas, every annotation paragraph and every documentation symbol', async () => {
    const texts = textsOf((await partsOf('zh')).xml);
    const all = texts.join('\n');
    for (const item of session.items) {
      expect(texts.filter((t) => t.includes(`\t${item.title.zh!}`)).length, item.id).toBeGreaterThanOrEqual(1);
    }
    for (const annotation of Object.values(ANNOTATIONS)) for (const paragraph of annotationParagraphs(annotation.zh!)) expect(texts).toContain(paragraph);
    for (const symbol of session.items.flatMap((item) => item.documents ?? []).map((d) => d.symbol)) expect(all).toContain(symbol);
  });

  it('refers the joint item of the second body to the annotation of the first, after the first', async () => {
    const zh = textsOf((await partsOf('zh')).xml);
    const cross = zh.indexOf('该项目的说明见国际合作工作组第八次会议临时议程项目 5（上文）。');
    expect(cross).toBeGreaterThan(zh.indexOf(ANNOTATIONS['wg3-5']!.zh!));
    const en = textsOf((await partsOf('en')).xml);
    expect(en).toContain('For the annotation to this item, see item 5 of the provisional agenda of the eighth meeting of the Working Group on International Cooperation, above.');
  });

  it('footnotes the first joint item and repeats the number on the others, as the 2017 document does', async () => {
    const { xml, footnotes } = await partsOf('zh');
    expect(xml.match(/<w:footnoteReference w:id="1"\/>/g)).toHaveLength(1);
    expect(xml).not.toMatch(/<w:footnoteReference w:id="2"\/>/);
    expect(textOf(footnotes)).toContain('该项目将由两个工作组联合讨论。');
    // Item 5 carries the footnote; items 6 and 7, then 4 and 5 of the second body, its number.
    const headings = paragraphsOf(xml).filter((p) => p.includes('<w:pStyle w:val="Heading3"/>') && /(其他事项|通过报告)/.test(textOf(p)));
    expect(headings.map(textOf)).toEqual(['6.\t其他事项1', '7.\t通过报告1', '4.\t其他事项1', '5.\t通过报告1']);
    for (const heading of headings) {
      const mark = runsOf(heading).find((run) => textOf(run) === '1')!;
      expect(mark).toContain('<w:vertAlign w:val="superscript"/>');
    }
  });

  it('sets Times New Roman and SimSun on every run of the body and of the notes', async () => {
    const { xml, footnotes } = await partsOf('both');
    // Word's own parts of the notes (the note's number, the separator lines) take the document defaults.
    const runs = [...runsOf(xml), ...runsOf(footnotes).filter((run) => !/<w:(footnoteRef|separator|continuationSeparator)\/>/.test(run))];
    expect(runs.length).toBeGreaterThan(200);
    for (const run of runs) expect(run).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="SimSun" w:hAnsi="Times New Roman"\/>/);
    expect(docxParts(await documentToDocx(session, 'zh'))['word/styles.xml']).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*w:eastAsia="SimSun"/);
  });

  it('prints on A4, with the annex on a page of its own', async () => {
    const { xml } = await partsOf('zh');
    const sections = xml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)!;
    expect(sections).toHaveLength(2);
    for (const section of sections) expect(section).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    // The masthead and the annex.
    expect(tablesOf(xml)).toHaveLength(2);
  });

  it("'both' gives the Chinese document, then the English one, each with its masthead, notes and annex", async () => {
    const { xml, footnotes } = await partsOf('both');
    expect(missingInOrder(textsOf(xml), [...expectedOrder('zh'), ...expectedOrder('en')])).toEqual([]);
    expect(tablesOf(xml)).toHaveLength(4);
    // Notes are numbered through the file: the English one is note 2.
    expect(xml).toMatch(/<w:footnoteReference w:id="2"\/>/);
    expect(textOf(footnotes)).toContain('The item will be discussed jointly by the two working groups.');
  });

  it.skipIf(!hasOfficeTools)(`opens in LibreOffice in both languages${hasOfficeTools ? '' : ' (skipped: soffice or pdftotext not installed)'}`, async () => {
    const { text } = docxToPdfText(await documentToDocx(session, 'both'), 'document-both');
    const flat = squeezed(text);
    for (const want of ['临时议程和说明', '该项目的说明见国际合作工作组第八次会议临时议程项目5（上文）。', '拟议工作安排', 'Provisionalagendaandannotations', 'Proposedorganizationofwork']) {
      expect(flat).toContain(want);
    }
  }, 120_000);
});
