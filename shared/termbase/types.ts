// Runs everywhere (shared). The term base: terms in the six UN languages the officer's sessions
// have used, starting from the glossary of the reference documents. A term is one concept with
// its text in two or more languages (a file written before there were six has English and
// Chinese only, and still loads). It offers a title's translation as it is typed and fills
// translation gaps on request.
import type { DocLang, Message } from '../i18n.ts';
import type { Session } from '../model/types.ts';

/** Where a term came from, most trusted first: the officer's own list, the glossary, sessions. */
export const TERM_SOURCES = ['imported', 'glossary', 'learned'] as const;
export type TermSource = (typeof TERM_SOURCES)[number];

/** One concept's text in the languages the term base knows it in. */
export type TermTexts = Partial<Record<DocLang, string>>;

/** A term: its texts (two languages at least) and where it came from. */
export type Term = TermTexts & { source: TermSource };

/** Later terms are more recent: of two learned translations, the later one is offered first. */
export interface TermBase {
  terms: readonly Term[];
}

export interface TermSuggestion {
  /** The term in the language asked for. */
  text: string;
  /** `exact`: the text as typed; `normalized`: after trimming, case, apostrophes and trailing punctuation. */
  match: 'exact' | 'normalized';
  source: TermSource;
}

/** One gap the term base filled, for the officer to review: `$.items[3].title.zh`, from "Other matters" (en) to "其他事项". */
export interface FilledTranslation {
  path: string;
  from: string;
  to: string;
  /** The language `from` is in (the label's text the translation was looked up from). */
  fromLang: DocLang;
}

export interface FillResult {
  session: Session;
  filled: FilledTranslation[];
}

export const TERM_BASE_FORMATS = ['csv', 'tbx'] as const;
export type TermBaseFormat = (typeof TERM_BASE_FORMATS)[number];

export interface TermBaseExport {
  /** Suggested file name, e.g. "orgwork-terms.csv". */
  name: string;
  mimeType: string;
  text: string;
}

/** Terms read from a file, and the lines (or entries) that were not terms, with why. */
export interface ReadTerms {
  terms: TermTexts[];
  problems: { line: number; message: Message }[];
}

export interface TermBaseImportResult {
  added: number;
  /** Terms the term base already had. */
  unchanged: number;
  /** Of the terms added, those that translate a term the term base knew with another translation. */
  conflicting: number;
  /** The languages the list has terms in (ar, en, es, fr, ru, zh order), for the report to name. */
  languages: DocLang[];
  /** Lines that were not a term, with why. */
  problems: { line: number; message: Message }[];
}
