// The HTML exports: the annex laid out like the printed annex, the whole document in the
// order the UN prints it, one self-contained file without scripts or remote resources.
import { describe, expect, it } from 'vitest';
import { annexToHtml } from '../../shared/export/html/annex-html.ts';
import { documentToHtml } from '../../shared/export/html/document-html.ts';
import { escapeHtml, html } from '../../shared/export/html/escape.ts';
import { documentFixtureSession, fixtureSession } from './fixtures.ts';
import { markupProblems, unescapeHtml } from './export-helpers.ts';

const rowsOf = (page: string) => page.match(/<tr[^>]*>.*?<\/tr>/gs) ?? [];
const cellsOf = (row: string) => (row.match(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs) ?? []).map((cell) => unescapeHtml(cell.replace(/<[^>]+>/g, '')));

describe('escapeHtml and the html tag', () => {
  it('escapes the five characters and drops what no file may hold', () => {
    expect(escapeHtml(`<a href="x">'&'</a>\u0000\u0008ok\t`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;ok\t');
  });

  it('escapes interpolated strings but not fragments it made itself', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${['<', inner]}${null}${7}</p>`.markup).toBe('<p><b>&lt;i&gt;</b>&lt;<b>&lt;i&gt;</b>7</p>');
  });
});

describe('annex as HTML', () => {
  const zh = annexToHtml(fixtureSession(), 'zh');
  const rows = rowsOf(zh).map(cellsOf);

  it('is one well-formed, self-contained page in Chinese', () => {
    expect(markupProblems(zh)).toEqual([]);
    expect(zh.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(zh).toContain('<meta charset="utf-8">');
    expect(zh).toContain('@page { size: A4;');
    expect(zh).toContain('thead { display: table-header-group; }');
    expect(zh).not.toMatch(/<script|<link|<img|src=|url\(|@import|http:|https:/i);
  });

  it('puts 工作组 over the bodies, each body over its two columns and the column headers below, upright', () => {
    expect(zh).toContain('<th class="body" colspan="2" scope="colgroup">国际合作工作组</th>');
    expect(zh).toContain('<th scope="col" rowspan="3" class="column date-and-time">日期和时间</th><th class="body bodies" colspan="4" scope="colgroup">工作组</th>');
    expect(rows[0]).toEqual(['日期和时间', '工作组']);
    expect(rows[1]).toEqual(['国际合作工作组', '技术援助问题政府专家工作组']);
    expect(rows[2]).toEqual(['议程项目', '标题或说明', '议程项目', '标题或说明']);
    // Italic column headers are for the Latin and Cyrillic scripts only: Chinese type has no
    // italics. The rule names the header's own language, so the root of a file whose first
    // part is English does not make the Chinese part's headers italic too.
    expect(zh).toContain('table.annex thead th.column:is(:lang(en), :lang(es), :lang(fr), :lang(ru)) { font-style: italic; }');
    expect(zh).not.toMatch(/^table\.annex thead th\.column \{[^}]*italic/m);
  });

  it('leaves 工作组 out when the session says its documents have no such header', () => {
    const plain = rowsOf(annexToHtml({ ...fixtureSession(), conventions: { annexBodiesHeader: false } }, 'zh')).map(cellsOf);
    expect(plain[0]).toEqual(['日期和时间', '国际合作工作组', '技术援助问题政府专家工作组']);
    expect(plain[1]).toEqual(['议程项目', '标题或说明', '议程项目', '标题或说明']);
  });

  it('keeps each day in a row group printing does not split, its heading first', () => {
    const groups = zh.match(/<tbody class="day">[\s\S]*?<\/tbody>/g)!;
    expect(groups).toHaveLength(fixtureSession().days.length);
    for (const group of groups) expect(group).toMatch(/^<tbody class="day">\n<tr class="day">/);
    expect(groups.at(-1)).toContain('<td class="time">下午3时至<wbr>6时</td><td class="item">6</td>');
    expect(groups.at(-1)).toContain('<td class="item">7</td><td class="title">通过报告（联合项目）</td>');
    expect(zh).toContain('table.annex tbody.day { break-inside: avoid; page-break-inside: avoid; }');
  });

  it('has day headings across all columns, the time on the first row of a slot, and the empty slot', () => {
    expect(zh).toContain('<tr class="day"><th colspan="5" scope="rowgroup">10月9日，星期一</th></tr>');
    expect(rows[4]).toEqual(['上午10时至下午1时', '1(a)', '会议开幕', '', '']);
    expect(rows[5]).toEqual(['', '1(b)', '通过议程和工作安排', '', '']);
    expect(rows).toContainEqual(['下午3时至6时', '5', '拟订调查表（续）', '2', '拟订调查表（续）']);
    const thursday = rows.findIndex((row) => row[0] === '10月12日，星期四');
    expect(rows[thursday + 3]).toEqual(['下午3时至6时', '', '', '', '']);
  });

  it('lets a time wrap only after 至', () => {
    expect(zh).toContain('<td class="time">上午10时至<wbr>下午1时</td>');
  });

  it('gives the Chinese table, then the English one, for both', () => {
    const both = annexToHtml(fixtureSession(), 'both');
    expect(markupProblems(both)).toEqual([]);
    const zhAt = both.indexOf('<div class="language" lang="zh-CN">');
    const enAt = both.indexOf('<div class="language" lang="en">');
    expect(zhAt).toBeGreaterThan(0);
    expect(enAt).toBeGreaterThan(zhAt);
    expect(both.indexOf('Proposed organization of work</h1>')).toBeGreaterThan(enAt);
    expect(both).toContain('<td class="time">10 a.m.–<wbr>1 p.m.</td>');
  });
});

describe('the whole document as HTML', () => {
  const session = { ...fixtureSession(), issued: '2017-07-19', originalLanguage: 'en' as const };
  const zh = documentToHtml(session, 'zh');
  const en = documentToHtml(session, 'en');

  it('is well-formed and self-contained', () => {
    expect(markupProblems(zh)).toEqual([]);
    expect(markupProblems(en)).toEqual([]);
    expect(zh).not.toMatch(/<script|<link|<img|src=|http:|https:/i);
  });

  it('has masthead, bodies, title, agendas, annotations and annex in that order', () => {
    const order = [
      'CTOC/COP/WG.3/2017/1',
      'Distr.: General',
      '19 July 2017',
      'Original: English',
      '2017年10月9日至13日，维也纳',
      '<h1 class="document-title">临时议程和说明</h1>',
      '<span class="text">组织事项：</span>',
      '<span class="text">会议开幕；</span>',
      '（国际合作工作组和技术援助问题政府专家工作组的联合项目）',
      '<span class="text">其他事项。（联合项目）</span>',
      '<h2>说明</h2>',
      '秘书处编写的背景文件，内容是，移交刑事诉讼',
      '（CTOC/COP/WG.3/2017/2）',
      '（CTOC/COP/WG.3/2017/3-CTOC/COP/WG.2/2017/2）',
      // The note ends the annotation of the item whose heading first refers to it.
      '该项目将由两个工作组联合讨论。',
      '该项目的说明见国际合作工作组第八次会议临时议程项目 5（上文）',
      '（CTOC/COP/WG.2/2017/3）',
      '<h2 class="annex-heading">附件</h2>',
      '拟议工作安排',
      '10月13日，星期五',
    ];
    let at = 0;
    for (const text of order) {
      const found = zh.indexOf(text, at);
      expect(found, text).toBeGreaterThanOrEqual(at);
      at = found + text.length;
    }
  });

  it('prints the convening organ beside the distribution block, and indents annotation text and 文件 as the titles', () => {
    const page = documentToHtml(documentFixtureSession(), 'zh');
    expect(page).toContain('<div class="issue">\n<div class="convener">联合国打击跨国有组织犯罪公约缔约方会议</div>\n<div class="distribution">Distr.: General<br>19 July 2017<br>Chinese<br>Original: English</div>');
    expect(page).not.toContain('第八次会议<br>');
    expect(page).toContain('.annotation > p, .annotation > .documentation { margin-inline-start: 2.4em; }');
    expect(page).toContain('<p class="cross-reference">该项目的说明见国际合作工作组第八次会议临时议程项目 1(b)（上文）。</p>');
  });

  it('says the cross-reference in English as the UN does', () => {
    expect(en).toContain(
      'For the annotation to this item, see item 5 of the provisional agenda of the eighth meeting of the Working Group on International Cooperation, above.',
    );
    expect(en).toContain('<h1 class="document-title">Provisional agenda and annotations</h1>');
  });

  it('numbers the joint note once per language version and links every mark to it', () => {
    const both = documentToHtml(session, 'both');
    expect(markupProblems(both)).toEqual([]);
    expect(both.match(/<div class="footnote" id="zh-note-1" role="note">/g)).toHaveLength(1);
    expect(both.match(/<div class="footnote" id="en-note-2" role="note">/g)).toHaveLength(1);
    // The annotation that carries the note is kept on one printed page with it.
    expect(both).toMatch(/<div class="annotation noted">\n<h4><span class="label">5\.<\/span>[^\n]*<\/h4>\n[\s\S]*?<div class="footnote" id="zh-note-1"/);
    expect(both.match(/href="#zh-note-1"/g)?.length).toBeGreaterThanOrEqual(3);
  });
});
