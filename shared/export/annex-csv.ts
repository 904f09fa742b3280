// Runs everywhere (shared). The annex as CSV for Excel: UTF-8 with a byte order mark (without
// it Excel reads Chinese as mojibake), CRLF line ends (RFC 4180), one line per row. Both
// languages in one file: the Chinese table, an empty line, then the English one.
import { label } from '../i18n.ts';
import type { AnnexTable } from '../schedule/annex.ts';
import { annexLines } from './annex-rows.ts';
import { withoutInvalidChars } from './safe-text.ts';

const BOM = '\uFEFF';

function field(text: string): string {
  const value = withoutInvalidChars(text);
  // A leading = + - @ would make Excel run the cell as a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One table's lines, each ending in CRLF. */
function csvLines(table: AnnexTable): string {
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
  return [header, ...lines].map((cells) => cells.map(field).join(',') + '\r\n').join('');
}

export function annexToCsv(table: AnnexTable): string {
  return annexTablesToCsv([table]);
}

export function annexTablesToCsv(tables: readonly AnnexTable[]): string {
  return BOM + tables.map(csvLines).join('\r\n');
}
