// Runs in Node (tests). The term base in the six UN languages: looked up from any language into
// any other, learned from a session's labels in its languages, filling every language of the
// session, going out and coming back as CSV (a column per language) and TBX (a language section
// per language, TBX-Basic and the older TBX 2 form), with English–Chinese files and stored term
// bases written before there were six still read as they were; and the seed's sources.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBRARY_FILE } from '../../electron/handlers/library-db.ts';
import type { Session } from '../../shared/model/index.ts';
import { newSession, skeletonAgenda } from '../../shared/schedule/index.ts';
import {
  exportTermBase,
  fillMissingTranslations,
  GLOSSARY_ROWS,
  GLOSSARY_TERMS,
  importTerms,
  learnFromSession,
  lookup,
  termsFromCsv,
  termsFromTbx,
  termsOf,
  termsToCsv,
  termsToTbx,
  type TermBase,
  type TermTexts,
} from '../../shared/termbase/index.ts';
import { MORE_GLOSSARY_ROWS } from '../../shared/termbase/seed.ts';
import { handlerHarness } from './handler-harness.ts';

const glossary: TermBase = { terms: GLOSSARY_TERMS };

const SIX: TermTexts = {
  ar: 'مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
  en: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  es: 'Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
  fr: 'Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée',
  ru: 'Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности',
  zh: '联合国打击跨国有组织犯罪公约缔约方会议',
};

/** The skeleton agenda in English only for one body, the session written in `languages`. */
function englishSkeleton(languages: Session['languages']): Session {
  const session = newSession({ id: 's', bodies: 1, from: '2018-05-14', to: '2018-05-18' });
  return { ...session, languages, items: skeletonAgenda(['en']).map((item, i) => ({ id: `i${i}`, body: 'wg1', ...item })) };
}

describe('the seed in six languages', () => {
  it('has the Conference in all six, and names a source for every text besides English and Chinese', () => {
    expect(GLOSSARY_TERMS[0]).toEqual({ ...SIX, source: 'glossary' });
    for (const row of [...GLOSSARY_ROWS, ...MORE_GLOSSARY_ROWS]) {
      for (const lang of ['ar', 'es', 'fr', 'ru'] as const) if (row[lang]) expect(row.sources?.[lang], `${row.en} ${lang}`).toMatch(/\S/u);
    }
    // What could not be confirmed is said, not guessed.
    expect(GLOSSARY_ROWS.find((row) => row.en === 'Other matters')).toMatchObject({ unconfirmed: expect.stringContaining('not found') });
    expect(GLOSSARY_ROWS.find((row) => row.en === 'Other matters')!.fr).toBeUndefined();
  });
});

describe('lookup across languages', () => {
  it('looks a term up from any language into any other', () => {
    expect(lookup(glossary, SIX.fr!, 'fr', 'es')).toEqual([{ text: SIX.es, match: 'exact', source: 'glossary' }]);
    expect(lookup(glossary, SIX.ar!, 'ar', 'ru')).toEqual([{ text: SIX.ru, match: 'exact', source: 'glossary' }]);
    expect(lookup(glossary, 'Vienne', 'fr', 'zh')).toEqual([{ text: '维也纳', match: 'exact', source: 'glossary' }]);
    // Without a target: English for the other languages, as the editor asks.
    expect(lookup(glossary, 'Viena', 'es')).toEqual([{ text: 'Vienna', match: 'exact', source: 'glossary' }]);
    expect(lookup(glossary, 'Vienna', 'en', 'en')).toEqual([]);
  });

  it('finds a French term typed with a straight apostrophe, in another case, with list punctuation', () => {
    expect(lookup(glossary, "questions d'organisation :", 'fr', 'en')).toEqual([{ text: 'Organizational matters', match: 'normalized', source: 'glossary' }]);
    expect(lookup(glossary, 'افتتاح الاجتماع؛', 'ar', 'en')).toEqual([{ text: 'Opening of the meeting', match: 'normalized', source: 'glossary' }]);
  });

  it('offers nothing in a language the term base does not have the term in', () => {
    expect(lookup(glossary, 'Other matters', 'en', 'fr')).toEqual([]);
  });
});

describe('learning from a session in its languages', () => {
  const session = (title: Session['items'][number]['title']): Session => ({ ...englishSkeleton(['en', 'fr', 'ru']), items: [{ id: 'a', body: 'wg1', number: '2', title }] });

  it('learns a term in every language a label has, and a fuller one replaces the learned pair it says more of', () => {
    const pair = learnFromSession(glossary, session({ en: 'Firearms', zh: '枪支' }));
    expect(pair.terms.slice(GLOSSARY_TERMS.length).filter((t) => t.en === 'Firearms')).toEqual([{ en: 'Firearms', zh: '枪支', source: 'learned' }]);
    const fuller = learnFromSession(pair, session({ en: 'Firearms', fr: 'Armes à feu', ru: 'Огнестрельное оружие', zh: '枪支' }));
    expect(fuller.terms.slice(GLOSSARY_TERMS.length).filter((t) => t.en === 'Firearms')).toEqual([
      { en: 'Firearms', fr: 'Armes à feu', ru: 'Огнестрельное оружие', zh: '枪支', source: 'learned' },
    ]);
    expect(lookup(fuller, 'Armes à feu', 'fr', 'ru')).toEqual([{ text: 'Огнестрельное оружие', match: 'exact', source: 'learned' }]);
    // The pair alone again teaches nothing new: the fuller term says it.
    const again = learnFromSession(fuller, session({ en: 'Firearms', zh: '枪支' }));
    expect(again.terms.filter((t) => t.en === 'Firearms')).toEqual([{ en: 'Firearms', fr: 'Armes à feu', ru: 'Огнестрельное оружие', zh: '枪支', source: 'learned' }]);
    expect(again.terms).toHaveLength(fuller.terms.length);
  });

  it('leaves out a Russian, Arabic or Chinese text that is a copy of another language\'s', () => {
    expect(termsOf(session({ en: 'UNODC', fr: 'ONUDC', ru: 'UNODC' }))).toContainEqual({ en: 'UNODC', fr: 'ONUDC' });
    expect(termsOf(session({ en: 'UNODC', ru: 'UNODC' })).filter((t) => t.en === 'UNODC')).toEqual([]);
  });
});

describe('fill missing translations in every language of the session', () => {
  it('fills French, Spanish and Arabic from English where the term base knows them, and says from which language', () => {
    const { session, filled } = fillMissingTranslations(englishSkeleton(['en', 'fr', 'es', 'ar']), glossary);
    expect(session.items.map((item) => item.title)).toEqual([
      { en: 'Organizational matters', fr: 'Questions d’organisation', es: 'Cuestiones de organización' },
      { en: 'Opening of the meeting', fr: 'Ouverture de la réunion', ar: 'افتتاح الاجتماع' },
      { en: 'Adoption of the agenda and organization of work', fr: 'Adoption de l’ordre du jour et organisation des travaux', es: 'Aprobación del programa y organización de los trabajos' },
      { en: 'Other matters' },
      { en: 'Adoption of the report' },
    ]);
    expect(filled.find((fill) => fill.path === '$.items[0].title.fr')).toEqual({ path: '$.items[0].title.fr', from: 'Organizational matters', to: 'Questions d’organisation', fromLang: 'en' });
    expect(filled.every((fill) => fill.fromLang === 'en')).toBe(true);
  });

  it('fills from the next language of the fallback order when English has no text', () => {
    const base = englishSkeleton(['zh', 'fr']);
    const session = { ...base, venue: { fr: 'Vienne' } };
    const { filled } = fillMissingTranslations(session, glossary);
    expect(filled.find((fill) => fill.path === '$.venue.zh')).toEqual({ path: '$.venue.zh', from: 'Vienne', to: '维也纳', fromLang: 'fr' });
  });
});

describe('CSV with a column per language', () => {
  it('writes a header naming the languages the terms have, and reads back what it writes', () => {
    const terms = [SIX, { en: 'Vienna', fr: 'Vienne' }, { ar: 'افتتاح الاجتماع', en: 'Opening of the meeting' }];
    const csv = termsToCsv(terms);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFar,en,es,fr,ru,zh');
    expect(csv.split('\r\n')[2]).toBe(',Vienna,,Vienne,,');
    expect(termsFromCsv(csv)).toEqual({ terms, problems: [] });
  });

  it('keeps reading the English–Chinese files written before: header en,zh, zh,en or none', () => {
    expect(termsFromCsv('\uFEFFen,zh\r\nVienna,维也纳\r\n').terms).toEqual([{ en: 'Vienna', zh: '维也纳' }]);
    expect(termsFromCsv('zh,en\nVienna zh,Vienna').terms).toEqual([{ zh: 'Vienna zh', en: 'Vienna' }]);
    expect(termsFromCsv('Vienna,维也纳').terms).toEqual([{ en: 'Vienna', zh: '维也纳' }]);
    expect(termsToCsv([{ en: 'Vienna', zh: '维也纳' }])).toBe('\uFEFFen,zh\r\nVienna,维也纳\r\n');
  });

  it('reads region tags and columns in any order, and says which columns are not languages', () => {
    const { terms, problems } = termsFromCsv('fr-FR;Note;ES;zh_Hans\nVienne;ville;Viena;维也纳\nseul;;;\n');
    expect(terms).toEqual([{ fr: 'Vienne', es: 'Viena', zh: '维也纳' }]);
    expect(problems.map((p) => [p.line, p.message.en])).toEqual([
      [1, 'column 2 ("Note") is not a language code (ar, en, es, fr, ru, zh) and was left out'],
      [3, 'line 3: a term needs texts in at least two languages (columns such as en, zh, fr)'],
    ]);
  });

  it('reads a header that names the languages instead of giving their codes', () => {
    expect(termsFromCsv('English,Français,中文,Русский\nVienna,Vienne,维也纳,Вена\n').terms).toEqual([{ en: 'Vienna', fr: 'Vienne', zh: '维也纳', ru: 'Вена' }]);
  });

  it('imports six-language terms, knowing a term another says all of', () => {
    const { base, result } = importTerms(glossary, `en,fr,ru\nVienna,Vienne,\nFirearms,Armes à feu,Огнестрельное оружие\n`);
    expect(result).toEqual({ added: 1, unchanged: 1, conflicting: 0, languages: ['en', 'fr', 'ru'], problems: [] });
    expect(lookup(base, 'Огнестрельное оружие', 'ru', 'fr')).toEqual([{ text: 'Armes à feu', match: 'exact', source: 'imported' }]);
    expect(importTerms(glossary, 'en,fr\nVienna,Vienne-sur-Danube\n').result.conflicting).toBe(1);
  });

  it('exports every term once and imports back to the same term base', () => {
    const base = importTerms(glossary, termsToCsv([SIX, { es: 'Armas de fuego', ar: 'الأسلحة النارية' }])).base;
    const exported = exportTermBase(base, 'csv').text;
    expect(importTerms({ terms: [] }, exported).base.terms.map(({ source: _s, ...texts }) => texts)).toEqual(base.terms.map(({ source: _s, ...texts }) => texts));
  });
});

describe('TBX with every language', () => {
  it('writes a language section per language, escaped, and reads back what it writes', () => {
    const terms = [SIX, { en: 'Rules & "procedures" <draft>', fr: 'Règlement intérieur' }];
    const tbx = termsToTbx(terms);
    expect(tbx).toContain('<langSec xml:lang="ar"><termSec><term>مؤتمر الأطراف');
    expect(tbx).toContain('<langSec xml:lang="fr"><termSec><term>Règlement intérieur</term></termSec></langSec>');
    expect(tbx.match(/<langSec /gu)).toHaveLength(8);
    expect(termsFromTbx(tbx)).toEqual({ terms, problems: [] });
    expect(importTerms({ terms: [] }, exportTermBase(glossary, 'tbx').text).base.terms).toHaveLength(GLOSSARY_TERMS.length);
  });

  it('reads the TBX 2 (MARTIF) form other tools write: termEntry, langSet, tig, region tags, entities', () => {
    const martif = `<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
  <termEntry id="t1">
    <descrip type="subjectField">UN</descrip>
    <langSet xml:lang="en-GB"><tig><term>Other matters</term></tig></langSet>
    <langSet xml:lang='fr-FR'><tig><term>Questions diverses</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
    <langSet xml:lang="es"><ntig><termGrp><term>Otros asuntos</term></termGrp></ntig></langSet>
  </termEntry>
  <termEntry id="t2"><langSet xml:lang="en"><tig><term>R&amp;D &#x4E2D;&#25991;</term></tig></langSet><langSet xml:lang="de"><tig><term>F&amp;E</term></tig></langSet></termEntry>
</body></text></martif>`;
    const { terms, problems } = termsFromTbx(martif);
    expect(terms).toEqual([{ en: 'Other matters', fr: 'Questions diverses', es: 'Otros asuntos' }]);
    expect(problems.map((p) => [p.line, p.message.en])).toEqual([[9, 'term entry 2: it needs terms in at least two of the languages ar, en, es, fr, ru, zh; left out']]);
    expect(termsFromTbx('<tbx><text><body><conceptEntry><langSec xml:lang="en"><termSec><term>R&amp;D &#x4E2D;</term></termSec></langSec><langSec xml:lang="zh"><termSec><term>研发</term></termSec></langSec></conceptEntry></body></text></tbx>').terms).toEqual([{ en: 'R&D 中', zh: '研发' }]);
  });

  it('says when a file is not TBX, and imports TBX through the same door as CSV', () => {
    expect(termsFromTbx('<html><body>no</body></html>').problems.map((p) => p.message.en)).toEqual(['the file is not a TBX term base (no <tbx> or <martif> element)']);
    expect(importTerms(glossary, termsToTbx([{ en: 'Firearms', ru: 'Огнестрельное оружие' }])).result).toEqual({ added: 1, unchanged: 0, conflicting: 0, languages: ['en', 'ru'], problems: [] });
  });
});

describe('the stored term base', () => {
  it('loads English–Chinese terms stored before there were six, and six-language ones, and skips one-language entries', async () => {
    const harness = handlerHarness();
    mkdirSync(harness.deps.dataDir, { recursive: true });
    const stored = [{ en: 'Geneva', zh: '日内瓦', source: 'imported' }, { ...SIX, en: 'The Conference', source: 'learned' }, { fr: 'seul', source: 'imported' }, { en: 'Bad', zh: 'source', source: 'glossary' }];
    writeFileSync(join(harness.deps.dataDir, LIBRARY_FILE), JSON.stringify({ terms: stored }));
    expect(await harness.handlers.termLookup('Geneva', 'en')).toEqual([{ text: '日内瓦', match: 'exact', source: 'imported' }]);
    expect(await harness.handlers.termLookup('The Conference', 'en', 'ar')).toEqual([{ text: SIX.ar, match: 'exact', source: 'learned' }]);
    expect(await harness.handlers.importTermBase('en,fr\nGeneva,Genève\n')).toMatchObject({ added: 1 });
    const terms = JSON.parse(readFileSync(join(harness.deps.dataDir, LIBRARY_FILE), 'utf8')).terms;
    expect(terms.slice(0, 2)).toEqual(stored.slice(0, 2));
    expect(terms).toHaveLength(3);
  });
});
