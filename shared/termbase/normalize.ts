// Runs everywhere (shared). Terms as stored (tidied: single spaces, no list punctuation at the
// end) and as compared (also without case): "Organizational matters:" and "organizational
// matters" find the same term.
import { collapsedSpaces, withoutTrailingPunctuation } from '../format/punctuation.ts';

export function tidyTerm(text: string): string {
  return withoutTrailingPunctuation(collapsedSpaces(text));
}

export function termKey(text: string): string {
  return tidyTerm(text).toLowerCase();
}

/** One key per pair of terms, to tell pairs apart. */
export const termPairKey = (pair: { en: string; zh: string }) => `${pair.en}\u0000${pair.zh}`;
