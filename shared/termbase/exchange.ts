// Runs everywhere (shared). Term lists in and out: an imported list (CSV or TBX) joins the term
// base as the officer's own (most trusted) terms; an export holds every term once, glossary
// first, with a column (CSV) or a language section (TBX) per language the terms have.
import { DOC_LANGS, type DocLang } from '../i18n.ts';
import { termsFromCsv, termsToCsv } from './csv.ts';
import { termKey } from './normalize.ts';
import { termsFromTbx, termsToTbx } from './tbx.ts';
import { covers, isTerm, termEntryKey, termLanguages, tidyTexts } from './texts.ts';
import type { ReadTerms, Term, TermBase, TermBaseExport, TermBaseFormat, TermBaseImportResult, TermTexts } from './types.ts';

/** The terms the term base has for each text, compared loosely: "fr\0vienne" → [{ en: "Vienna", fr: "Vienne", … }]. */
function termsByText(terms: readonly Term[]): Map<string, Term[]> {
  const known = new Map<string, Term[]>();
  for (const term of terms) {
    for (const lang of termLanguages(term)) {
      const key = `${lang}\u0000${termKey(term[lang]!)}`;
      known.set(key, [...(known.get(key) ?? []), term]);
    }
  }
  return known;
}

/** Does `texts` translate a text the term base knows otherwise (same text in one language, another in a language both have)? */
function conflicts(known: Map<string, Term[]>, texts: TermTexts): boolean {
  const languages = termLanguages(texts);
  return languages.some((lang) =>
    (known.get(`${lang}\u0000${termKey(texts[lang]!)}`) ?? []).some((term) => languages.some((other: DocLang) => term[other] !== undefined && termKey(term[other]) !== termKey(texts[other]!))),
  );
}

/**
 * Adds `entries` as imported terms; a term already known counts as unchanged (a learned one
 * becomes imported). A new term that translates a known text otherwise is added too (the
 * officer's own list is offered first) and counted as conflicting, for the officer to know.
 */
export function mergeTerms(base: TermBase, entries: readonly TermTexts[]): { base: TermBase; added: number; unchanged: number; conflicting: number } {
  const terms = [...base.terms];
  const at = new Map(terms.map((term, i) => [termEntryKey(term), i]));
  const known = termsByText(base.terms);
  // A term is known when one of the term base's says all it says (the glossary's Vienna in four languages covers "Vienna, 维也纳").
  const coveringIndex = (texts: TermTexts): number | undefined => {
    const exact = at.get(termEntryKey(texts));
    if (exact !== undefined) return exact;
    const [lang] = termLanguages(texts);
    const candidates = known.get(`${lang}\u0000${termKey(texts[lang!]!)}`) ?? [];
    const covering = candidates.find((term) => covers(term, texts));
    return covering ? terms.indexOf(covering) : undefined;
  };
  let [added, unchanged, conflicting] = [0, 0, 0];
  for (const entry of entries) {
    const texts = tidyTexts(entry);
    if (!isTerm(texts)) continue;
    const key = termEntryKey(texts);
    const index = coveringIndex(texts);
    if (index === undefined) {
      at.set(key, terms.length);
      terms.push({ ...texts, source: 'imported' });
      added++;
      if (conflicts(known, texts)) conflicting++;
      continue;
    }
    if (terms[index]!.source === 'learned') terms[index] = { ...terms[index]!, source: 'imported' };
    unchanged++;
  }
  return { base: { terms }, added, unchanged, conflicting };
}

/** A TBX file (XML: it starts with "<"), else CSV. */
export function readTermList(text: string): ReadTerms {
  return /^\uFEFF?\s*</u.test(text) ? termsFromTbx(text) : termsFromCsv(text);
}

/** Reads a CSV or TBX list into the term base. */
export function importTerms(base: TermBase, text: string): { base: TermBase; result: TermBaseImportResult } {
  const { terms, problems } = readTermList(text);
  const merged = mergeTerms(base, terms);
  const languages = DOC_LANGS.filter((lang) => terms.some((term) => term[lang]));
  return { base: merged.base, result: { added: merged.added, unchanged: merged.unchanged, conflicting: merged.conflicting, languages, problems } };
}

/** A term's texts only, in file order: what an export writes. */
const textsOf = (term: Term): TermTexts => Object.fromEntries(DOC_LANGS.filter((lang) => term[lang]).map((lang) => [lang, term[lang]]));

const FORMATS: Record<TermBaseFormat, { mimeType: string; write: (terms: readonly TermTexts[]) => string }> = {
  csv: { mimeType: 'text/csv', write: termsToCsv },
  tbx: { mimeType: 'application/xml', write: termsToTbx },
};

export function exportTermBase(base: TermBase, format: TermBaseFormat): TermBaseExport {
  const seen = new Set<string>();
  const terms = base.terms.filter((term) => !seen.has(termEntryKey(term)) && seen.add(termEntryKey(term))).map(textsOf);
  const { mimeType, write } = FORMATS[format];
  return { name: `orgwork-terms.${format}`, mimeType, text: write(terms) };
}
