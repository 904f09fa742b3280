// Runs everywhere (shared). The paragraph layouts of the agenda document: numbered lines
// with a hanging indent ("1." then the title, "(a)" one level in), text paragraphs aligned
// with the titles, headings in Word's heading styles (so the navigation pane shows the
// document's outline), and the emphasis each script takes for a subheading (English
// italics, which Chinese type does not use; bold instead).
//
// Agenda numbers are text ("1." and a tab), not Word numbering: they are the items'
// numbers as the session gives them ("1(a)", a "4 bis" an officer typed), the annex and the
// cross-references print the same numbers, and a Word list would renumber them on its own
// when a paragraph is deleted, so the agenda and the annex would disagree.
import { AlignmentType, Tab, type Paragraph, type ParagraphChild } from 'docx';
import type { DocLang } from '../../i18n.ts';
import { STYLE, type HeadingLevel } from './styles.ts';
import { isRightToLeft } from '../bidi.ts';
import { markRun, paragraph, textParagraph, textRuns, type RunStyle } from './text.ts';

/** Where the text of an item starts, in twips; each sub-level 1 cm further in, the label hanging 1 cm before it. */
export const TEXT_INDENT = 1134;
const HANGING = 567;
const AFTER = 120;
const indentOf = (level: number) => TEXT_INDENT + HANGING * level;

export const SUBHEADING: Record<DocLang, RunStyle> = { ar: { bold: true }, en: { italics: true }, es: { italics: true }, fr: { italics: true }, ru: { italics: true }, zh: { bold: true } };

export interface OutlineLine {
  lang: DocLang;
  /** 0 for an item, 1 for a sub-item, … */
  level: number;
  /** "1." or "(a)". */
  label: string;
  text: string;
  /** The heading level when the line is a heading (an annotation's item); absent for an agenda line. */
  heading?: HeadingLevel;
  /** Runs after the text, such as a footnote mark. */
  after?: ParagraphChild[];
}

/** "1.⇥Title", the label hanging in the margin of the text. */
export function outlineParagraph({ lang, level, label, text, heading, after = [] }: OutlineLine): Paragraph {
  const indent = indentOf(level);
  // The label and its tab in one run; the text in its own runs (more than one when Arabic holds a symbol).
  const runs = isRightToLeft(lang) ? [markRun(lang, { children: [label, new Tab()] }), ...textRuns(lang, text)] : [markRun(lang, { children: [label, new Tab(), text] })];
  return paragraph(lang, [...runs, ...after], {
    ...(heading === undefined ? { spacing: { after: AFTER } } : { style: STYLE.heading[heading] }),
    indent: { left: indent, hanging: HANGING },
    tabStops: [{ type: 'left', position: indent }],
  });
}

/** A paragraph of running text under a heading, aligned with the headings' text. */
export function bodyParagraph(lang: DocLang, text: string, style: RunStyle = {}, { keepNext = false } = {}): Paragraph {
  return textParagraph(lang, text, { indent: { left: TEXT_INDENT }, alignment: AlignmentType.BOTH, spacing: { after: AFTER }, keepNext }, style);
}

/** A heading of the document's own (a part, a body's name) in its heading style. */
export function headingParagraph(lang: DocLang, text: string, level: HeadingLevel, { pageBreakBefore = false } = {}): Paragraph {
  return textParagraph(lang, text, { style: STYLE.heading[level], ...(pageBreakBefore ? { pageBreakBefore } : {}) });
}

/** The document's title, in Word's Title style. */
export function titleParagraph(lang: DocLang, text: string): Paragraph {
  return textParagraph(lang, text, { style: STYLE.title });
}
