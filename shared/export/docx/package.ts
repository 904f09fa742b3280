// Runs everywhere (shared). Sections on A4 and the .docx package around them. Packed with
// Packer.toArrayBuffer, which needs neither Node's Buffer nor the DOM's Blob, so the same
// builder serves the desktop app, the browser host and the CLI.
import { Document, Packer, PageOrientation, type ISectionOptions, type Paragraph, type Table } from 'docx';
import { DOCUMENT_STYLES } from './styles.ts';

/** A4 in twentieths of a point (twips). */
export const A4 = { width: 11906, height: 16838 } as const;
/** 2.2 cm on every side: the text width UN documents use on A4. */
const MARGIN = 1247;

export type Orientation = 'portrait' | 'landscape';

/** Width of the text between the margins, in twips. */
export function textWidth(orientation: Orientation): number {
  return (orientation === 'portrait' ? A4.width : A4.height) - 2 * MARGIN;
}

export interface SectionContent {
  children: (Paragraph | Table)[];
  orientation?: Orientation;
}

function section({ children, orientation = 'portrait' }: SectionContent): ISectionOptions {
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page.
        size: { width: A4.width, height: A4.height, orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 720, footer: 720 },
      },
    },
    children,
  };
}

export type Footnotes = Record<string, { children: Paragraph[] }>;

export async function packDocx(sections: SectionContent[], footnotes: Footnotes = {}): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Orgwork',
    styles: DOCUMENT_STYLES,
    footnotes,
    sections: sections.map(section),
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
