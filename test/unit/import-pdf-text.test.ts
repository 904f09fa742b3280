// Runs in Node (tests). Agenda text as it comes out of a PDF: an empty line between every two
// lines, CRLF, and titles — joint markers too — broken in the middle of a word. The items read
// must be exactly those of the same agenda without the breaks.
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgenda, parseAgendas } from '../../shared/import/index.ts';
import { MAX_LINE_WARNINGS, MAX_TITLE_LENGTH } from '../../shared/import/parse-agenda.ts';
import type { Lang } from '../../shared/i18n.ts';
import { WG2_2017_EN, WG2_2017_ZH, WG3_2017_EN, WG3_2017_ZH, WG3_2020_ZH } from './agenda-seeds.ts';
import { cli } from './cli-harness.ts';

/** An agenda of a later year: the joint marker on the heading, the long marker naming the bodies the other way round. */
export const JOINT_HEADING_ZH = `1. 组织事项（联合项目）：
  (a) 会议开幕；
  (b) 通过议程和工作安排。
2. 适用《联合国打击跨国有组织犯罪公约》开展国际合作打击跨国有组织犯罪（技术援助问题政府专家工作组和国际合作工作组的联合项目）。
3. 提供技术援助方面的良好做法。
4. 其他事项（联合项目）。
5. 通过报告（联合项目）。`;

const AGENDAS: { name: string; text: string; lang: Lang }[] = [
  { name: 'WG.3 2017 (zh)', text: WG3_2017_ZH, lang: 'zh' },
  { name: 'WG.2 2017 (zh, blank lines)', text: WG2_2017_ZH, lang: 'zh' },
  { name: 'WG.3 2020 (zh)', text: WG3_2020_ZH, lang: 'zh' },
  { name: 'WG.3 2017 (en, footnotes)', text: WG3_2017_EN, lang: 'en' },
  { name: 'WG.2 2017 (en, wrapped)', text: WG2_2017_EN, lang: 'en' },
  { name: 'joint heading (zh)', text: JOINT_HEADING_ZH, lang: 'zh' },
];

const itemsOf = (text: string, lang: Lang) => parseAgenda(text, lang).items;
const lines = (text: string) => text.split('\n');

describe('agenda text copied from a PDF', () => {
  it('reads a joint heading and a long marker naming the bodies the other way round', () => {
    expect(itemsOf(JOINT_HEADING_ZH, 'zh')).toEqual([
      { number: '1', title: '组织事项', joint: 'joint-1' },
      { number: '1(a)', title: '会议开幕' },
      { number: '1(b)', title: '通过议程和工作安排' },
      {
        number: '2',
        title: '适用《联合国打击跨国有组织犯罪公约》开展国际合作打击跨国有组织犯罪',
        joint: 'joint-2',
        jointWith: '技术援助问题政府专家工作组和国际合作工作组',
      },
      { number: '3', title: '提供技术援助方面的良好做法' },
      { number: '4', title: '其他事项', joint: 'joint-4' },
      { number: '5', title: '通过报告', joint: 'joint-5' },
    ]);
  });

  it('joins a title and its joint marker broken in the middle of a word across an empty line', () => {
    const broken = JOINT_HEADING_ZH.replace('（技术援助问题政府专家工作组和国际合作工', '（技术援助问题政府专家工作组和国际合作工\n\n').replace('组织事项（联合', '组织事项（联合\n\n');
    const result = parseAgenda(broken, 'zh');
    expect(result.items).toEqual(itemsOf(JOINT_HEADING_ZH, 'zh'));
    expect(result.warnings).toEqual([]);
  });

  it('reads the 2017 agendas with an empty line between all lines, and with CRLF, as without', () => {
    for (const { name, text, lang } of AGENDAS) {
      const spaced = lines(text).join('\n\n');
      expect(itemsOf(spaced, lang), name).toEqual(itemsOf(text, lang));
      expect(itemsOf(spaced.replace(/\n/gu, '\r\n'), lang), `${name}, CRLF`).toEqual(itemsOf(text, lang));
    }
  });

  it('keeps an empty line as a separator where the title before it is finished', () => {
    const result = parseAgenda('1. 组织事项。\n\n会议将于上午10时开幕。\n2. 其他事项。', 'zh');
    expect(result.items.map((item) => item.title)).toEqual(['组织事项', '其他事项']);
    expect(result.warnings.map((w) => w.code)).toEqual(['ignoredLine']);
  });

  it('ends the agenda at a heading even when its last title has no full stop', () => {
    const result = parseAgenda('1. Opening of the meeting\n\n2. Other matters\n\n## Annotations\n\nThe meeting will open at 10 a.m.', 'en');
    expect(result.items.map((item) => item.title)).toEqual(['Opening of the meeting', 'Other matters']);
  });

  it('stops joining at the longest title an agenda has: a whole document pasted after an unfinished title', () => {
    const prose = Array.from({ length: 20000 }, (_, i) => `第${i}段没有句号的文字`).join('\n\n');
    const result = parseAgenda(`1. 组织事项\n\n${prose}\n\n2. 其他事项。`, 'zh');
    expect(result.items.map((item) => item.number)).toEqual(['1', '2']);
    expect(result.items[0]!.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(result.items[0]!.title.startsWith('组织事项第0段')).toBe(true);
    // The lines left out are said one by one up to a hundred, then counted in one more warning.
    expect(result.warnings).toHaveLength(MAX_LINE_WARNINGS + 1);
    expect(result.warnings.at(-1)!.code).toBe('moreWarnings');
    expect(result.warnings.at(-1)!.message.en).toMatch(/^\d{5} more lines were left out/u);
  });

  it('joins an English word broken at a soft hyphen without a space', () => {
    const [item] = itemsOf('1. Transfer of criminal proceed\u00ad\n\nings.', 'en');
    expect(item!.title).toBe('Transfer of criminal proceedings');
  });

  it('splits the two agendas of the 2017 section with empty lines between all lines as without', () => {
    const both = [WG3_2017_ZH, '', '技术援助问题政府专家工作组', '', WG2_2017_ZH].join('\n');
    const spaced = lines(both).join('\n\n');
    const items = (text: string) => parseAgendas(text, 'zh').map((agenda) => [agenda.heading, agenda.items]);
    expect(items(spaced)).toEqual(items(both));
  });
});

/** Line breaks a PDF may add: where, how many empty lines, and with which line ending. */
const breaksArb = fc.record({
  gaps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 40, maxLength: 40 }),
  spaces: fc.boolean(),
  crlf: fc.boolean(),
});

function withBreaks(text: string, { gaps, spaces, crlf }: { gaps: number[]; spaces: boolean; crlf: boolean }): string {
  const empty = spaces ? '  ' : '';
  const eol = crlf ? '\r\n' : '\n';
  return lines(text)
    .map((line, i) => [line, ...Array<string>(gaps[i % gaps.length]!).fill(empty)].join(eol))
    .join(eol);
}

/** A Chinese line broken at `at` (past its number), with empty lines after the break. */
function brokenInside(line: string, at: number, blanks: number): string {
  const start = Math.min(line.length, (/^\s*(?:-\s*)?(?:\d+\.|[(（][a-z][)）])\s*/u.exec(line)?.[0].length ?? 0) + 1);
  const cut = start + (at % Math.max(1, line.length - start));
  if (cut >= line.length) return line;
  return `${line.slice(0, cut)}${'\n'.repeat(blanks + 1)}${line.slice(cut)}`;
}

describe('property: inserting empty lines never changes the items', () => {
  for (const { name, text, lang } of AGENDAS) {
    it(`${name}: empty lines anywhere, CRLF or LF`, () => {
      const expected = itemsOf(text, lang);
      fc.assert(
        fc.property(breaksArb, (breaks) => {
          expect(itemsOf(withBreaks(text, breaks), lang)).toEqual(expected);
        }),
        { numRuns: 150 },
      );
    });
  }

  for (const { name, text } of AGENDAS.filter((agenda) => agenda.lang === 'zh')) {
    it(`${name}: every Chinese title broken anywhere, markers included, with empty lines after the break`, () => {
      const expected = itemsOf(text, 'zh');
      const cutsArb = fc.array(fc.record({ at: fc.nat(200), blanks: fc.integer({ min: 0, max: 2 }) }), { minLength: 40, maxLength: 40 });
      fc.assert(
        fc.property(cutsArb, (cuts) => {
          const broken = lines(text)
            .map((line, i) => (/^\s*(?:-\s*)?(?:\d+\.|[(（][a-z][)）])/u.test(line) ? brokenInside(line, cuts[i]!.at, cuts[i]!.blanks) : line))
            .join('\n');
          expect(itemsOf(broken, 'zh')).toEqual(expected);
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('orgwork import-agenda on PDF text', () => {
  it('prints exactly the items of the same agenda without the breaks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgwork-pdf-'));
    const clean = join(dir, 'clean.txt');
    const pdf = join(dir, 'pdf.txt');
    writeFileSync(clean, JOINT_HEADING_ZH);
    const broken = lines(JOINT_HEADING_ZH.replace('国际合作工作组的联合', '国际合作工\n作组的联合')).join('\r\n\r\n');
    writeFileSync(pdf, broken);
    const [a, b] = [await cli('import-agenda', clean), await cli('import-agenda', pdf)];
    expect([b.code, b.stderr]).toEqual([0, '']);
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
    expect(JSON.parse(b.stdout)[3]).toMatchObject({ number: '2', joint: 'joint-2' });
  });
});
