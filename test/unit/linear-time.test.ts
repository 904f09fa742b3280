// Runs in Node (tests). Every exported function of shared/ that reads text with regular
// expressions takes time in proportion to its input, also on the inputs that make a
// backtracking pattern retry from every position (long runs of spaces, stars, brackets, tags
// that never close). Measured as a ratio, never as an absolute time: one call on 100,000
// characters against a hundred calls on 1,000 characters of the same shape. Linear code gives
// a ratio near 1, quadratic code about 100; the budget is 10.
import { describe, expect, it } from 'vitest';
import { collapsedSpaces, withoutTrailingPunctuation } from '../../shared/format/punctuation.ts';
import { trimEndWhile, withoutTrailingStop } from '../../shared/format/text.ts';
import { agendaLines } from '../../shared/import/agenda-lines.ts';
import { withoutListPunctuation, withWesternDigits } from '../../shared/import/conventions.ts';
import { guessLang } from '../../shared/import/guess-lang.ts';
import { parseAgenda, parseAgendas } from '../../shared/import/index.ts';
import { footnoteDefinition, footnoteMeansJoint, isOnlyMarks, takeMarks } from '../../shared/import/marks.ts';
import { characterBigrams, chineseSimilarity, englishSimilarity, wordSimilarity } from '../../shared/import/similarity.ts';
import { significantWords } from '../../shared/import/words.ts';
import { csvField } from '../../shared/export/csv.ts';
import { safeFileNamePart } from '../../shared/export/file-name.ts';
import { withoutInvalidChars } from '../../shared/export/safe-text.ts';
import { compareAgendaNumbers, parentNumber } from '../../shared/schedule/agenda-numbers.ts';
import { ordinalIn, withOrdinal } from '../../shared/schedule/ordinals.ts';
import { uniqueId } from '../../shared/schedule/edit.ts';
import { deriveAnnex } from '../../shared/schedule/index.ts';
import { looksLikeUnSymbol } from '../../shared/rules/text.ts';
import { csvRows, termsFromCsv } from '../../shared/termbase/csv.ts';
import { termsFromTbx } from '../../shared/termbase/tbx.ts';
import { lookup } from '../../shared/termbase/lookup.ts';
import { GLOSSARY_TERMS } from '../../shared/termbase/seed.ts';
import { termKey, tidyTerm } from '../../shared/termbase/normalize.ts';
import { fixtureSession } from './fixtures.ts';

const SMALL = 1_000;
const LARGE = Number(process.env.LARGE ?? 100_000);
const BUDGET = 10;

/** Inputs of about `n` characters that make backtracking patterns slow: runs ended by a character that breaks the match. */
const SHAPES: Record<string, (n: number) => string> = {
  'spaces then a letter': (n) => `${' '.repeat(n)}x`,
  'a title, spaces, a letter': (n) => `1. Opening${' '.repeat(n)}x`,
  'an open <sup> tag and spaces': (n) => `<sup>${' '.repeat(n)}x`,
  'a closed <sup> tag full of spaces': (n) => `<sup>${' '.repeat(n)}x</sup> y`,
  'brackets and spaces': (n) => `(${' '.repeat(n)}joint item of x`,
  'Chinese joint marker left open': (n) => `（${' '.repeat(n)}的 联合项目 x`,
  'many open brackets': (n) => '(（'.repeat(n / 2) + 'x',
  'stars then spaces': (n) => `${'*'.repeat(n / 2)}${' '.repeat(n / 2)}`,
  'superscripts then a letter': (n) => `${'¹'.repeat(n)}x`,
  'footnote reference left open': (n) => `[^${'a'.repeat(n)}`,
  'stops, colons and spaces then a letter': (n) => `${'.:; 。，'.repeat(n / 6)}x`,
  'dots then a letter': (n) => `${'.'.repeat(n)}x`,
  'a letter, dots, a letter': (n) => `x${'. '.repeat(n / 2)}x`,
  'words and hyphens': (n) => 'ab-'.repeat(n / 3),
  'symbol-like': (n) => `A/${'b.'.repeat(n / 2)}!`,
  'quotes': (n) => `"${'a,'.repeat(n / 2)}`,
  'tags and marks': (n) => '1. A.<sup>  x '.repeat(n / 13),
  // Many lines: agendas that start again at 1 on every other line; a title left unfinished.
  'an item and an open tag, line after line': (n) => '1. A.\n<sup>  x\n'.repeat(n / 14),
  'empty lines after an unfinished title': (n) => `1. Opening${'\n\nmore words'.repeat(n / 12)}`,
  // The other languages' forms: sub-items without an opening bracket, Arabic and Cyrillic letters and digits, markers.
  'colons then letters without brackets': (n) => ': a'.repeat(n / 3),
  'semicolons, spaces, a letter and no bracket': (n) => `;${' '.repeat(n)}a x`,
  'Arabic letters in open brackets': (n) => `؛ (ب`.repeat(n / 4),
  'Arabic-Indic digits and dashes': (n) => '١-'.repeat(n / 2),
  'Cyrillic sub-items run together': (n) => '1. Вопросы: а) открытие; б) доклад; '.repeat(n / 36),
  'a French marker left open': (n) => `(point commun${' au'.repeat(n / 3)}`,
  'an Arabic marker with spaces': (n) => `(بند مشترك${' '.repeat(n)}مع x`,
  // TBX: entries and tags left open, a tag name repeated before its ">", a term full of "<".
  'TBX entries left open': (n) => '<tbx><conceptEntry><langSec xml:lang="en"><termSec><term>'.repeat(n / 58),
  'TBX tag names before one ">"': (n) => `<tbx>${'<termEntry '.repeat(n / 11)}>`,
  'a TBX term full of "<"': (n) => `<tbx><termEntry><langSet xml:lang="en"><tig><term>${'<'.repeat(n)}</term></tig></langSet></termEntry>`,
};

const annexSession = (title: string) => {
  const session = fixtureSession();
  return { ...session, items: session.items.map((item, i) => (i === 0 ? { ...item, title: { en: title, zh: title } } : item)) };
};

/** Each function under test, called with one input. */
const FUNCTIONS: Record<string, (text: string) => unknown> = {
  withoutTrailingStop,
  withoutTrailingPunctuation,
  collapsedSpaces,
  trimEndWhile: (text) => trimEndWhile(text, /^\s$/u),
  takeMarks,
  isOnlyMarks,
  footnoteDefinition,
  footnoteMeansJoint,
  agendaLines,
  parseAgendaEn: (text) => parseAgenda(`1. Opening.\n${text}`, 'en'),
  parseAgendaZh: (text) => parseAgenda(`1. 开幕。\n${text}`, 'zh'),
  parseAgendas: (text) => parseAgendas(text, 'en'),
  parseAgendaFr: (text) => parseAgenda(`1. Ouverture.\n${text}`, 'fr'),
  parseAgendaAr: (text) => parseAgenda(`١- افتتاح.\n${text}`, 'ar'),
  parseAgendaRu: (text) => parseAgenda(`1. Открытие.\n${text}`, 'ru'),
  guessLang,
  withWesternDigits,
  withoutListPunctuation,
  wordSimilarity: (text) => wordSimilarity(text, text),
  characterBigrams,
  chineseSimilarity: (text) => chineseSimilarity(text, text),
  englishSimilarity: (text) => englishSimilarity(text, text),
  significantWords,
  csvField,
  safeFileNamePart,
  withoutInvalidChars,
  compareAgendaNumbers: (text) => compareAgendaNumbers(text, `${text}(a)`),
  parentNumber,
  ordinalIn: (text) => [ordinalIn(text, 'en'), ordinalIn(text, 'zh')],
  withOrdinal: (text) => [withOrdinal(text, 'en', 3), withOrdinal(text, 'zh', 3)],
  uniqueId: (text) => uniqueId(text, []),
  looksLikeUnSymbol,
  csvRows,
  termsFromCsv,
  termsFromTbx,
  lookup: (text) => lookup({ terms: GLOSSARY_TERMS }, text, 'fr', 'ar'),
  tidyTerm,
  termKey,
  deriveAnnex: (text) => deriveAnnex(annexSession(text), 'en'),
};

/** The least time of a few runs, so that another process taking the CPU for a moment does not count. */
function leastTime(run: () => void): number {
  let least = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    least = Math.min(least, performance.now() - start);
  }
  return least;
}

function ratio(fn: (text: string) => unknown, shape: (n: number) => string): number {
  const small = shape(SMALL);
  const large = shape(LARGE);
  const smallTime = leastTime(() => {
    for (let i = 0; i < LARGE / SMALL; i++) fn(small);
  });
  const largeTime = leastTime(() => fn(large));
  // Below a millisecond the clock says more than the code: count it as a millisecond.
  return largeTime / Math.max(smallTime, 1);
}

describe('regular expressions run in linear time', () => {
  it.each(Object.entries(FUNCTIONS))('%s', (_name, fn) => {
    const slow: string[] = [];
    for (const [shapeName, shape] of Object.entries(SHAPES)) {
      // A second try before judging: the machine is shared.
      if (ratio(fn, shape) > BUDGET && ratio(fn, shape) > BUDGET) slow.push(shapeName);
    }
    expect(slow).toEqual([]);
  });
});
