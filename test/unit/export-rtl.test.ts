// Runs in Node (tests). Issue 16 point 3, the exports: an Arabic document runs right to left
// in Word (bidi paragraphs, tables visually right to left so the date and time column is the
// rightmost, rtl runs in an Arabic complex-script font tagged ar-SA, symbols kept as
// left-to-right runs, right-to-left sections) and in HTML (dir="rtl", lang="ar", logical CSS,
// symbols isolated); the other languages are tagged for their dictionaries; Chinese and
// English files carry none of it; and a six-language session exports every language in one
// file with --lang all. The session is the 2017 document's with real Arabic, French, Spanish
// and Russian titles (six-language-session.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directionalRuns, LRM, withDirectionMarks } from '../../shared/export/bidi.ts';
import { annexToDocx, documentToDocx } from '../../shared/export/docx/index.ts';
import { annexToHtml } from '../../shared/export/html/annex-html.ts';
import { documentToHtml } from '../../shared/export/html/document-html.ts';
import { EXPORT_CSS } from '../../shared/export/html/styles.ts';
import { annexLines } from '../../shared/export/annex-rows.ts';
import { label } from '../../shared/i18n.ts';
import { deriveAnnex } from '../../shared/schedule/annex.ts';
import { serializeSession } from '../../shared/model/index.ts';
import { cli } from './cli-harness.ts';
import { cellsOf, docxParts, paragraphsOf, rowsOf, runsOf, tablesOf, textOf } from './docx-xml.ts';
import { markupProblems } from './export-helpers.ts';
import { docxToPdfWords, hasOfficeTools } from './libreoffice.ts';
import { documentFixtureSession } from './fixtures.ts';
import { sixLanguageSession } from './six-language-session.ts';

const six = sixLanguageSession();
const SYMBOL = 'CTOC/COP/WG.3/2017/3-CTOC/COP/WG.2/2017/2';
const isRtl = (run: string) => run.includes('<w:rtl/>');
const OFFICE_NOTE = hasOfficeTools ? '' : ' (skipped: soffice or pdftotext not installed)';
/** Text without the left-to-right marks that hold a run's weak ends. */
const plain = (text: string) => text.replaceAll(LRM, '');
const sectionsOf = (xml: string) => xml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
/** Every part of the package that holds text: the body, headers, footers, footnotes. */
const textParts = (parts: Record<string, string>) => Object.entries(parts).filter(([path]) => /^word\/(document|header\d+|footer\d+|footnotes)\.xml$/.test(path));

describe('directional runs of Arabic text', () => {
  it('cuts out Latin words and symbols, brackets and spaces staying with the Arabic', () => {
    expect(directionalRuns('الوثيقة (CTOC/COP/WG.3/2017/1) والتقرير')).toEqual([
      { text: 'الوثيقة (', direction: 'rtl' },
      { text: 'CTOC/COP/WG.3/2017/1', direction: 'ltr' },
      { text: ') والتقرير', direction: 'rtl' },
    ]);
    expect(directionalRuns('افتتاح الدورة 2017')).toEqual([{ text: 'افتتاح الدورة 2017', direction: 'rtl' }]);
    // A resolution number before a bracketed symbol is the Arabic sentence's.
    expect(directionalRuns('بقرار المؤتمر 8/2 (CTOC/COP/WG.3/2017/3)').map((run) => run.text)).toEqual(['بقرار المؤتمر 8/2 (', 'CTOC/COP/WG.3/2017/3', ')']);
    // A number, an item label or a time written the Latin way is one run with its letters.
    expect(directionalRuns('البند 1(a) الساعة 10 a.m.–1 p.m.').map((run) => run.text)).toEqual(['البند ', '1(a)', ' الساعة ', '10 a.m.–1 p.m.']);
  });

  it('marks the weak ends of a left-to-right run, and only those', () => {
    expect(withDirectionMarks('CTOC/COP/WG.3/2017/1')).toBe('CTOC/COP/WG.3/2017/1');
    expect(withDirectionMarks('1(a)')).toBe(`${LRM}1(a)${LRM}`);
    expect(withDirectionMarks('p.m.')).toBe(`p.m.${LRM}`);
  });
});

describe('an Arabic annex in Word', async () => {
  const docx = await annexToDocx(six, 'ar');
  const parts = docxParts(docx);
  const xml = parts['word/document.xml']!;
  const table = tablesOf(xml)[0]!;
  const rows = rowsOf(table);

  it('is laid out right to left: every paragraph bidi, the table visually right to left, the section too', () => {
    const paragraphs = paragraphsOf(xml);
    expect(paragraphs.length).toBeGreaterThan(50);
    for (const paragraph of paragraphs) expect(paragraph).toMatch(/<w:pPr>[\s\S]*<w:bidi\/>[\s\S]*<\/w:pPr>/);
    expect(table).toMatch(/^<w:tbl><w:tblPr>(?:(?!<\/w:tblPr>)[\s\S])*<w:bidiVisual\/>/);
    const sections = sectionsOf(xml);
    expect(sections).toHaveLength(1);
    expect(sections[0]).toContain('<w:bidi/><w:docGrid');
  });

  it('keeps the columns in their logical order, which bidiVisual prints mirrored: date and time first, so on the right', () => {
    const header = cellsOf(rows[0]!).map(textOf);
    expect(header[0]).toBe(label('doc:annex.dateAndTime', 'ar'));
    const monday = rows.findIndex((row) => textOf(row) === annexLines(deriveAnnex(six, 'ar'))[0]!.dayLabel);
    expect(monday).toBeGreaterThan(0);
    const first = cellsOf(rows[monday + 1]!).map((cell) => plain(textOf(cell)));
    expect(first.slice(1, 3)).toEqual(['1\u00a0(أ)', 'افتتاح الاجتماع']);
    expect(first[0]).not.toBe('');
    // The widths follow the cells: the narrow date column first.
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid[0]).toBeLessThan(grid[2]!);
  });

  it('sets Arabic runs right to left in an Arabic face, tagged ar-SA', () => {
    const arabic = runsOf(xml).filter((run) => textOf(run).includes('افتتاح الاجتماع'));
    expect(arabic.length).toBeGreaterThan(0);
    for (const run of arabic) {
      expect(run).toContain('<w:rtl/>');
      expect(run).toContain('w:cs="Simplified Arabic"');
      expect(run).toContain('<w:lang w:bidi="ar-SA"/>');
    }
  });

  it('sets Arabic a step larger than Latin in every style (complex-script size), Chinese and English files keeping their styles', async () => {
    const sizes = (styles: string, id: string) => new RegExp(`w:styleId="${id}"[\\s\\S]*?<w:sz w:val="(\\d+)"/><w:szCs w:val="(\\d+)"/>`).exec(styles)!.slice(1).map(Number);
    expect(sizes(parts['word/styles.xml']!, 'OrgworkTableText')).toEqual([18, 22]);
    expect(sizes(parts['word/styles.xml']!, 'Heading1')).toEqual([24, 28]);
    expect(parts['word/styles.xml']).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>.*<w:sz w:val="20"\/><w:szCs w:val="24"\/>/);
    const zh = docxParts(await annexToDocx(six, 'zh'))['word/styles.xml']!;
    expect(sizes(zh, 'OrgworkTableText')).toEqual([18, 18]);
  });

  it.skipIf(!hasOfficeTools)(`prints mirrored in LibreOffice: the first body's columns right of the second's, the time rightmost, "1 (أ)" read from the right${OFFICE_NOTE}`, () => {
    const words = docxToPdfWords(docx, 'annex-ar').map((word) => ({ ...word, text: plain(word.text) }));
    // 1 (أ) of the first body on Monday, of the second on Wednesday (one page). pdftotext
    // gives right-to-left words in the order they are drawn: "(أ)" as ")أ(", left of its "1".
    const [first, second] = words.filter((word) => word.text === ')أ(').sort((a, b) => a.y - b.y);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    const number = words.find((word) => word.text === '1' && Math.abs(word.y - first!.y) < 2 && word.x > first!.x);
    expect(number!.x - first!.x).toBeLessThan(30);
    expect(first!.x).toBeGreaterThan(second!.x + 100);
    // On the first body's line, its title to the left of its number and the time to the right.
    const line = words.filter((word) => word.page === first!.page && Math.abs(word.y - first!.y) < 2);
    expect(Math.min(...line.map((word) => word.x))).toBeLessThan(first!.x - 20);
    expect(Math.max(...line.map((word) => word.x))).toBeGreaterThan(first!.x + 20);
  }, 120_000);
});

describe('the whole Arabic document in Word', async () => {
  const docx = await documentToDocx(six, 'ar');
  const parts = docxParts(docx);
  const xml = parts['word/document.xml']!;

  it('keeps a symbol inside Arabic text as a left-to-right run between right-to-left ones', () => {
    const entry = paragraphsOf(xml).find((p) => textOf(p).includes(SYMBOL) && textOf(p).startsWith('مشروع استبيان'))!;
    expect(entry).toBeDefined();
    const runs = runsOf(entry);
    const symbol = runs.findIndex((run) => textOf(run) === SYMBOL);
    expect(symbol).toBeGreaterThan(0);
    expect(isRtl(runs[symbol]!)).toBe(false);
    expect(textOf(runs[symbol - 1]!)).toMatch(/8\/2 \($/);
    expect(isRtl(runs[symbol - 1]!)).toBe(true);
    expect(textOf(runs[symbol + 1]!)).toBe(')');
    expect(isRtl(runs[symbol + 1]!)).toBe(true);
    // Resolution numbers inside Arabic stay in the Arabic run, as Arabic typing leaves them.
    expect(runs.filter((run) => !isRtl(run)).map(textOf)).toEqual([SYMBOL]);
  });

  it('mirrors the masthead and hangs agenda labels from the right edge (start), with start tab stops', () => {
    const masthead = tablesOf(xml)[0]!;
    expect(masthead).toMatch(/^<w:tbl><w:tblPr>(?:(?!<\/w:tblPr>)[\s\S])*<w:bidiVisual\/>/);
    expect(masthead).toContain('<w:jc w:val="end"/>');
    expect(masthead).not.toMatch(/<w:jc w:val="(left|right)"\/>/);
    const item = paragraphsOf(xml).find((p) => plain(textOf(p)) === '1.\tالمسائل التنظيمية')!;
    expect(item).toContain('<w:bidi/>');
    expect(item).toMatch(/<w:ind w:start="1134" w:hanging="567"\/>/);
    expect(item).toContain('<w:tab w:val="start" w:pos="1134"/>');
    expect(xml).not.toMatch(/<w:ind w:left=/);
  });

  it('says every section is right to left, and puts its header, page number and footnote right to left too', () => {
    const sections = sectionsOf(xml);
    expect(sections).toHaveLength(2);
    for (const section of sections) expect(section).toContain('<w:bidi/><w:docGrid');
    const headers = Object.entries(parts).filter(([path]) => /^word\/(header|footer)\d+\.xml$/.test(path));
    for (const [path, part] of headers) for (const paragraph of paragraphsOf(part)) expect(paragraph, path).toContain('<w:bidi/>');
    const running = headers.map(([, part]) => part).find((part) => part.includes('CTOC/COP/WG.3/2017/1'))!;
    expect(runsOf(running).filter((run) => textOf(run) === 'CTOC/COP/WG.3/2017/1').every((run) => !isRtl(run))).toBe(true);
    const pageNumber = headers.map(([, part]) => part).find((part) => part.includes('PAGE'))!;
    expect(runsOf(pageNumber).some(isRtl)).toBe(true);
    const note = paragraphsOf(parts['word/footnotes.xml']!).at(-1)!;
    expect(note).toContain('<w:bidi/>');
    expect(runsOf(note).some(isRtl)).toBe(true);
  });

  it.skipIf(!hasOfficeTools)(`prints a symbol inside Arabic whole in LibreOffice, left of the resolution number that precedes it${OFFICE_NOTE}`, () => {
    const words = docxToPdfWords(docx, 'document-ar').map((word) => ({ ...word, text: plain(word.text).replace(/[()]/g, '') }));
    // The symbol may break after its hyphen, as any text does: then its second half opens the next line.
    const [head, tail] = SYMBOL.split('-') as [string, string];
    const symbol = words.find((word) => word.text === SYMBOL || word.text === `${head}-`)!;
    expect(symbol).toBeDefined();
    if (symbol.text !== SYMBOL) expect(words.some((word) => word.page === symbol.page && word.text === tail && word.y > symbol.y + 4 && word.y < symbol.y + 30)).toBe(true);
    const resolution = words.find((word) => word.page === symbol.page && Math.abs(word.y - symbol.y) < 4 && word.text === '8/2');
    expect(resolution).toBeDefined();
    expect(symbol.x).toBeLessThan(resolution!.x);
  }, 120_000);

  it('sets the Documentation subheading in bold, as Arabic type has no italics', () => {
    const heading = paragraphsOf(xml).find((p) => textOf(p) === label('doc:document.documentation', 'ar'));
    expect(heading).toBeDefined();
    expect(heading).toContain('<w:b/>');
    expect(heading).not.toContain('<w:i/>');
  });
});

describe('Chinese and English in Word', () => {
  it('carry no right-to-left property and no language tag of their own', async () => {
    for (const lang of ['zh', 'en', 'both'] as const) {
      for (const docx of [await annexToDocx(six, lang), await documentToDocx(documentFixtureSession(), lang)]) {
        for (const [path, part] of textParts(docxParts(docx))) {
          expect(part, `${lang} ${path}`).not.toMatch(/<w:bidi\/>|<w:bidiVisual\/>|<w:rtl\/>|<w:lang /);
          expect(part, `${lang} ${path}`).not.toContain(LRM);
        }
      }
    }
  });
});

describe('French, Spanish and Russian in Word', () => {
  it('tag every run of the text with the language, for its spelling and hyphenation dictionary', async () => {
    for (const [lang, tag, word] of [['fr', 'fr-FR', 'Ouverture de la réunion'], ['es', 'es-ES', 'Apertura de la reunión'], ['ru', 'ru-RU', 'Открытие совещания']] as const) {
      const xml = docxParts(await documentToDocx(six, lang))['word/document.xml']!;
      const runs = runsOf(xml).filter((run) => textOf(run) !== '');
      expect(runs.some((run) => textOf(run).includes(word)), lang).toBe(true);
      for (const run of runs) expect(run, lang).toContain(`<w:lang w:val="${tag}"/>`);
      expect(xml).not.toMatch(/<w:bidi\/>|<w:rtl\/>/);
    }
  });

  it('break a time label only after its range separator, in Word and in HTML, never inside a time', async () => {
    for (const lang of ['fr', 'es', 'ru'] as const) {
      const separator = label('doc:time.range', lang, { start: '', end: '' });
      const times = [...new Set(annexLines(deriveAnnex(six, lang)).map((line) => line.timeLabel))];
      const xml = docxParts(await annexToDocx(six, lang))['word/document.xml']!;
      const cells = rowsOf(tablesOf(xml)[0]!).map((row) => textOf(cellsOf(row)[0]!));
      const page = annexToHtml(six, lang);
      for (const time of times) {
        const [start, end] = [time.slice(0, time.indexOf(separator) + separator.length), time.slice(time.indexOf(separator) + separator.length)];
        const unbreakable = (part: string) => part.replace(/ (?=.*\S)/g, '\u00A0');
        // The only ordinary space left is one the separator itself ends with ("–" then a space in Russian).
        expect(cells, `${lang} ${time}`).toContain(unbreakable(start) + unbreakable(end));
        expect(page, `${lang} ${time}`).toContain(`<td class="time">${unbreakable(start)}<wbr>${unbreakable(end)}</td>`);
      }
    }
  });

  it('set the French Documentation subheading in italics, as English', async () => {
    const xml = docxParts(await documentToDocx(six, 'fr'))['word/document.xml']!;
    const heading = paragraphsOf(xml).find((p) => textOf(p) === label('doc:document.documentation', 'fr'))!;
    expect(heading).toContain('<w:i/>');
    expect(heading).not.toContain('<w:b/>');
  });
});

describe('Arabic in HTML', () => {
  const annex = annexToHtml(six, 'ar');
  const page = documentToHtml(six, 'ar');

  it('marks the page Arabic and right to left, and isolates symbols and Latin text', () => {
    for (const file of [annex, page]) {
      expect(markupProblems(file)).toEqual([]);
      expect(file.startsWith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')).toBe(true);
      // The part says it too: the editor's preview shows the body without the root.
      expect(file).toContain('<div class="language" lang="ar" dir="rtl">');
    }
    expect(page).toContain(`(<span dir="ltr">${SYMBOL}</span>)`);
    expect(page).toContain('<div class="symbols"><span dir="ltr">CTOC/COP/WG.3/2017/1</span><br><span dir="ltr">CTOC/COP/WG.2/2017/1</span></div>');
    expect(annex).toContain('<td class="item">1\u00a0(أ)</td><td class="title">افتتاح الاجتماع</td>');
  });

  it('lays pages out by logical sides, so the Arabic page mirrors, with an Arabic face for Arabic text', () => {
    expect(EXPORT_CSS).not.toMatch(/(margin|padding|border)-(left|right)|text-align:\s*(left|right)|float:/);
    expect(EXPORT_CSS).toMatch(/^\.language:lang\(ar\) \{ font-family: "Simplified Arabic"/m);
    expect(EXPORT_CSS).toContain('span[dir="ltr"]:lang(ar) { font-family: "Times New Roman"');
    // No rule of these languages reaches a part through an ancestor's language: the root of an Arabic-first file is lang="ar".
    expect(EXPORT_CSS).not.toMatch(/^:(lang\((ar|en|es|fr|ru)\)|is\()/m);
  });

  it('marks only the Arabic part right to left when a left-to-right language comes first', () => {
    const page = annexToHtml({ ...six, languages: ['en', 'ar'] }, 'all');
    expect(page.match(/<html[^>]*>|<div class="language"[^>]*>/g)).toEqual(['<html lang="en">', '<div class="language" lang="en">', '<div class="language" lang="ar" dir="rtl">']);
  });

  it('says nothing of direction in a Chinese or English file', () => {
    for (const lang of ['zh', 'en', 'both'] as const) {
      expect(annexToHtml(six, lang)).not.toMatch(/ dir="/);
      expect(documentToHtml(six, lang)).not.toMatch(/ dir="/);
    }
  });
});

describe('all six languages of a session, one after another (--lang all)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'orgwork-six-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'six.orgwork');
  writeFileSync(file, serializeSession(six));

  it('writes one Word document whose Arabic version runs right to left and the five others left to right, each tagged', async () => {
    const out = join(dir, 'all.docx');
    const run = await cli('export', file, '--format', 'document-docx', '--lang', 'all', '-o', out);
    expect(run.code).toBe(0);
    const xml = docxParts(new Uint8Array(readFileSync(out)))['word/document.xml']!;
    // Two sections a language (the document, then its annex), in the session's order: ar, en, es, fr, ru, zh.
    const sections = sectionsOf(xml);
    expect(sections).toHaveLength(12);
    expect(sections.map((section) => section.includes('<w:bidi/>'))).toEqual([true, true, ...Array<boolean>(10).fill(false)]);
    const tables = tablesOf(xml);
    expect(tables.filter((table) => table.includes('<w:bidiVisual/>'))).toHaveLength(2);
    const titles = paragraphsOf(xml).filter((p) => p.includes('<w:pStyle w:val="Title"/>'));
    expect(titles.map(textOf)).toEqual(['جدول الأعمال المؤقت وشروحه', 'Provisional agenda and annotations', 'Programa provisional y anotaciones', 'Ordre du jour provisoire et annotations', 'Предварительная повестка дня и аннотации', '临时议程和说明']);
    expect(titles.map((p) => /<w:lang [^>]*>/.exec(p)?.[0] ?? null)).toEqual(['<w:lang w:bidi="ar-SA"/>', null, '<w:lang w:val="es-ES"/>', '<w:lang w:val="fr-FR"/>', '<w:lang w:val="ru-RU"/>', null]);
  });

  it('writes one HTML page whose Arabic part is right to left and whose other parts say left to right', async () => {
    const out = join(dir, 'all.html');
    expect((await cli('export', file, '--format', 'annex-html', '--lang', 'all', '-o', out)).code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(markupProblems(page)).toEqual([]);
    expect(page.match(/<html[^>]*>|<div class="language"[^>]*>/g)).toEqual([
      '<html lang="ar" dir="rtl">',
      '<div class="language" lang="ar" dir="rtl">',
      '<div class="language" lang="en" dir="ltr">',
      '<div class="language" lang="es" dir="ltr">',
      '<div class="language" lang="fr" dir="ltr">',
      '<div class="language" lang="ru" dir="ltr">',
      '<div class="language" lang="zh-CN" dir="ltr">',
    ]);
    // Isolating spans belong to the Arabic part only.
    const arabic = page.slice(0, page.indexOf('<div class="language" lang="en"'));
    expect(arabic).toContain('<span dir="ltr">');
    expect(page.slice(arabic.length)).not.toContain('<span dir="ltr">');
  });
});
