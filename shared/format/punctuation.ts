// Runs everywhere (shared). Titles as typed or pasted end with the punctuation of the list they
// stood in ("组织事项：", "会议开幕；", "Adoption of the report."); as labels and terms they end
// with none. Extends withoutTrailingStop (stops and semicolons) with colons and commas.
import { withoutTrailingStop } from './text.ts';

const TRAILING_COLON_OR_COMMA = /[\s:：,，、]+$/u;

/** `text` without trailing stops, semicolons, colons, commas and spaces, in any order. */
export function withoutTrailingPunctuation(text: string): string {
  let rest = text;
  for (;;) {
    const next = withoutTrailingStop(rest.replace(TRAILING_COLON_OR_COMMA, ''));
    if (next === rest) return rest;
    rest = next;
  }
}

/** Runs of spaces (including ideographic and no-break spaces) and line breaks as one space, trimmed. */
export function collapsedSpaces(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/gu, ' ').trim();
}
