// Runs everywhere (shared). Runs and paragraphs that always carry both fonts: Word picks the
// font of each character by its script from the run's own rFonts, and a Chinese document
// opened on a machine whose Normal style says Calibri/等线 must still print Times New Roman
// for Latin and 宋体 for Chinese, as UN documents do. So every run sets ascii, hAnsi and
// eastAsia itself instead of trusting the document defaults. Sizes and spacing come from
// the paragraph styles (styles.ts) unless a run says otherwise: a large session's document
// has thousands of paragraphs, and every property repeated on each costs time to write.
import { Paragraph, TextRun, type IParagraphOptions, type IRunOptions, type ParagraphChild } from 'docx';
import { withoutInvalidChars } from '../safe-text.ts';

export const FONTS = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'SimSun' } as const;

/** Sizes in half-points, as Word counts them. */
export const SIZE = { body: 20, table: 18, note: 16, title: 28, heading: 24 } as const;

/** What a run may say besides its text; its fonts are not negotiable. */
export type RunStyle = Omit<IRunOptions, 'font' | 'text' | 'children'> & { children?: IRunOptions['children'] };

/** A run of user text: characters no XML may hold are dropped (a title pasted from a PDF can carry them). */
export function textRun(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ ...style, text: withoutInvalidChars(text), font: FONTS });
}

/** A run of several parts (text, tabs, a footnote reference), still with both fonts. */
export function markRun(style: RunStyle): TextRun {
  const children = style.children?.map((child) => (typeof child === 'string' ? withoutInvalidChars(child) : child));
  return new TextRun({ ...style, ...(children ? { children } : {}), font: FONTS });
}

export type ParagraphStyle = Omit<IParagraphOptions, 'children' | 'text'>;

export function paragraph(children: ParagraphChild[], style: ParagraphStyle = {}): Paragraph {
  return new Paragraph({ ...style, children });
}

/** A paragraph of one text in one style; no run at all for an empty text. */
export function textParagraph(text: string, style: ParagraphStyle = {}, runStyle: RunStyle = {}): Paragraph {
  return paragraph(text === '' ? [] : [textRun(text, runStyle)], style);
}
