// Runs in Node (tests). The term base as pure logic: its seed is the reference glossary, it
// looks terms up exactly and then loosely, learns from sessions, fills the gaps of an
// English-only skeleton agenda, and goes out and comes back as CSV (and out as TBX).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../shared/model/index.ts';
import { editItem, newSession, skeletonAgenda } from '../../shared/schedule/index.ts';
import {
  csvRows,
  exportTermBase,
  fillMissingTranslations,
  GLOSSARY_ROWS,
  GLOSSARY_TERMS,
  importTerms,
  learnFromSession,
  lookup,
  termsFromCsv,
  termsToCsv,
  termsToTbx,
  type TermBase,
} from '../../shared/termbase/index.ts';
import { expectOk, fixtureSession } from './fixtures.ts';

const glossary: TermBase = { terms: GLOSSARY_TERMS };
const README = readFileSync(new URL('../../../shared/reference/README.md', import.meta.url), 'utf8');

/** The rows of the README's "Glossary (en / zh)" table. */
function readmeGlossary(): { en: string; zh: string }[] {
  const section = README.slice(README.indexOf('## Glossary'));
  const rows = section.split('\n').filter((line) => line.startsWith('|'));
  return rows.slice(2).map((row) => {
    const [en, zh] = row.split('|').slice(1, 3).map((cell) => cell.trim());
    return { en: en!, zh: zh! };
  });
}

/** A session with the skeleton agenda in English only, for one body. */
function englishSkeleton(): Session {
  const session = newSession({ id: 's', bodies: 1, from: '2018-05-14', to: '2018-05-18' });
  return { ...session, items: skeletonAgenda(['en']).map((item, i) => ({ id: `i${i}`, body: 'wg1', ...item })) };
}

describe('the seed', () => {
  it('is the glossary of the reference README, row by row', () => {
    expect(readmeGlossary()).toHaveLength(17);
    expect(GLOSSARY_ROWS.map(({ en, zh }) => ({ en, zh }))).toEqual(readmeGlossary());
  });

  it('gives one term per part of a row that joins several with " / "', () => {
    expect(GLOSSARY_TERMS.filter((term) => ['Date and time', 'Item', 'Title or description'].includes(term.en ?? ''))).toEqual([
      { en: 'Date and time', zh: '日期和时间', source: 'glossary' },
      { en: 'Item', zh: '议程项目', source: 'glossary' },
      { en: 'Title or description', zh: '标题或说明', source: 'glossary' },
    ]);
  });
});

describe('lookup', () => {
  it('finds a term exactly, in either direction', () => {
    expect(lookup(glossary, 'Other matters', 'en')).toEqual([{ text: '其他事项', match: 'exact', source: 'glossary' }]);
    expect(lookup(glossary, '维也纳', 'zh')).toEqual([{ text: 'Vienna', match: 'exact', source: 'glossary' }]);
  });

  it('then finds it after trimming, ignoring case and trailing punctuation', () => {
    expect(lookup(glossary, '  organizational   MATTERS: ', 'en')).toEqual([{ text: '组织事项', match: 'normalized', source: 'glossary' }]);
    expect(lookup(glossary, '其他事项。', 'zh')).toEqual([{ text: 'Other matters', match: 'normalized', source: 'glossary' }]);
    expect(lookup(glossary, 'Other business', 'en')).toEqual([]);
  });

  it('offers the officer\'s own terms first, then the glossary, then learned ones, the latest first', () => {
    const base: TermBase = {
      terms: [
        { en: 'Other matters', zh: '其它事项', source: 'learned' },
        { en: 'Other matters', zh: '其他问题', source: 'learned' },
        ...GLOSSARY_TERMS,
        { en: 'Other matters', zh: '其他事宜', source: 'imported' },
      ],
    };
    expect(lookup(base, 'Other matters', 'en').map((s) => [s.text, s.source])).toEqual([
      ['其他事宜', 'imported'],
      ['其他事项', 'glossary'],
      ['其他问题', 'learned'],
      ['其它事项', 'learned'],
    ]);
  });
});

describe('learnFromSession', () => {
  it('learns every bilingual label of the 2017 session the glossary does not have', () => {
    const learned = learnFromSession(glossary, fixtureSession()).terms.slice(GLOSSARY_TERMS.length);
    expect(learned.every((term) => term.source === 'learned')).toBe(true);
    expect(learned.map((term) => term.en)).toContain('Recent developments in obtaining electronic evidence');
    expect(learned.map((term) => term.en)).toContain('tenth meeting');
    // Known pairs (item titles that are glossary terms, the venue) are not learned twice.
    expect(learned.filter((term) => term.en === 'Other matters' || term.en === 'Vienna')).toEqual([]);
    expect(lookup(learnFromSession(glossary, fixtureSession()), '拟订调查表', 'zh')).toEqual([{ text: 'Development of the questionnaire', match: 'exact', source: 'learned' }]);
  });

  it('learns a new pair after it is typed, and prefers the translation used last', () => {
    const base = learnFromSession(glossary, fixtureSession());
    const retitled = expectOk(editItem(fixtureSession(), 'wg3-4', { title: { en: 'Recent developments in obtaining electronic evidence', zh: '获取电子证据的最新动态' } })).session;
    const relearned = learnFromSession(base, retitled);
    expect(lookup(relearned, 'Recent developments in obtaining electronic evidence', 'en').map((s) => s.text)).toEqual(['获取电子证据的最新动态', '在获得电子证据方面的最新动态']);
    const back = learnFromSession(relearned, fixtureSession());
    expect(lookup(back, 'Recent developments in obtaining electronic evidence', 'en').map((s) => s.text)).toEqual(['在获得电子证据方面的最新动态', '获取电子证据的最新动态']);
  });

  it('learns nothing from placeholder names, untranslated labels and one-language labels', () => {
    const session = newSession({ id: 's', bodies: 2, from: '2018-05-14', to: '2018-05-18' });
    const withGaps = { ...session, items: [{ id: 'a', body: 'wg1', number: '1', title: { en: 'Briefing' } }, { id: 'b', body: 'wg1', number: '2', title: { en: 'UNODC', zh: 'UNODC' } }] };
    const learned = learnFromSession(glossary, withGaps).terms.slice(GLOSSARY_TERMS.length);
    expect(learned).toEqual([{ en: 'first meeting', zh: '第一次会议', source: 'learned' }]);
  });
});

describe('fillMissingTranslations', () => {
  it('fills the Chinese titles of an English-only skeleton agenda and lists what it filled', () => {
    const { session, filled } = fillMissingTranslations(englishSkeleton(), glossary);
    expect(session.items.map((item) => item.title)).toEqual(skeletonAgenda().map((item) => item.title));
    expect(filled).toEqual([
      { path: '$.items[0].title.zh', from: 'Organizational matters', to: '组织事项', fromLang: 'en' },
      { path: '$.items[1].title.zh', from: 'Opening of the meeting', to: '会议开幕', fromLang: 'en' },
      { path: '$.items[2].title.zh', from: 'Adoption of the agenda and organization of work', to: '通过议程和工作安排', fromLang: 'en' },
      { path: '$.items[3].title.zh', from: 'Other matters', to: '其他事项', fromLang: 'en' },
      { path: '$.items[4].title.zh', from: 'Adoption of the report', to: '通过报告', fromLang: 'en' },
    ]);
  });

  it('names a meeting the term base does not know by its ordinal, and leaves what it cannot fill', () => {
    const session = { ...englishSkeleton(), venue: { en: 'Vienna' } };
    session.bodies = [{ ...session.bodies[0]!, name: { en: 'Working Group on Firearms' }, meeting: { zh: '第九次会议' } }];
    const { filled, session: next } = fillMissingTranslations(session, glossary);
    expect(filled.slice(0, 2)).toEqual([
      { path: '$.venue.zh', from: 'Vienna', to: '维也纳', fromLang: 'en' },
      { path: '$.bodies[0].meeting.en', from: '第九次会议', to: 'ninth meeting', fromLang: 'zh' },
    ]);
    expect(next.bodies[0]!.name).toEqual({ en: 'Working Group on Firearms' });
  });

  it('fills only the languages the session is written in, and changes nothing else', () => {
    const englishOnly = { ...englishSkeleton(), languages: ['en' as const] };
    expect(fillMissingTranslations(englishOnly, glossary)).toEqual({ session: englishOnly, filled: [] });
  });
});

describe('CSV', () => {
  it('writes UTF-8 with a byte order mark, a header and quoted fields where needed', () => {
    const csv = termsToCsv([
      { en: 'Other matters', zh: '其他事项' },
      { en: 'Review, "phase 1"', zh: '审议，“第一阶段”' },
      { en: '=SUM(A1)', zh: '公式' },
    ]);
    expect(csv).toBe('\uFEFFen,zh\r\nOther matters,其他事项\r\n"Review, ""phase 1""",审议，“第一阶段”\r\n\'=SUM(A1),公式\r\n');
  });

  it('reads back what it writes', () => {
    const terms = [
      { en: 'Other matters', zh: '其他事项' },
      { en: 'Review, "phase 1"', zh: '审议，“第一阶段”' },
      { en: 'Two\nlines', zh: '两行' },
      { en: '-5 °C', zh: '零下5度' },
    ];
    expect(termsFromCsv(termsToCsv(terms))).toEqual({ terms, problems: [] });
  });

  it('reads what people write: no mark, no header or zh first, semicolons or tabs, blank lines', () => {
    expect(termsFromCsv('Vienna,维也纳\n\nNew York,纽约\n').terms).toEqual([
      { en: 'Vienna', zh: '维也纳' },
      { en: 'New York', zh: '纽约' },
    ]);
    expect(termsFromCsv('zh;en\r\n维也纳;Vienna').terms).toEqual([{ en: 'Vienna', zh: '维也纳' }]);
    expect(termsFromCsv('en\tzh\nVienna\t维也纳').terms).toEqual([{ en: 'Vienna', zh: '维也纳' }]);
  });

  it('says which lines are not pairs, counting lines inside quoted fields', () => {
    const { terms: pairs, problems } = termsFromCsv('en,zh\n"A\nB",乙\nOnly English\n,只有中文\n');
    expect(pairs).toEqual([{ en: 'A\nB', zh: '乙' }]);
    expect(problems.map((p) => [p.line, p.message.en])).toEqual([
      [4, 'line 4: a term needs texts in at least two languages (columns such as en, zh, fr)'],
      [5, 'line 5: a term needs texts in at least two languages (columns such as en, zh, fr)'],
    ]);
    expect(csvRows('a,"b\n"\n').map((row) => row.line)).toEqual([1]);
  });

  it('imports pairs as the officer\'s own terms; known pairs count as unchanged', () => {
    const { base, result } = importTerms(glossary, 'en,zh\nVienna,维也纳\nNew York,纽约\nNew York,纽约\n');
    expect(result).toEqual({ added: 1, unchanged: 2, conflicting: 0, languages: ['en', 'zh'], problems: [] });
    expect(lookup(base, 'New York', 'en')).toEqual([{ text: '纽约', match: 'exact', source: 'imported' }]);
  });
});

describe('export', () => {
  it('exports every pair once as CSV, which imports back to the same term base', () => {
    const base = learnFromSession(glossary, fixtureSession());
    const exported = exportTermBase(base, 'csv');
    expect(exported).toMatchObject({ name: 'orgwork-terms.csv', mimeType: 'text/csv' });
    expect(termsFromCsv(exported.text).terms).toEqual(base.terms.map(({ source: _source, ...texts }) => texts));
  });

  it('exports TBX: one concept entry per pair, an English and a Chinese term each, escaped', () => {
    const tbx = termsToTbx([{ en: 'Rules & "procedures" <draft>', zh: '议事规则' }]);
    expect(tbx).toContain('<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(tbx).toContain(
      '<conceptEntry id="c1">\n        <langSec xml:lang="en"><termSec><term>Rules &amp; &quot;procedures&quot; &lt;draft&gt;</term></termSec></langSec>\n        <langSec xml:lang="zh"><termSec><term>议事规则</term></termSec></langSec>\n      </conceptEntry>',
    );
    expect(exportTermBase(glossary, 'tbx').text.match(/<conceptEntry /g)).toHaveLength(GLOSSARY_TERMS.length);
  });
});
