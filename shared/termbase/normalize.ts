// Runs everywhere (shared). Terms as stored (tidied: single spaces, no list punctuation at the
// end, in any of the six languages) and as compared (also without case, and with the French
// typographic apostrophe of UN documents, "l’ordre", as a plain one): "Organizational
// matters:" and "organizational matters" find the same term, as do "Questions d’organisation"
// and "questions d'organisation".
import { collapsedSpaces } from '../format/punctuation.ts';
import { withoutListPunctuation } from '../import/conventions.ts';

export function tidyTerm(text: string): string {
  return withoutListPunctuation(collapsedSpaces(text));
}

export function termKey(text: string): string {
  return tidyTerm(text).toLowerCase().replace(/[’ʼ‘]/gu, "'");
}
