// Runs everywhere (shared). Writing CSV that Excel opens as it should: UTF-8 with a byte order
// mark (without it Excel shows Chinese as mojibake), CRLF line ends and quoting (RFC 4180),
// and no cell that Excel would run as a formula.
import { withoutInvalidChars } from './safe-text.ts';

export const CSV_BOM = '\uFEFF';

/** One field: quoted when it holds quotes, commas or line breaks; a leading = + - @ defused, and a leading tab or CR too (OWASP: Excel skips them and reads the formula behind). */
export function csvField(text: string): string {
  const value = withoutInvalidChars(text);
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** Lines of fields, each line ending in CRLF. */
export function csvLines(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => `${cells.map(csvField).join(',')}\r\n`).join('');
}
