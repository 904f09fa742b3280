// Runs everywhere (shared). The document's styles, so that Word's style pane and navigation
// pane show what each paragraph is: the defaults every paragraph starts from (Times New
// Roman and SimSun, 10 pt, British English and simplified Chinese, in Normal), Title for the
// document's title, Heading 1–4 with their outline levels (parts, bodies, items, sub-items),
// the footnote styles, Header and Footer, the annex table's cell text (9 pt, no space between
// paragraphs) and a table style for the annex (rules across only, as UN tables are ruled).
// A paragraph names its style instead of repeating sizes and spacing, which also sizes an
// empty cell right. Headings are black: docx's defaults are Word's blue theme headings.
import type { IBaseParagraphStyleOptions, IRunStylePropertiesOptions, IStylesOptions } from 'docx';
import { ARABIC_SIZE_STEP } from './language.ts';
import { FONTS, SIZE } from './text.ts';

export const TABLE_TEXT = 'OrgworkTableText';
export const ANNEX_TABLE_STYLE = 'OrgworkAnnexTable';

/** Built-in style ids Word and LibreOffice know by these names. */
export const STYLE = {
  title: 'Title',
  heading: ['Heading1', 'Heading2', 'Heading3', 'Heading4'],
  header: 'Header',
  footer: 'Footer',
} as const;

/** Heading levels of the document, as the navigation pane nests them. */
export const HEADING = { part: 0, body: 1, item: 2, subItem: 3 } as const;
export type HeadingLevel = (typeof HEADING)[keyof typeof HEADING];

const AFTER = 120;

const heading = (outlineLevel: number, size: number, before: number): IBaseParagraphStyleOptions => ({
  run: { font: FONTS, size, bold: true, color: '000000' },
  paragraph: { keepNext: true, keepLines: true, outlineLevel, spacing: { before, after: AFTER } },
});

/**
 * Word's table style: the rules of the annex (a thin rule above, a heavy one below, none
 * inside) and its cell margins. Written as XML and given to docx as "external styles": docx
 * has no builder for table styles, and styles it imports otherwise replace its defaults.
 */
export const EXTERNAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  `<w:style w:type="table" w:customStyle="1" w:styleId="${ANNEX_TABLE_STYLE}">` +
    '<w:name w:val="Orgwork annex table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>' +
    '<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>' +
    '<w:tblPr><w:tblBorders>' +
    '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="nil"/>' +
    '<w:bottom w:val="single" w:sz="12" w:space="0" w:color="auto"/><w:right w:val="nil"/>' +
    '<w:insideH w:val="nil"/><w:insideV w:val="nil"/>' +
    '</w:tblBorders><w:tblCellMar><w:top w:w="30" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="30" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
    '</w:style></w:styles>';

export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONTS, size: SIZE.body, language: { value: 'en-GB', eastAsia: 'zh-CN' } },
    },
    title: { run: { font: FONTS, size: SIZE.title, bold: true, color: '000000' }, paragraph: { keepNext: true, spacing: { before: 480, after: 240 } } },
    heading1: heading(HEADING.part, SIZE.heading, 360),
    heading2: heading(HEADING.body, SIZE.body, 240),
    heading3: heading(HEADING.item, SIZE.body, 120),
    heading4: heading(HEADING.subItem, SIZE.body, 60),
    footnoteText: { run: { font: FONTS, size: SIZE.note }, paragraph: { spacing: { before: 0, after: 0 } } },
  },
  paragraphStyles: [
    {
      id: TABLE_TEXT,
      name: 'Orgwork table text',
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: FONTS, size: SIZE.table },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
    { id: STYLE.header, name: 'header', basedOn: 'Normal', run: { font: FONTS, size: SIZE.note }, paragraph: { spacing: { before: 0, after: 0 } } },
    { id: STYLE.footer, name: 'footer', basedOn: 'Normal', run: { font: FONTS, size: SIZE.note }, paragraph: { spacing: { before: 0, after: 0 } } },
  ],
};

type StyleRun = { run?: IRunStylePropertiesOptions };
const withArabicSize = <T extends StyleRun>(style: T): T =>
  typeof style.run?.size === 'number' ? { ...style, run: { ...style.run, sizeComplexScript: style.run.size + ARABIC_SIZE_STEP } } : style;

/**
 * The styles of a package: when it holds an Arabic version, each style sets complex-script
 * text (the Arabic) a step larger than its Latin size; otherwise they are DOCUMENT_STYLES as
 * they are, and a Chinese or English file is as it was.
 */
export function documentStyles(holdsArabic: boolean): IStylesOptions {
  if (!holdsArabic) return DOCUMENT_STYLES;
  const defaults = Object.fromEntries(Object.entries(DOCUMENT_STYLES.default ?? {}).map(([name, style]) => [name, withArabicSize(style as StyleRun)]));
  return { ...DOCUMENT_STYLES, default: defaults, paragraphStyles: DOCUMENT_STYLES.paragraphStyles?.map(withArabicSize) };
}
