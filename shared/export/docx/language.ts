// Runs everywhere (shared). What a document language changes in Word besides its words: the
// language tag each run carries (Word and LibreOffice pick the spelling and hyphenation
// dictionary by it: a French agenda checked against English marks every word), the fonts,
// and for Arabic the direction of paragraphs, tables and runs.
//
// Chinese and English documents carry no tag of their own: the document defaults (styles.ts)
// are British English and simplified Chinese, as they were before there were six languages,
// and their files stay as they were. The other four tag every run, so that a file holding
// several versions ("all") has each one in its own language.
import { AlignmentType, TabStopType, type IParagraphOptions, type IRunOptions, type ITableOptions } from 'docx';
import type { DocLang } from '../../i18n.ts';
import { isRightToLeft } from '../bidi.ts';

/** Latin in Times New Roman and Chinese in SimSun, as UN documents print them. */
export const FONTS = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'SimSun' } as const;
/**
 * Arabic text (Word sets every right-to-left run in the complex-script font) in Simplified
 * Arabic, the face of UN Arabic documents; Latin symbols inside it stay Times New Roman. A
 * machine without Simplified Arabic substitutes an Arabic face of its own.
 */
export const ARABIC_FONTS = { ...FONTS, cs: 'Simplified Arabic' } as const;

/**
 * Arabic script set at the size of the Latin looks a size smaller, so Arabic documents set
 * their text larger: Word sizes complex-script text on its own (szCs), and an Arabic run is
 * set this much larger than the Latin beside it (half-points: 2 pt).
 */
export const ARABIC_SIZE_STEP = 4;

/** The tags as UN documents carry them (Word's own: language and region). */
const RUN_LANGUAGE: Record<DocLang, IRunOptions['language'] | undefined> = {
  ar: { bidirectional: 'ar-SA' },
  en: undefined,
  es: { value: 'es-ES' },
  fr: { value: 'fr-FR' },
  ru: { value: 'ru-RU' },
  zh: undefined,
};

/** What a run of the language carries: its tag, its fonts, and for right-to-left text the rtl mark. */
export function runLanguage(lang: DocLang, direction: 'ltr' | 'rtl' = 'ltr', size?: IRunOptions['size']): Pick<IRunOptions, 'font' | 'language' | 'rightToLeft' | 'sizeComplexScript'> {
  const language = RUN_LANGUAGE[lang];
  if (!isRightToLeft(lang)) return { font: FONTS, ...(language ? { language } : {}) };
  // A run that sets its own size (the masthead's) sets its complex-script size too; others take the style's.
  return { font: ARABIC_FONTS, language: language!, ...(direction === 'rtl' ? { rightToLeft: true } : {}), ...(typeof size === 'number' ? { sizeComplexScript: size + ARABIC_SIZE_STEP } : {}) };
}

type ParagraphLayout = Omit<IParagraphOptions, 'children' | 'text'>;

const MIRRORED_ALIGNMENT: Partial<Record<string, IParagraphOptions['alignment']>> = { [AlignmentType.LEFT]: AlignmentType.START, [AlignmentType.RIGHT]: AlignmentType.END };

/**
 * A paragraph's layout in the language's direction. The builders lay paragraphs out for a
 * left-to-right page (an indent on the left, a label's tab stop, the masthead's lines on the
 * right); a right-to-left paragraph is marked bidi and each of these is said by its edge
 * instead: start and end (right and left on an Arabic page), which Word and LibreOffice
 * read alike, where "left" in a bidi paragraph is read as the right by one and not the other.
 */
export function paragraphLayout(lang: DocLang, layout: ParagraphLayout): ParagraphLayout {
  if (!isRightToLeft(lang)) return layout;
  const { indent, tabStops, alignment } = layout;
  return {
    ...layout,
    bidirectional: true,
    ...(indent ? { indent: mirroredIndent(indent) } : {}),
    ...(tabStops ? { tabStops: tabStops.map((stop) => ({ ...stop, type: stop.type === TabStopType.LEFT ? TabStopType.START : stop.type === TabStopType.RIGHT ? TabStopType.END : stop.type })) } : {}),
    ...(alignment ? { alignment: MIRRORED_ALIGNMENT[alignment] ?? alignment } : {}),
  };
}

function mirroredIndent({ left, right, ...rest }: NonNullable<ParagraphLayout['indent']>): NonNullable<ParagraphLayout['indent']> {
  return { ...rest, ...(left === undefined ? {} : { start: left }), ...(right === undefined ? {} : { end: right }) };
}

/**
 * A table of the language: Arabic tables are visually right to left (w:bidiVisual), so the
 * first column of each row, as written, is printed on the right and the rest follow to its
 * left. The columns keep their logical order in the file.
 */
export function tableDirection(lang: DocLang): Pick<ITableOptions, 'visuallyRightToLeft'> {
  return isRightToLeft(lang) ? { visuallyRightToLeft: true } : {};
}
