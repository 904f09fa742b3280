// Runs in Node (tests). The Word structure of the whole 2017 document: the reference text
// (../shared/reference/expected) read back from the CLI's export by the shared checker, the
// built-in styles in use and defined with their outline levels, the real footnote and the
// NOTEREF fields that repeat its mark, the running header from page 2, the PAGE field, A4.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { documentToDocx } from '../../shared/export/docx/index.ts';
import { cli } from './cli-harness.ts';
import { docxParts, paragraphsOf, rowsOf, tablesOf, textOf } from './docx-xml.ts';
import { DOCUMENT_FIXTURE_FILE, documentFixtureSession } from './fixtures.ts';

const REFERENCE = fileURLToPath(new URL('../../../shared/reference/', import.meta.url));
const CHECKER = fileURLToPath(new URL('../../../shared/tools/document-text.py', import.meta.url));
const hasPython = spawnSync('python3', ['--version'], { stdio: 'ignore' }).error === undefined;

const session = documentFixtureSession();
const parts = docxParts(await documentToDocx(session, 'zh'));
const xml = parts['word/document.xml']!;
const styles = parts['word/styles.xml']!;
const styleOf = (paragraph: string) => /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph)?.[1];
const paragraphs = paragraphsOf(xml);
const withStyle = (id: string) => paragraphs.filter((p) => styleOf(p) === id).map(textOf);

describe('the 2017 document as Word', () => {
  const dir = mkdtempSync(join(tmpdir(), 'orgwork-document-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!hasPython)(`reads as the 2017 document, paragraph by paragraph, to document-text.py${hasPython ? '' : ' (skipped: no python3)'}`, async () => {
    const out = join(dir, 'ctoc-2017.docx');
    expect((await cli('export', DOCUMENT_FIXTURE_FILE, '--format', 'document-docx', '--lang', 'zh', '-o', out)).code).toBe(0);
    const check = spawnSync('python3', [CHECKER, out, join(REFERENCE, 'expected/ctoc-2017-document.zh.txt')], { encoding: 'utf8' });
    expect(check.stdout).toMatch(/^matched 154 of 154 expected paragraphs in order \(100%\); 0 extra paragraphs/);
    expect(check.status).toBe(0);
  });

  it('uses Title and Heading 1–4 for the title, the parts, the bodies and the items', () => {
    expect(withStyle('Title')).toEqual(['临时议程和说明']);
    expect(withStyle('Heading1')).toEqual(['国际合作工作组', '技术援助问题政府专家工作组', '说明', '附件']);
    expect(withStyle('Heading2')).toEqual(['国际合作工作组', '技术援助问题政府专家工作组', '拟议工作安排']);
    expect(withStyle('Heading3')[0]).toBe('1.\t组织事项');
    expect(withStyle('Heading3')).toHaveLength(12);
    expect(withStyle('Heading4')).toEqual(['(a)\t会议开幕', '(b)\t通过议程和工作安排', '(a)\t会议开幕', '(b)\t通过议程和工作安排']);
    // Agenda lines and annotation paragraphs are Normal text: no style of their own, no direct bold.
    const normal = paragraphs.filter((p) => styleOf(p) === undefined && !p.includes('<w:tbl'));
    expect(normal.map(textOf)).toContain('5.\t依照公约缔约方会议第8/2号决议，拟订调查表用于审议《联合国打击跨国有组织犯罪公约》实施情况。（国际合作工作组和技术援助问题政府专家工作组的联合项目）');
    for (const heading of paragraphs.filter((p) => /Heading\d/.test(styleOf(p) ?? ''))) expect(heading).not.toContain('<w:b/>');
  });

  it('defines the styles it uses, headings with the outline levels the navigation pane shows', () => {
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    for (const [level, id] of ['Heading1', 'Heading2', 'Heading3', 'Heading4'].entries()) {
      expect(style(id)).toContain(`<w:outlineLvl w:val="${level}"/>`);
      expect(style(id)).toContain('<w:b/>');
      expect(style(id)).toContain('<w:keepNext/>');
    }
    for (const id of ['Normal', 'Title', 'FootnoteText', 'FootnoteReference', 'Header', 'Footer', 'OrgworkTableText']) expect(style(id), id).not.toBe('');
    expect(style('OrgworkAnnexTable')).toMatch(/^<w:style w:type="table"/);
    expect(tablesOf(xml)[1]).toContain('<w:tblStyle w:val="OrgworkAnnexTable"/>');
  });

  it('puts the joint note in a real footnote at item 5 and repeats its mark with NOTEREF fields', () => {
    expect(xml.match(/<w:footnoteReference w:id="\d+"\/>/g)).toEqual(['<w:footnoteReference w:id="1"/>']);
    expect(textOf(parts['word/footnotes.xml']!)).toContain('该项目将由两个工作组联合讨论。');
    const noted = paragraphs.find((p) => p.includes('<w:footnoteReference'))!;
    expect(textOf(noted)).toBe('5.\t依照公约缔约方会议第8/2号决议，拟订调查表用于审议《联合国打击跨国有组织犯罪公约》实施情况');
    expect(noted).toMatch(/<w:bookmarkStart w:name="_RefOrgworkNote1" w:id="(\d+)"\/>[\s\S]*<w:footnoteReference w:id="1"\/>[\s\S]*<w:bookmarkEnd w:id="\1"\/>/);
    const repeats = paragraphs.filter((p) => p.includes('NOTEREF'));
    expect(repeats.map(textOf)).toEqual(['6.\t其他事项1', '7.\t通过报告1', '4.\t其他事项1', '5.\t通过报告1']);
    for (const repeat of repeats) {
      expect(repeat).toContain('<w:instrText xml:space="preserve"> NOTEREF _RefOrgworkNote1 \\f \\h </w:instrText>');
      expect(repeat).toMatch(/<w:fldChar w:fldCharType="begin"\/>[\s\S]*<w:fldChar w:fldCharType="separate"\/>[\s\S]*<w:vertAlign w:val="superscript"\/>[\s\S]*<w:t[^>]*>1<\/w:t>[\s\S]*<w:fldChar w:fldCharType="end"\/>/);
    }
  });

  it('prints the symbols as a running header from page 2 and page numbers in the footer, on A4', () => {
    const sections = xml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)!;
    expect(sections).toHaveLength(2);
    for (const section of sections) expect(section).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    // The first section's first page is the masthead's: a header and footer of its own (empty).
    expect(sections[0]).toContain('<w:titlePg/>');
    expect(sections[0]).toMatch(/<w:headerReference w:type="first"/);
    expect(sections[0]).toMatch(/<w:pgNumType w:start="1"\/>/);
    const headers = Object.entries(parts).filter(([path]) => /^word\/header\d+\.xml$/.test(path)).map(([, part]) => textOf(part));
    expect(headers).toContain('CTOC/COP/WG.3/2017/1CTOC/COP/WG.2/2017/1');
    expect(headers).toContain('');
    const footers = Object.entries(parts).filter(([path]) => /^word\/footer\d+\.xml$/.test(path)).map(([, part]) => part);
    expect(footers.some((footer) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(footer))).toBe(true);
  });

  it('heads the annex with 工作组 over the bodies, 日期和时间 down the first column, all repeated on every page', () => {
    const rows = rowsOf(tablesOf(xml)[1]!);
    const header = rows.filter((row) => row.includes('<w:tblHeader/>'));
    expect(header.map(textOf)).toEqual(['日期和时间工作组', '国际合作工作组技术援助问题政府专家工作组', '议程项目标题或说明议程项目标题或说明']);
    expect(header[0]).toContain('<w:vMerge w:val="restart"/>');
    for (const row of header.slice(1)) expect(row).toContain('<w:vMerge w:val="continue"/>');
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
  });

  it('loads the fixture as written: annotations of every item but the cross-referred ones, the convening organ', () => {
    const annotated = session.items.filter((item) => item.annotation).map((item) => item.id);
    expect(session.items.filter((item) => !annotated.includes(item.id) && !/^wg\d-1$/.test(item.id)).map((item) => item.id)).toEqual(['wg2-1b', 'wg2-2']);
    expect(session.items.find((item) => item.id === 'wg2-1b')?.seeAnnotationOf).toBe('wg3-1b');
    expect(session.convener?.zh).toBe('联合国打击跨国有组织犯罪公约缔约方会议');
    expect(readFileSync(DOCUMENT_FIXTURE_FILE, 'utf8')).not.toMatch(/该项目的说明见|联合项目|上文/);
  });
});

describe('the 2017 annex in Word', () => {
  it('keeps the rows of a day together, its heading with its first row', () => {
    const rows = rowsOf(tablesOf(xml)[1]!).filter((row) => !row.includes('<w:tblHeader/>'));
    const kept = (row: string) => row.includes('<w:keepNext/>');
    const days = rows.flatMap((row, i) => (/月\d+日，星期/.test(textOf(row)) ? [i] : []));
    expect(days).toHaveLength(5);
    // Every row but the last of a day holds on to the next: "6 其他事项" to "7 通过报告".
    days.forEach((start, d) => {
      const end = (days[d + 1] ?? rows.length) - 1;
      for (let i = start; i < end; i++) expect(kept(rows[i]!), textOf(rows[i]!)).toBe(true);
      expect(kept(rows[end]!), textOf(rows[end]!)).toBe(false);
    });
  });
});
