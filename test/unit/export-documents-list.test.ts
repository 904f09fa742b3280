// The list of documents before each body, worded as the 2020 report words it, and the file
// names exports are offered under.
import { describe, expect, it } from 'vitest';
import { documentsList, listLetter } from '../../shared/export/documents-list.ts';
import { exportFileName, safeFileNamePart } from '../../shared/export/file-name.ts';
import { fixtureSession } from './fixtures.ts';

describe('list of documents', () => {
  it('says in Chinese what the working group had before it, lettered, with symbols in full-width brackets', () => {
    const lines = documentsList(fixtureSession(), 'zh').split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '国际合作工作组收到了下列文件：',
      '(a) 临时议程说明（CTOC/COP/WG.3/2017/1）；',
      '(b) 秘书处编写的背景文件，内容是，移交刑事诉讼作为一种独立的刑事事项国际合作形式，这方面的实际考虑因素、良好做法和遇到的挑战（CTOC/COP/WG.3/2017/2）；',
      '(c) 秘书处依照公约缔约方会议第 8/2 号决议编写的调查表草案，用于审议《联合国打击跨国有组织犯罪公约》实施情况（CTOC/COP/WG.3/2017/3-CTOC/COP/WG.2/2017/2）。',
    ]);
    expect(lines[5]).toBe('技术援助问题政府专家工作组收到了下列文件：');
  });

  it('says it in English, the joint document in both lists, the last entry ending with a full stop', () => {
    const text = documentsList(fixtureSession(), 'en');
    expect(text).toContain('The Working Group on International Cooperation had before it the following documents:\n(a) Annotated provisional agenda (CTOC/COP/WG.3/2017/1);\n');
    expect(text.match(/\(CTOC\/COP\/WG\.3\/2017\/3-CTOC\/COP\/WG\.2\/2017\/2\)/g)).toHaveLength(2);
    expect(text.endsWith('(CTOC/COP/WG.2/2017/3).\n')).toBe(true);
  });

  it('gives Chinese first, then English, for both; a body without documents is said so', () => {
    const session = fixtureSession();
    const both = documentsList({ ...session, bodies: session.bodies.map((b) => ({ ...b, symbol: undefined })), items: session.items.map((i) => ({ ...i, documents: undefined })) }, 'both');
    expect(both).toBe(
      '国际合作工作组没有收到文件。\n\n技术援助问题政府专家工作组没有收到文件。\n\nThe Working Group on International Cooperation had no documents before it.\n\nThe Working Group of Government Experts on Technical Assistance had no documents before it.\n',
    );
  });

  it('letters past (z) as UN lists do', () => {
    expect([0, 1, 25, 26, 27].map(listLetter)).toEqual(['(a)', '(b)', '(z)', '(aa)', '(bb)']);
  });
});

describe('export file names', () => {
  it('come from the first symbol with its slashes made safe', () => {
    const session = fixtureSession();
    expect(exportFileName(session, 'annex-docx', 'zh')).toBe('CTOC-COP-WG.3-2017-1.annex.zh.docx');
    expect(exportFileName(session, 'document-pdf', 'both')).toBe('CTOC-COP-WG.3-2017-1.zh-en.pdf');
    expect(exportFileName(session, 'ics', 'en')).toBe('CTOC-COP-WG.3-2017-1.calendar.en.ics');
    expect(exportFileName(session, 'c3voc', 'en')).toBe('CTOC-COP-WG.3-2017-1.schedule.en.json');
    expect(exportFileName(session, 'documents', 'zh')).toBe('CTOC-COP-WG.3-2017-1.documents.zh.txt');
  });

  it('are safe on every system whatever the symbol says', () => {
    expect(safeFileNamePart('../a\\b:c*?"<>|\u0000d.')).toBe('a-bcd');
    expect(safeFileNamePart('CON')).toBe('_CON');
    expect(safeFileNamePart('x'.repeat(300))).toHaveLength(80);
    const session = fixtureSession();
    expect(exportFileName({ ...session, bodies: [] }, 'csv', 'zh')).toBe('Provisional agenda and annotations.annex.zh.csv');
    expect(exportFileName({ ...session, bodies: [], title: {} }, 'csv', 'zh')).toBe('orgwork.annex.zh.csv');
  });
});
