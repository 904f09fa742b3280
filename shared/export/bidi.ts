// Runs everywhere (shared). Which document languages are written right to left, and how a
// text of such a language is cut into runs of one direction each: Latin (or other
// left-to-right) words, document symbols such as CTOC/COP/WG.3/2017/1 and the digits and
// punctuation inside them form a left-to-right run; everything else (Arabic words, the
// spaces and punctuation between them and around the symbols, numbers standing alone)
// belongs to the right-to-left text around it. Word needs the cut: it lays a run marked
// right to left out as complex script, weak characters included, so a symbol left inside an
// Arabic run would be broken up at its slashes and set in the Arabic font. The HTML export
// isolates the same runs, so that a browser never lets a symbol's digits join the
// neighbouring Arabic text.
import type { DocLang } from '../i18n.ts';

export type TextDirection = 'ltr' | 'rtl';

/** Arabic is the one right-to-left language among the six. */
export const directionOf = (lang: DocLang): TextDirection => (lang === 'ar' ? 'rtl' : 'ltr');
export const isRightToLeft = (lang: DocLang): boolean => directionOf(lang) === 'rtl';

export interface DirectionalRun {
  text: string;
  direction: TextDirection;
}

const RTL_SCRIPTS = '\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Syriac}\\p{Script=Thaana}\\p{Script=Nko}';
/** A letter of a left-to-right script: any letter that is not of a right-to-left one. */
const LTR_LETTER = `(?:(?![${RTL_SCRIPTS}])\\p{L})`;
/**
 * A left-to-right stretch: it starts at a left-to-right letter, or at a number (digits, and
 * the stops, colons, slashes and dashes of times and ranges) standing right before one,
 * after at most a space or an opening bracket ("1(a)", "10 a.m.", "3–6 p.m."), and runs on, across digits, spaces and
 * punctuation, to the last left-to-right letter or digit before the next right-to-left
 * letter. Spaces and punctuation at its edges stay with the right-to-left text, so brackets
 * around a symbol mirror as the Arabic sentence wants.
 */
const LTR_STRETCH = new RegExp(`(?:\\p{Nd}[\\p{Nd}.:/\\-\u2013]*[ (]?)?${LTR_LETTER}(?:[^${RTL_SCRIPTS}]*(?:\\p{Nd}|${LTR_LETTER}))?`, 'gu');
/** An abbreviation's last letter ("a.m", "p.m"): its full stop belongs to it. */
const ABBREVIATION_END = /\p{L}\.\p{L}$/u;

/** The stretch with what closes it: the bracket it opened, an abbreviation's full stop. */
function closed(stretch: string, next: string | undefined): string {
  if (next === ')' && count(stretch, '(') > count(stretch, ')')) return `${stretch})`;
  if (next === '.' && ABBREVIATION_END.test(stretch)) return `${stretch}.`;
  return stretch;
}

const count = (text: string, char: string) => text.split(char).length - 1;

/** `text` as runs of one direction, in logical order; joined they give `text` back. */
export function directionalRuns(text: string): DirectionalRun[] {
  const runs: DirectionalRun[] = [];
  let at = 0;
  for (const match of text.matchAll(LTR_STRETCH)) {
    // A bracket or full stop taken by the stretch before is not matched again.
    if (match.index < at) continue;
    if (match.index > at) runs.push({ text: text.slice(at, match.index), direction: 'rtl' });
    const stretch = closed(match[0], text[match.index + match[0].length]);
    runs.push({ text: stretch, direction: 'ltr' });
    at = match.index + stretch.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), direction: 'rtl' });
  return runs;
}

/** LEFT-TO-RIGHT MARK: an invisible strong left-to-right character. */
export const LRM = '\u200E';
const STRONG_START = new RegExp(`^${LTR_LETTER}`, 'u');
const STRONG_END = new RegExp(`(?:${LTR_LETTER}|\\p{Nd})$`, 'u');

/**
 * A left-to-right run for a file whose reader lays out the whole paragraph by the Unicode
 * bidirectional algorithm, run boundaries unseen (LibreOffice reading a .docx): digits at its
 * start would be taken into the Arabic around it ("10 a.m." printed as "a.m. 10") and a
 * closing bracket or full stop at its end thrown to the far side ("1(a)" as "(a)1"). A
 * left-to-right mark on each weak end holds them in the run; a run with strong ends gets none.
 */
export function withDirectionMarks(ltrText: string): string {
  return `${STRONG_START.test(ltrText) ? '' : LRM}${ltrText}${STRONG_END.test(ltrText) ? '' : LRM}`;
}
