// Runs in Node (tests). The annex as a Word document: table structure in the DOCX XML
// (repeated header rows, merged day rows, rows that do not split, both fonts on every run,
// A4), the text of every row of the 2017 annex in order, and LibreOffice opening it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annexToDocx } from '../../shared/export/docx/index.ts';
import type { AnnexTable } from '../../shared/schedule/index.ts';
import { cellsOf, documentXml, gridSpanOf, missingInOrder, paragraphsOf, rowsOf, runsOf, tablesOf, textOf } from './docx-xml.ts';
import { FIXTURES, fixtureSession } from './fixtures.ts';
import { docxToPdfText, hasOfficeTools, squeezed } from './libreoffice.ts';

const expectedZh: AnnexTable = JSON.parse(readFileSync(`${FIXTURES}ctoc-2017.annex.zh.json`, 'utf8'));

/** Every text of the annex in reading order: day, then per slot its label and each row's cells. */
function annexTexts(table: AnnexTable): string[] {
  return table.days.flatMap((day) => [
    day.label,
    ...day.slots.flatMap((slot) => [slot.label, ...slot.rows.flatMap((row) => row.flatMap((cell) => (cell ? [cell.item, cell.title] : [])))]),
  ]);
}

describe('annexToDocx', async () => {
  const session = fixtureSession();
  const zhXml = documentXml(await annexToDocx(session, 'zh'));
  const [table] = tablesOf(zhXml);
  const rows = rowsOf(table!);
  const columns = 1 + 2 * session.bodies.length;

  it('is one table on an A4 page', () => {
    expect(tablesOf(zhXml)).toHaveLength(1);
    expect(zhXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('heads the table with 工作组 over the bodies, each body over two columns, then the column names, all repeated on every page', () => {
    const [groups, names, headers] = rows;
    expect(cellsOf(groups!).map(gridSpanOf)).toEqual([1, 4]);
    expect(cellsOf(groups!).map(textOf)).toEqual(['日期和时间', '工作组']);
    expect(cellsOf(names!).map(gridSpanOf)).toEqual([1, 2, 2]);
    expect(cellsOf(names!).map(textOf)).toEqual(['', '国际合作工作组', '技术援助问题政府专家工作组']);
    expect(cellsOf(headers!).map(textOf)).toEqual(['', '议程项目', '标题或说明', '议程项目', '标题或说明']);
    // 日期和时间 runs down the three header rows.
    expect(cellsOf(groups!)[0]).toContain('<w:vMerge w:val="restart"/>');
    for (const row of [names!, headers!]) expect(cellsOf(row)[0]).toContain('<w:vMerge w:val="continue"/>');
    expect(rows.filter((row) => row.includes('<w:tblHeader/>'))).toEqual([groups, names, headers]);
  });

  it('leaves 工作组 out when the session says its documents have no such header', async () => {
    const plain = documentXml(await annexToDocx({ ...session, conventions: { annexBodiesHeader: false } }, 'zh'));
    const header = rowsOf(tablesOf(plain)[0]!).filter((row) => row.includes('<w:tblHeader/>'));
    expect(header.map(textOf)).toEqual(['日期和时间国际合作工作组技术援助问题政府专家工作组', '议程项目标题或说明议程项目标题或说明']);
  });

  it('gives each day a heading row merged across all columns, and keeps it with the next row', () => {
    const dayRows = rows.filter((row) => cellsOf(row).length === 1);
    expect(dayRows.map(textOf)).toEqual(expectedZh.days.map((day) => day.label));
    for (const row of dayRows) {
      expect(gridSpanOf(cellsOf(row)[0]!)).toBe(columns);
      expect(row).toMatch(/<w:keepNext\/>/);
    }
  });

  it('never splits a row across pages', () => {
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
  });

  it('shows each slot label once, on its first row, and keeps an empty slot as an empty row', () => {
    const bodyRows = rows.filter((row) => !row.includes('<w:tblHeader/>') && cellsOf(row).length === columns);
    const labels = bodyRows.map((row) => textOf(cellsOf(row)[0]!)).filter((text) => text !== '');
    expect(labels).toEqual(expectedZh.days.flatMap((day) => day.slots.map((slot) => slot.label)));
    // 12 October, afternoon: no rows in the file, one row in the table.
    const emptySlot = bodyRows.find((row) => textOf(row) === '下午3时至6时');
    expect(emptySlot).toBeDefined();
    const lines = expectedZh.days.flatMap((day) => day.slots.map((slot) => Math.max(1, slot.rows.length))).reduce((a, b) => a + b, 0);
    expect(bodyRows).toHaveLength(lines);
  });

  it('holds every cell of ctoc-2017.annex.zh.json, in order', () => {
    const cellTexts = rows.flatMap((row) => cellsOf(row).map(textOf)).filter((text) => text !== '');
    expect(cellTexts).toEqual(['日期和时间', '工作组', '国际合作工作组', '技术援助问题政府专家工作组', '议程项目', '标题或说明', '议程项目', '标题或说明', ...annexTexts(expectedZh)]);
  });

  it('sets Times New Roman for Latin and SimSun for Chinese on every run', () => {
    const runs = runsOf(zhXml);
    expect(runs.length).toBeGreaterThan(50);
    for (const run of runs) {
      expect(run).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/);
      expect(run).toMatch(/<w:rFonts [^>]*w:hAnsi="Times New Roman"/);
      expect(run).toMatch(/<w:rFonts [^>]*w:eastAsia="SimSun"/);
    }
  });

  it('gives the narrow columns to the date and the item numbers, the rest to the titles', () => {
    const grid = [...table!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const [date, item, title] = grid;
    expect(grid).toHaveLength(columns);
    expect(title!).toBeGreaterThan(date!);
    expect(title!).toBeGreaterThan(3 * item!);
    expect(item!).toBeLessThan(date!);
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(11906 - 2 * 1134);
  });

  it('writes the English table with the English labels', async () => {
    const xml = documentXml(await annexToDocx(session, 'en'));
    const texts = paragraphsOf(xml).map(textOf);
    expect(texts[0]).toBe('Proposed organization of work');
    expect(missingInOrder(texts, ['Date and time', 'Item', 'Title or description', 'Monday, 9 October', '10 a.m.–1 p.m.', 'Opening of the meeting', '3–6 p.m.', 'Practical considerations, good practices and challenges (continued)', 'Friday, 13 October', 'Adoption of the report (joint item)'])).toEqual([]);
  });

  it("'both' gives the Chinese table and then the English one, each under its title and on its own page", async () => {
    const xml = documentXml(await annexToDocx(session, 'both'));
    expect(tablesOf(xml)).toHaveLength(2);
    const texts = paragraphsOf(xml).map(textOf);
    expect(missingInOrder(texts, ['拟议工作安排', '日期和时间', '10月9日，星期一', 'Proposed organization of work', 'Date and time', 'Monday, 9 October'])).toEqual([]);
    // Two sections: the second starts a new page.
    expect(xml.match(/<w:sectPr>/g)).toHaveLength(2);
  });

  it('turns a session of many bodies to landscape so the titles keep readable columns', async () => {
    const many = { ...session, bodies: [0, 1, 2, 3].map((i) => ({ ...session.bodies[i % 2]!, id: `b${i}` })), items: [], days: [] };
    const xml = documentXml(await annexToDocx(many, 'en'));
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
  });

  it('keeps hostile text as text: markup escaped, characters XML cannot hold dropped', async () => {
    const hostile = '<script>alert("x")</script> & \u0001\u0008\uFFFE 😀 שלום ' + 'x'.repeat(10_000);
    const evil = { ...session, bodies: session.bodies.map((body, i) => (i === 0 ? { ...body, name: { en: hostile, zh: hostile } } : body)) };
    const xml = documentXml(await annexToDocx(evil, 'zh'));
    expect(xml).not.toContain('<script>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(cellsOf(rowsOf(tablesOf(xml)[0]!)[1]!).map(textOf)[1]).toBe('<script>alert("x")</script> &  😀 שלום ' + 'x'.repeat(10_000));
  });

  it.skipIf(!hasOfficeTools)(`opens in LibreOffice, whose PDF holds every row of ctoc-2017.annex.zh.json in order${hasOfficeTools ? '' : ' (skipped: soffice or pdftotext not installed)'}`, async () => {
    const { pdf, text } = docxToPdfText(await annexToDocx(session, 'zh'), 'annex-zh');
    expect(new TextDecoder('latin1').decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const flat = squeezed(text);
    let at = 0;
    for (const want of annexTexts(expectedZh).map(squeezed)) {
      const found = flat.indexOf(want, at);
      expect(found, `"${want}" after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found + want.length;
    }
  }, 120_000);
});
