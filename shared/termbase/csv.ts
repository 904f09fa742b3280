// Runs everywhere (shared). The term base as CSV, for Excel and for other officers' lists:
// UTF-8 with a byte order mark (without it Excel shows Chinese as mojibake), columns en and
// zh, CRLF line ends, fields quoted when they hold quotes, commas or line breaks (RFC 4180).
// Reading accepts what Excel and people write: with or without the mark and the header
// (in either column order), commas, semicolons or tabs, quoted fields over several lines.
import { message, type Message } from '../i18n.ts';
import { CSV_BOM, csvLines } from '../export/csv.ts';
import type { Term } from './types.ts';

export function termsToCsv(terms: readonly Pick<Term, 'en' | 'zh'>[]): string {
  return CSV_BOM + csvLines([['en', 'zh'], ...terms.map((t) => [t.en, t.zh])]);
}

interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: string[];
}

/** The delimiter of the first line outside quotes: a comma unless there is none and a tab or semicolon is. */
function delimiterOf(text: string): string {
  const firstLine = text.split(/\r\n|\r|\n/u, 1)[0]!.replace(/"[^"]*"/gu, '');
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes('\t')) return '\t';
  return firstLine.includes(';') ? ';' : ',';
}

/** RFC 4180 rows; a quote left open runs to the end, as Excel reads it. */
export function csvRows(text: string): CsvRow[] {
  const source = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const delimiter = delimiterOf(source);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRow();
      rowLine = ++line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

/** A cell written by termsToCsv with its formula guard, read back as the text it was. */
const unguarded = (text: string) => text.trim().replace(/^'(?=[=+\-@\t\r])/u, '');

export interface CsvTerms {
  pairs: { en: string; zh: string }[];
  problems: { line: number; message: Message }[];
}

export function termsFromCsv(text: string): CsvTerms {
  const rows = csvRows(text);
  const header = rows[0]?.cells.map((c) => c.trim().toLowerCase());
  const zhFirst = header?.[0] === 'zh' && header[1] === 'en';
  const hasHeader = zhFirst || (header?.[0] === 'en' && header[1] === 'zh');
  const pairs: CsvTerms['pairs'] = [];
  const problems: CsvTerms['problems'] = [];
  for (const row of hasHeader ? rows.slice(1) : rows) {
    const [first, second] = row.cells.map(unguarded);
    const [en, zh] = zhFirst ? [second, first] : [first, second];
    if (en && zh) pairs.push({ en, zh });
    else problems.push({ line: row.line, message: message('import:termbase.missingTerm', { line: row.line }) });
  }
  return { pairs, problems };
}
