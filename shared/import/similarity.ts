// Runs everywhere (shared). How alike two agenda titles are, from 0 (nothing shared) to 1 (the
// same), by a measure an officer can check by hand — the Dice coefficient, twice the shared
// parts over all parts:
// - Chinese: pairs of neighbouring characters ("其他事项" has 其他, 他事, 事项); punctuation ignored;
// - English: significant words ("Adoption of the report" has adoption, report);
// - French, Spanish, Russian, Arabic: words of three letters or more (the short ones are mostly
//   articles and prepositions: "de", "la", "в", "في").
// Two titles are compared in every language both have; the best score counts.
import type { LangText } from '../model/types.ts';
import { DOC_LANGS, type DocLang } from '../i18n.ts';
import { significantWords } from './words.ts';

function dice(left: readonly string[], right: readonly string[]): number {
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const part of left) counts.set(part, (counts.get(part) ?? 0) + 1);
  let shared = 0;
  for (const part of right) {
    const count = counts.get(part) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(part, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Neighbouring character pairs of the letters and digits of `text`; a single character stands alone. */
export function characterBigrams(text: string): string[] {
  const chars = text.match(/[\p{L}\p{N}]/gu) ?? [];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, i) => chars[i]! + char);
}

export function chineseSimilarity(a: string, b: string): number {
  return dice(characterBigrams(a), characterBigrams(b));
}

export function englishSimilarity(a: string, b: string): number {
  return dice([...new Set(significantWords(a))], [...new Set(significantWords(b))]);
}

/** Words of three letters or more, lower case, each once. */
export function longWords(text: string): string[] {
  return [...new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length > 2))];
}

export function wordSimilarity(a: string, b: string): number {
  return dice(longWords(a), longWords(b));
}

const MEASURE: Record<DocLang, (a: string, b: string) => number> = {
  zh: chineseSimilarity,
  en: englishSimilarity,
  fr: wordSimilarity,
  es: wordSimilarity,
  ru: wordSimilarity,
  ar: wordSimilarity,
};

export function titleSimilarity(a: LangText, b: LangText): number {
  let best = 0;
  for (const lang of DOC_LANGS) {
    const [left, right] = [a[lang]?.trim(), b[lang]?.trim()];
    if (left && right) best = Math.max(best, MEASURE[lang](left, right));
  }
  return best;
}
