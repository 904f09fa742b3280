// Runs everywhere (shared). The annex "Proposed organization of work" / "拟议工作安排" as a
// Word table laid out as the UN types it: 日期和时间 down the header's first column, over the
// bodies "工作组" / "Working groups" when the conventions want it (2017), each body's name
// over its two columns, 议程项目 / 标题或说明 under each, then per day a full-width heading
// row and one row per agenda row, the time label on a slot's first row, an empty slot kept as
// an empty row. Header rows repeat on every page and no row breaks across pages. Rules are
// horizontal only, as in UN tables (the table style). All text comes from deriveAnnex.
import { AlignmentType, BorderStyle, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type IBorderOptions, type Paragraph } from 'docx';
import { label, type DocLang } from '../../i18n.ts';
import type { AnnexCell, AnnexTable } from '../../schedule/annex.ts';
import { annexLines } from '../annex-rows.ts';
import { timeLabelParts } from '../time-label.ts';
import { textWidth, type Orientation } from './package.ts';
import { ANNEX_TABLE_STYLE, HEADING, STYLE, TABLE_TEXT } from './styles.ts';
import { tableDirection } from './language.ts';
import { textParagraph } from './text.ts';

/**
 * The date and time column and each body's item column, in twips; the titles share the
 * rest. The date column holds "上午10时至下午1时" on one line at 9 pt, with the space Word
 * and LibreOffice put between Chinese and digits (a time label broken inside "11时" reads
 * badly). The item column holds "议程项目" on one line while there is room; when the titles
 * would be squeezed (many bodies) it wraps it onto two.
 *
 * The other languages' date columns are sized, at 9 pt Times New Roman (about 80 twips a
 * character, 90 a digit, with the cells' margins), for their times: "10 heures–13 heures" and
 * "10.00 a 13.00 horas" on one line, "10 час. 00 мин. – 13 час. 00 мин." on two, broken after
 * its dash; Arabic "10:00–13:00" is short. Their item headers ("Point", "Tema", "Пункт",
 * "البند") fit the English column, and so do "1 a)", "3 a) ii)"; Arabic's "1 (ب)", set 2 pt
 * larger than Latin, needs a wider one (LibreOffice broke it before its closing bracket).
 */
const NARROW_COLUMNS: Record<DocLang, { date: number; item: number; compactItem: number }> = {
  ar: { date: 1560, item: 900, compactItem: 760 },
  en: { date: 1560, item: 720, compactItem: 560 },
  es: { date: 1760, item: 720, compactItem: 560 },
  fr: { date: 1760, item: 720, compactItem: 560 },
  ru: { date: 1700, item: 720, compactItem: 560 },
  zh: { date: 1900, item: 920, compactItem: 600 },
};
/** Titles narrower than this (about 11 Chinese characters at 9 pt) make the item columns compact. */
const MIN_TITLE_COLUMN = 2000;
/** More bodies than this do not fit across a portrait page with readable titles. */
const PORTRAIT_MAX_BODIES = 3;

const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: 'auto' };

export function annexOrientation(table: AnnexTable): Orientation {
  return table.bodies.length > PORTRAIT_MAX_BODIES ? 'landscape' : 'portrait';
}

function columnWidths(bodies: number, orientation: Orientation, lang: DocLang): number[] {
  const { date, item: roomy, compactItem } = NARROW_COLUMNS[lang];
  const titleWidth = (item: number) => Math.floor((textWidth(orientation) - date - bodies * item) / Math.max(1, bodies));
  const item = titleWidth(roomy) >= MIN_TITLE_COLUMN ? roomy : compactItem;
  return [date, ...Array.from({ length: bodies }, () => [item, titleWidth(item)]).flat()];
}

interface CellOptions {
  bold?: boolean;
  span?: number;
  /** A rule under the cell: under the header, and under each body's name across its two columns. */
  ruleBelow?: boolean;
  /** Header cells sit on the rule below them. */
  bottom?: boolean;
  /** Space above the text, in twips: a day's heading stands apart from the day before. */
  spaceBefore?: number;
  /** Header rows the cell spans downwards (日期和时间). */
  rows?: number;
}

// Only what differs from the table's defaults is written: a large session has thousands of cells.
function cell(lang: DocLang, text: string, { bold = false, span = 1, ruleBelow = false, bottom = false, spaceBefore = 0, rows = 1 }: CellOptions = {}): TableCell {
  const content: Paragraph = textParagraph(lang, text, { style: TABLE_TEXT, ...(spaceBefore ? { spacing: { before: spaceBefore } } : {}) }, bold ? { bold } : {});
  return new TableCell({
    children: [content],
    ...(span > 1 ? { columnSpan: span } : {}),
    ...(rows > 1 ? { rowSpan: rows } : {}),
    ...(bottom ? { verticalAlign: VerticalAlignTable.BOTTOM } : {}),
    ...(ruleBelow ? { borders: { bottom: THIN } } : {}),
  });
}

function headerRows(table: AnnexTable, bodiesHeading?: string): TableRow[] {
  const { lang } = table;
  const header = (text: string) => cell(lang, text, { bold: true, bottom: true, ruleBelow: true });
  const over = (text: string, span: number) => cell(lang, text, { bold: true, span, bottom: true, ruleBelow: true });
  const row = (children: TableCell[]) => new TableRow({ tableHeader: true, cantSplit: true, children });
  const columns = table.bodies.flatMap(() => [header(label('doc:annex.item', lang)), header(label('doc:annex.titleOrDescription', lang))]);
  const names = table.bodies.map((body) => over(body.name, 2));
  const dateAndTime = (rows: number) => cell(lang, label('doc:annex.dateAndTime', lang), { bold: true, bottom: true, ruleBelow: true, rows });
  if (bodiesHeading === undefined) return [row([dateAndTime(2), ...names]), row(columns)];
  return [row([dateAndTime(3), over(bodiesHeading, 2 * table.bodies.length)]), row(names), row(columns)];
}

function bodyCells(lang: DocLang, cells: (AnnexCell | null)[]): TableCell[] {
  return cells.flatMap((c) => [cell(lang, c?.item ?? ''), cell(lang, c?.title ?? '')]);
}

/** @param bodiesHeading "Working groups" / "工作组" over the bodies' names, if the document has it */
export function annexTable(table: AnnexTable, orientation: Orientation = annexOrientation(table), bodiesHeading?: string): Table {
  const { lang } = table;
  const widths = columnWidths(table.bodies.length, orientation, lang);
  const rows = headerRows(table, bodiesHeading);
  const lines = annexLines(table);
  lines.forEach((line, i) => {
    if (line.firstOfDay) {
      // keepNext: a day's heading never ends a page without its first row.
      rows.push(new TableRow({ cantSplit: true, keepNext: true, children: [cell(lang, line.dayLabel, { bold: true, span: widths.length, spaceBefore: 80 })] }));
    }
    // A day's rows stay on one page when they fit: no row is printed on a page without its
    // day and time (Word breaks a day longer than a page between rows all the same).
    const dayGoesOn = lines[i + 1]?.firstOfDay === false;
    rows.push(new TableRow({ cantSplit: true, ...(dayGoesOn ? { keepNext: true } : {}), children: [cell(lang, line.firstOfSlot ? timeLabelParts(line.timeLabel, lang).join('') : ''), ...bodyCells(lang, line.cells)] }));
  });
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    style: ANNEX_TABLE_STYLE,
    // An Arabic table reads from the right: the date and time column is the rightmost.
    ...tableDirection(lang),
  });
}

/** The annex title ("Proposed organization of work", a heading under "Annex") and its table. */
export function annexBlocks(table: AnnexTable, orientation: Orientation = annexOrientation(table), bodiesHeading?: string): (Paragraph | Table)[] {
  const title = textParagraph(table.lang, table.title, { style: STYLE.heading[HEADING.body], alignment: AlignmentType.CENTER });
  return [title, annexTable(table, orientation, bodiesHeading)];
}
