// Runs everywhere (shared). Titles as typed or pasted end with the punctuation of the list they
// stood in ("组织事项：", "会议开幕；", "Adoption of the report."); as labels and terms they end
// with none. Extends withoutTrailingStop (stops and semicolons) with colons and commas.
import { trimEndWhile } from './text.ts';

const PUNCTUATION_OR_SPACE = /^[\s:：,，、。.．；;]$/u;

/** `text` without trailing stops, semicolons, colons, commas and spaces, in any order. */
export function withoutTrailingPunctuation(text: string): string {
  return trimEndWhile(text, PUNCTUATION_OR_SPACE);
}

/** Runs of spaces (including ideographic and no-break spaces) and line breaks as one space, trimmed. */
export function collapsedSpaces(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/gu, ' ').trim();
}
