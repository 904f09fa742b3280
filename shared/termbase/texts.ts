// Runs everywhere (shared). A term's texts language by language: which languages it has, one key
// per term to tell terms apart, and whether one term says everything another says.
import { DOC_LANGS, type DocLang } from '../i18n.ts';
import { tidyTerm } from './normalize.ts';
import type { TermTexts } from './types.ts';

/** The languages `term` has a text in, in file order (ar, en, es, fr, ru, zh). */
export const termLanguages = (term: TermTexts): DocLang[] => DOC_LANGS.filter((lang) => term[lang]);

/** One key per term: its text in every language, empty where it has none. */
export const termEntryKey = (term: TermTexts): string => DOC_LANGS.map((lang) => term[lang] ?? '').join('\u0000');

/** Does `a` have every text `b` has, the same? (A term known in English, Chinese and French covers its English–Chinese pair.) */
export const covers = (a: TermTexts, b: TermTexts): boolean => termLanguages(b).every((lang) => a[lang] === b[lang]);

/** `texts` tidied (tidyTerm), without the languages left empty. */
export function tidyTexts(texts: TermTexts): TermTexts {
  const out: TermTexts = {};
  for (const lang of DOC_LANGS) {
    const text = tidyTerm(texts[lang] ?? '');
    if (text) out[lang] = text;
  }
  return out;
}

/** A term needs two languages: one text alone translates nothing. */
export const isTerm = (texts: TermTexts): boolean => termLanguages(texts).length >= 2;
