// Runs everywhere (shared). The bilingual term base: pairs of English and Chinese terms the
// officer's sessions have used, starting from the glossary of the reference documents. It
// offers the other language of a title as it is typed and fills translation gaps on request.
import type { Message } from '../i18n.ts';
import type { Session } from '../model/types.ts';

/** Where a pair came from, most trusted first: the officer's own list, the glossary, sessions. */
export const TERM_SOURCES = ['imported', 'glossary', 'learned'] as const;
export type TermSource = (typeof TERM_SOURCES)[number];

export interface Term {
  en: string;
  zh: string;
  source: TermSource;
}

/** Later terms are more recent: of two learned translations, the later one is offered first. */
export interface TermBase {
  terms: readonly Term[];
}

export interface TermSuggestion {
  /** The term in the other language. */
  text: string;
  /** `exact`: the text as typed; `normalized`: after trimming, case and trailing punctuation. */
  match: 'exact' | 'normalized';
  source: TermSource;
}

/** One gap the term base filled, for the officer to review: `$.items[3].title.zh`, from "Other matters" to "其他事项". */
export interface FilledTranslation {
  path: string;
  from: string;
  to: string;
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

export interface TermBaseImportResult {
  added: number;
  /** Pairs the term base already had. */
  unchanged: number;
  /** Of the pairs added, those that translate a term the term base knew with another translation. */
  conflicting: number;
  /** Lines that were not a pair of terms, with why. */
  problems: { line: number; message: Message }[];
}
