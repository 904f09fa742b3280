// Runs everywhere (shared). The paragraph layouts of the agenda document: numbered lines
// with a hanging indent ("1." then the title, "(a)" one level in), text paragraphs aligned
// with the titles, and the emphasis each script takes for a subheading (English italics,
// which Chinese type does not use; bold instead).
import { AlignmentType, Tab, type Paragraph, type ParagraphChild } from 'docx';
import type { Lang } from '../../i18n.ts';
import { markRun, paragraph, textParagraph, type RunStyle } from './text.ts';

/** Where the text of an item starts, in twips; each sub-level 1 cm further in, the label hanging 1 cm before it. */
const TEXT_INDENT = 1134;
const HANGING = 567;
const AFTER = 120;
const indentOf = (level: number) => TEXT_INDENT + HANGING * level;

export const SUBHEADING: Record<Lang, RunStyle> = { en: { italics: true }, zh: { bold: true } };

export interface OutlineLine {
  /** 0 for an item, 1 for a sub-item, … */
  level: number;
  /** "1." or "(a)". */
  label: string;
  text: string;
  style?: RunStyle;
  /** Runs after the text, such as a footnote mark. */
  after?: ParagraphChild[];
  /** A heading stays on the page of what it heads. */
  keepNext?: boolean;
}

/** "1.⇥Title", the label hanging in the margin of the text. */
export function outlineParagraph({ level, label, text, style = {}, after = [], keepNext = false }: OutlineLine): Paragraph {
  const indent = indentOf(level);
  return paragraph([markRun({ ...style, children: [label, new Tab(), text] }), ...after], {
    indent: { left: indent, hanging: HANGING },
    tabStops: [{ type: 'left', position: indent }],
    spacing: { after: AFTER },
    keepNext,
  });
}

/** A paragraph of running text under a heading, aligned with the headings' text. */
export function bodyParagraph(text: string, style: RunStyle = {}, { keepNext = false } = {}): Paragraph {
  return textParagraph(text, { indent: { left: TEXT_INDENT }, alignment: AlignmentType.BOTH, spacing: { after: AFTER }, keepNext }, style);
}

/** A heading of the document's own (a body's name, "Annotations"), kept with what follows. */
export function headingParagraph(text: string, style: RunStyle & { before?: number } = {}): Paragraph {
  const { before = 240, ...run } = style;
  return textParagraph(text, { keepNext: true, spacing: { before, after: AFTER } }, { bold: true, ...run });
}
