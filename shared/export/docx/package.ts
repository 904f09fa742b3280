// Runs everywhere (shared). Sections on A4 and the .docx package around them. Packed with
// Packer.toArrayBuffer, which needs neither Node's Buffer nor the DOM's Blob, so the same
// builder serves the desktop app, the browser host and the CLI.
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, PageOrientation, type ISectionOptions, type Paragraph, type Table } from 'docx';
import type { DocLang } from '../../i18n.ts';
import { documentStyles, EXTERNAL_STYLES, STYLE } from './styles.ts';
import { isRightToLeft } from '../bidi.ts';
import { withRightToLeftSections } from './section-direction.ts';
import { markRun, paragraph, textParagraph } from './text.ts';

/** A4 in twentieths of a point (twips). */
export const A4 = { width: 11906, height: 16838 } as const;
/** 2.2 cm on every side: the text width UN documents use on A4. */
const MARGIN = 1247;

export type Orientation = 'portrait' | 'landscape';

/** Width of the text between the margins, in twips. */
export function textWidth(orientation: Orientation): number {
  return (orientation === 'portrait' ? A4.width : A4.height) - 2 * MARGIN;
}

/**
 * What stands above and below the text: the running header (the document's symbols) and the
 * page number. A document's first page has its masthead instead, so it shows neither.
 */
export interface PageFurniture {
  header: string[];
  /** The section opens a document (its masthead page): no header or page number there, page numbers from 1. */
  opensDocument?: boolean;
}

export interface SectionContent {
  /** The language of the section's text: an Arabic section runs right to left. */
  lang: DocLang;
  children: (Paragraph | Table)[];
  orientation?: Orientation;
  furniture?: PageFurniture;
}

const emptyHeader = (lang: DocLang) => new Header({ children: [paragraph(lang, [])] });
const emptyFooter = (lang: DocLang) => new Footer({ children: [paragraph(lang, [])] });

function furnitureOf(lang: DocLang, { header, opensDocument = false }: PageFurniture): Pick<ISectionOptions, 'headers' | 'footers'> {
  const running = new Header({ children: header.map((line) => textParagraph(lang, line, { style: STYLE.header }, { bold: true })) });
  const pageNumber = new Footer({ children: [paragraph(lang, [markRun(lang, { children: [PageNumber.CURRENT] })], { style: STYLE.footer, alignment: AlignmentType.CENTER })] });
  return {
    headers: { default: running, ...(opensDocument ? { first: emptyHeader(lang) } : {}) },
    footers: { default: pageNumber, ...(opensDocument ? { first: emptyFooter(lang) } : {}) },
  };
}

function section({ lang, children, orientation = 'portrait', furniture }: SectionContent): ISectionOptions {
  const opens = furniture?.opensDocument ?? false;
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page.
        size: { width: A4.width, height: A4.height, orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 720, footer: 720 },
        ...(opens ? { pageNumbers: { start: 1 } } : {}),
      },
      ...(opens ? { titlePage: true } : {}),
    },
    ...(furniture ? furnitureOf(lang, furniture) : {}),
    children,
  };
}

export type Footnotes = Record<string, { children: Paragraph[] }>;

export async function packDocx(sections: SectionContent[], footnotes: Footnotes = {}): Promise<Uint8Array> {
  const rightToLeft = sections.map((one) => isRightToLeft(one.lang));
  const document = new Document({
    creator: 'Orgwork',
    styles: documentStyles(rightToLeft.includes(true)),
    externalStyles: EXTERNAL_STYLES,
    footnotes,
    sections: sections.map(section),
  });
  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  return withRightToLeftSections(packed, rightToLeft);
}
