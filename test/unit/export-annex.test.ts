import { describe, expect, it } from 'vitest';
import { annexToCsv, annexToMarkdown } from '../../shared/export/index.ts';
import { deriveAnnex, editItem } from '../../shared/schedule/index.ts';
import { expectOk, fixtureSession } from './fixtures.ts';

describe('annex as CSV', () => {
  const csv = annexToCsv(deriveAnnex(fixtureSession(), 'zh'));
  const lines = csv.slice(1).split('\r\n');

  it('starts with a byte order mark so Excel reads UTF-8, and ends lines with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has date, time, then item and title per body', () => {
    expect(lines[0]).toBe('日期,时间,国际合作工作组 – 议程项目,国际合作工作组 – 标题或说明,技术援助问题政府专家工作组 – 议程项目,技术援助问题政府专家工作组 – 标题或说明');
    expect(lines[1]).toBe('10月9日，星期一,上午10时至下午1时,1(a),会议开幕,,');
  });

  it('keeps the empty afternoon of 12 October as a line of its own', () => {
    expect(lines).toContain('10月12日，星期四,下午3时至6时,,,,');
  });

  it('quotes commas and quotes, and defuses formulas', () => {
    let session = expectOk(editItem(fixtureSession(), 'wg3-1a', { title: { en: 'Opening, "welcome"', zh: '会议开幕' } })).session;
    session = expectOk(editItem(session, 'wg3-1b', { title: { en: '=HYPERLINK("x")', zh: '通过议程' } })).session;
    const en = annexToCsv(deriveAnnex(session, 'en'));
    expect(en).toContain('1(a),"Opening, ""welcome"""');
    expect(en).toContain(`1(b),"'=HYPERLINK(""x"")"`);
  });
});

describe('annex as Markdown', () => {
  it('is a table with the day headings, the time on the first row of a slot, and escaped pipes', () => {
    const session = expectOk(editItem(fixtureSession(), 'wg3-4', { title: { en: 'Evidence | data', zh: '证据' } })).session;
    const md = annexToMarkdown(deriveAnnex(session, 'en'));
    const lines = md.split('\n');
    expect(lines[0]).toBe('## Proposed organization of work');
    expect(lines).toContain('| Date and time | Item | Title or description | Item | Title or description |');
    expect(lines).toContain('| **Monday, 9 October** |  |  |  |  |');
    expect(lines).toContain('| 10 a.m.–1 p.m. | 1(a) | Opening of the meeting |  |  |');
    expect(lines).toContain('|  | 1(b) | Adoption of the agenda and organization of work |  |  |');
    expect(lines).toContain('|  | 4 | Evidence \\| data |  |  |');
    expect(lines).toContain('| 3–6 p.m. |  |  |  |  |');
  });
});
