// Runs everywhere (shared). The masthead of the agenda document as UN documents print it:
// "United Nations" / "联合国" on the left and the symbols on the right above a heavy rule,
// then the distribution block on the right ("Distr.: General", date of issue, language,
// "Original: English") above another, the convening organ on the left of it, then each
// body with its dates and venue (the 2017 document names no meeting there), and the title.
// A borderless table holds the two columns, as in the UN's Word template.
import { AlignmentType, BorderStyle, Table, TableCell, TableLayoutType, TableRow, WidthType, type IBorderOptions, type Paragraph } from 'docx';
import type { AgendaDocument } from '../../schedule/agenda-document/index.ts';
import { textWidth } from './package.ts';
import { SIZE, textParagraph, type RunStyle } from './text.ts';
import { tableDirection } from './language.ts';
import { titleParagraph } from './layout.ts';

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const HEAVY: IBorderOptions = { style: BorderStyle.SINGLE, size: 18, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

function mastheadTable(doc: AgendaDocument): Table {
  const { masthead, lang } = doc;
  const half = Math.floor(textWidth('portrait') / 2);
  const column = (paragraphs: Paragraph[], bottom: IBorderOptions) =>
    new TableCell({ children: paragraphs, borders: { ...NO_BORDERS, bottom }, margins: { left: 0, right: 0, top: 40, bottom: 80 } });
  const right = (lines: string[], run: RunStyle = {}) => (lines.length === 0 ? [textParagraph(lang, '')] : lines.map((line) => textParagraph(lang, line, { alignment: AlignmentType.RIGHT }, run)));
  return new Table({
    columnWidths: [half, half],
    width: { size: 2 * half, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    // Mirrored on an Arabic page: the organization on the right, the symbols on the left.
    ...tableDirection(lang),
    borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [column([textParagraph(lang, masthead.organization, {}, { bold: true, size: SIZE.heading })], HEAVY), column(right(masthead.symbols, { bold: true, size: SIZE.heading }), HEAVY)],
      }),
      new TableRow({ cantSplit: true, children: [column([textParagraph(lang, masthead.convener ?? '', {}, { bold: true, size: SIZE.heading })], HEAVY), column(right(masthead.lines), HEAVY)] }),
    ],
  });
}

/** Masthead, the bodies with their dates and venue, and the document's title. */
export function frontMatterBlocks(doc: AgendaDocument): (Paragraph | Table)[] {
  const bodies = doc.bodies.flatMap((body) => [
    textParagraph(doc.lang, body.name, { keepNext: true, spacing: { before: 240 } }, { bold: true, size: SIZE.heading }),
    textParagraph(doc.lang, body.datesAndVenue, { keepNext: true }),
  ]);
  return [mastheadTable(doc), ...bodies, titleParagraph(doc.lang, doc.title)];
}
