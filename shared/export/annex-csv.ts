// Runs everywhere (shared). The annex as CSV for Excel: UTF-8 with a byte order mark (without
// it Excel reads Chinese as mojibake), CRLF line ends (RFC 4180), one line per row. Both
// languages in one file: the Chinese table, an empty line, then the English one.
import { label } from '../i18n.ts';
import type { AnnexTable } from '../schedule/annex.ts';
import { annexLines } from './annex-rows.ts';
import { CSV_BOM, csvLines } from './csv.ts';

/** One table's lines, each ending in CRLF. */
function annexCsvLines(table: AnnexTable): string {
  const { lang } = table;
  const header = [label('doc:annex.date', lang), label('doc:annex.time', lang)];
  for (const body of table.bodies) {
    header.push(`${body.name} – ${label('doc:annex.item', lang)}`, `${body.name} – ${label('doc:annex.titleOrDescription', lang)}`);
  }
  const lines = annexLines(table).map((line) => [
    line.dayLabel,
    line.timeLabel,
    ...line.cells.flatMap((cell) => [cell?.item ?? '', cell?.title ?? '']),
  ]);
  return csvLines([header, ...lines]);
}

export function annexToCsv(table: AnnexTable): string {
  return annexTablesToCsv([table]);
}

export function annexTablesToCsv(tables: readonly AnnexTable[]): string {
  return CSV_BOM + tables.map(annexCsvLines).join('\r\n');
}
