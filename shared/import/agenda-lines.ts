// Runs everywhere (shared). Pasted agenda text, line by line: what each line is — a numbered
// item ("1.", "１．", "1、", Arabic "1 -", "١-"), a sub-item ("(a)", "（ａ）", French and Spanish
// "a)", Russian "б)", Arabic "(ب)"), a footnote, or other text — after undoing what copying from
// Word, a PDF, a web page or Markdown adds: full-width digits and letters, Arabic-Indic digits,
// bullets, heading and bold marks, simple HTML tags. Sub-items run together on one line
// ("1. Organizational matters: (a) Opening of the meeting; (b) …") become lines of their own.
// The conventions of each language, and where they come from: conventions.ts.
import { romanLabel } from '../format/item-numbers.ts';
import { ARABIC_LABEL, ARABIC_ROMAN, LATIN_OR_CYRILLIC_LABEL, latinLabel, withWesternDigits } from './conventions.ts';
import { footnoteDefinition } from './marks.ts';

export type AgendaLine =
  | { kind: 'item'; line: number; number: string; text: string }
  | { kind: 'subItem'; line: number; label: string; text: string }
  | { kind: 'footnote'; line: number; mark: string; text: string }
  | { kind: 'text'; line: number; text: string; heading?: true }
  | { kind: 'blank'; line: number };

/** Full-width digits and Latin letters ("１", "ａ"), "＊" and "／" as their ASCII forms; other punctuation stays. */
export function withHalfWidthAlphanumerics(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0A\uFF0F]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const FORMATTING_TAG = /<\/?(?:b|strong|i|em|u|span|p|div|font|li|ul|ol)\b[^>]*>/giu;
const LINE_BREAK_TAG = /<br\s*\/?>/giu;

const MARKDOWN_HEADING = /^#{1,6}\s+/u;

/** The line without Markdown heading marks, list bullets and bold, and without formatting tags. */
function withoutLayout(line: string): string {
  let text = line.replace(FORMATTING_TAG, '').replace(LINE_BREAK_TAG, ' ').trim();
  text = text.replace(MARKDOWN_HEADING, '');
  const bold = /^\*\*(.*)\*\*$/u.exec(text);
  if (bold) text = bold[1]!.trim();
  // "- (a)", "• 2.", "* 1.": a bullet. A lone "*" before other text is a footnote, kept.
  text = text.replace(/^(?:[-•·▪◦]|\*(?=\s+[(（]?\d|\s+[(（][a-z]))\s+/u, '');
  return text;
}

/** "1.", "1、", "1)", and the Arabic "1 -" / "1- " (a dash with a space after it: "1-2" is no item number). */
const ITEM = /^(\d{1,3})\s*(?:[.．、)）](?!\d)|[-–—](?=\s))\s*(.*)$/u;
/** "(a)", "a)" (French, Spanish, Russian write no opening bracket), "б)", "(ii)"; Arabic letters always in brackets: "(ب)"; Arabic "`1`" for "(i)". */
const SUB_ITEM = new RegExp(`^(?:(?:[(（]?(${LATIN_OR_CYRILLIC_LABEL})|[(（](${ARABIC_LABEL}))[)）]|${ARABIC_ROMAN.replace('\\d{1,2}', '(\\d{1,2})')})\\s*(.*)$`, 'iu');
/** Where a sub-item starts inside a line: after a colon or semicolon ("…matters: (a) …; (b) …", "… : a) … ; b) …", "…؛ (ب) …"). */
const RUN_TOGETHER = new RegExp(`(?<=[:;：；؛])\\s*(?=(?:[(（]?(?:${LATIN_OR_CYRILLIC_LABEL})|[(（](?:${ARABIC_LABEL}))[)）]|${ARABIC_ROMAN})`, 'iu');

function classify(text: string, line: number, heading: boolean): AgendaLine {
  if (text === '') return { kind: 'blank', line };
  const item = ITEM.exec(text);
  if (item) return { kind: 'item', line, number: String(Number(item[1])), text: item[2]! };
  const sub = SUB_ITEM.exec(text);
  if (sub) return { kind: 'subItem', line, label: sub[3] === undefined ? latinLabel(sub[1] ?? sub[2]!) : romanLabel(Number(sub[3])), text: sub[4]! };
  const note = footnoteDefinition(text);
  if (note) return { kind: 'footnote', line, ...note };
  return heading ? { kind: 'text', line, text, heading } : { kind: 'text', line, text };
}

/** Every line of `text`, numbered from 1 as the officer sees them; run-together sub-items share their line's number. */
export function agendaLines(text: string): AgendaLine[] {
  const lines = withWesternDigits(withHalfWidthAlphanumerics(text)).split(/\r\n|\r|\n/u);
  return lines.flatMap((raw, i) => {
    const text = withoutLayout(raw);
    // A heading ("## 说明") ends the agenda above it, even one whose last title has no full stop.
    const heading = MARKDOWN_HEADING.test(raw.replace(FORMATTING_TAG, '').trim());
    return text
      .split(RUN_TOGETHER)
      .map((part) => classify(part.trim(), i + 1, heading));
  });
}
