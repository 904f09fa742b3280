// Runs everywhere (shared). Picking and tidying the text of a LangText.
import type { DocLang } from '../i18n.ts';
import { fallbackOrder } from '../model/languages.ts';
import type { LangText } from '../model/types.ts';

/** The text in `lang`, or in the first language of the fallback order that has it (a translation gap). */
export function textIn(text: LangText | undefined, lang: DocLang): string {
  if (!text) return '';
  for (const candidate of fallbackOrder(lang)) {
    const found = text[candidate]?.trim();
    if (found) return found;
  }
  return '';
}

/** Agenda titles end with a full stop or a semicolon in the agenda, never in the annex table. */
export function withoutTrailingStop(text: string): string {
  return trimEndWhile(text, STOP_OR_SPACE);
}

const STOP_OR_SPACE = /^[\s。.．；;]$/u;

/**
 * `text` without the characters at its end that `oneChar` (a one-character pattern) matches.
 * A loop from the end, not `/[…]+$/`: that pattern retries from every position of a long run of
 * spaces that a letter ends, and takes quadratic time (a title of 200,000 spaces froze the preview).
 */
export function trimEndWhile(text: string, oneChar: RegExp): string {
  let end = text.length;
  while (end > 0) {
    // A surrogate pair is tested whole: a pattern with the u flag sees one character.
    const width = end > 1 && isLowSurrogate(text.charCodeAt(end - 1)) && isHighSurrogate(text.charCodeAt(end - 2)) ? 2 : 1;
    if (!oneChar.test(text.slice(end - width, end))) break;
    end -= width;
  }
  return text.slice(0, end);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** "Eighth meeting" from "eighth meeting": a label that starts a line. Chinese has no case. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
