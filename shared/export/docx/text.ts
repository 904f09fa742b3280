// Runs everywhere (shared). Runs and paragraphs of one document language. Every run carries
// its fonts: Word picks the font of each character by its script from the run's own rFonts,
// and a Chinese document opened on a machine whose Normal style says Calibri/等线 must still
// print Times New Roman for Latin and 宋体 for Chinese, as UN documents do. So every run sets
// ascii, hAnsi and eastAsia itself instead of trusting the document defaults; the language
// adds its tag, and Arabic its direction (language.ts). Sizes and spacing come from the
// paragraph styles (styles.ts) unless a run says otherwise: a large session's document has
// thousands of paragraphs, and every property repeated on each costs time to write.
import { Paragraph, TextRun, type IParagraphOptions, type IRunOptions, type ParagraphChild } from 'docx';
import type { DocLang } from '../../i18n.ts';
import { directionalRuns, isRightToLeft, withDirectionMarks } from '../bidi.ts';
import { withoutInvalidChars } from '../safe-text.ts';
import { paragraphLayout, runLanguage } from './language.ts';

export { FONTS } from './language.ts';

/** Sizes in half-points, as Word counts them. */
export const SIZE = { body: 20, table: 18, note: 16, title: 28, heading: 24 } as const;

/** What a run may say besides its text; its fonts and language are not negotiable. */
export type RunStyle = Omit<IRunOptions, 'font' | 'text' | 'children' | 'language' | 'rightToLeft'> & { children?: IRunOptions['children'] };

/**
 * Runs of user text: characters no XML may hold are dropped (a title pasted from a PDF can
 * carry them). One run, or in Arabic one per direction, so that a symbol inside Arabic text
 * stays a left-to-right run of its own.
 */
export function textRuns(lang: DocLang, text: string, style: RunStyle = {}): TextRun[] {
  const clean = withoutInvalidChars(text);
  if (!isRightToLeft(lang)) return [new TextRun({ ...style, text: clean, ...runLanguage(lang) })];
  return directionalRuns(clean).map((run) => new TextRun({ ...style, text: run.direction === 'ltr' ? withDirectionMarks(run.text) : run.text, ...runLanguage(lang, run.direction, style.size) }));
}

/** A run of several parts (a label and a tab, a footnote reference, a page number), in the language's direction. */
export function markRun(lang: DocLang, style: RunStyle): TextRun {
  const children = style.children?.map((child) => (typeof child === 'string' ? withoutInvalidChars(child) : child));
  return new TextRun({ ...style, ...(children ? { children } : {}), ...runLanguage(lang, isRightToLeft(lang) ? 'rtl' : 'ltr', style.size) });
}

export type ParagraphStyle = Omit<IParagraphOptions, 'children' | 'text'>;

/** A paragraph laid out for a left-to-right page, mirrored when the language is written right to left. */
export function paragraph(lang: DocLang, children: ParagraphChild[], style: ParagraphStyle = {}): Paragraph {
  return new Paragraph({ ...paragraphLayout(lang, style), children });
}

/** A paragraph of one text in one style; no run at all for an empty text. */
export function textParagraph(lang: DocLang, text: string, style: ParagraphStyle = {}, runStyle: RunStyle = {}): Paragraph {
  return paragraph(lang, text === '' ? [] : textRuns(lang, text, runStyle), style);
}
