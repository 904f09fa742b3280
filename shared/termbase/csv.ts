// Runs everywhere (shared). The term base as CSV, for Excel and for other officers' lists:
// UTF-8 with a byte order mark (without it Excel shows Chinese and Arabic as mojibake), a
// header row naming the languages (ar, en, es, fr, ru, zh: those the terms have), one column
// per language, CRLF line ends, fields quoted when they hold quotes, commas or line breaks
// (RFC 4180). Reading accepts what Excel and people write: with or without the mark; a header
// of language codes in any order ("fr-FR" and "zh-Hans" read as fr and zh) or names
// ("English", "Français", "中文"), or none (then the
// columns are en and zh, as files written before there were six); commas, semicolons or tabs;
// quoted fields over several lines.
import { DOC_LANGS, isDocLang, message, type DocLang } from '../i18n.ts';
import { CSV_BOM, csvLines } from '../export/csv.ts';
import { languageNamed } from './language-names.ts';
import { termLanguages } from './texts.ts';
import type { ReadTerms, TermTexts } from './types.ts';

/** The columns of a term list: the languages its terms have, English and Chinese when it has none. */
function columnsOf(terms: readonly TermTexts[]): DocLang[] {
  const used = new Set(terms.flatMap(termLanguages));
  return used.size > 0 ? DOC_LANGS.filter((lang) => used.has(lang)) : ['en', 'zh'];
}

export function termsToCsv(terms: readonly TermTexts[]): string {
  const columns = columnsOf(terms);
  return CSV_BOM + csvLines([columns, ...terms.map((term) => columns.map((lang) => term[lang] ?? ''))]);
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

const SPACE = /^\s$/u;

/** RFC 4180 rows; a quote left open runs to the end, as Excel reads it. */
export function csvRows(text: string): CsvRow[] {
  const source = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const delimiter = delimiterOf(source);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  // Whether `cell` is only spaces so far, kept as it grows: trimming a long cell at every quote took quadratic time.
  let blank = true;
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
    blank = true;
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
        blank &&= SPACE.test(char);
      }
    } else if (char === '"' && blank) {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
      blank = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRow();
      rowLine = ++line;
    } else {
      cell += char;
      blank &&= SPACE.test(char);
    }
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

/** A cell written by termsToCsv with its formula guard, read back as the text it was. */
const unguarded = (text: string) => text.trim().replace(/^'(?=[=+\-@\t\r])/u, '');

/** "fr", "FR", "fr-FR", "zh_Hans": the language a column or an xml:lang names by its code, or null. */
export function languageCode(name: string): DocLang | null {
  const code = name.trim().toLowerCase().split(/[-_]/u, 1)[0];
  return isDocLang(code) ? code : null;
}

/** A header cell's language: its code, or its name in one of the six languages ("Français", "中文"). */
const columnLanguage = (name: string): DocLang | null => languageCode(name) ?? languageNamed(name);

/** The header's language per column (null for a column that names none), or null when the first row is no header. */
function headerOf(cells: readonly string[] | undefined): (DocLang | null)[] | null {
  if (!cells) return null;
  const languages = cells.map(columnLanguage);
  return languages.filter((lang) => lang !== null).length >= 2 ? languages : null;
}

export function termsFromCsv(text: string): ReadTerms {
  const rows = csvRows(text);
  const header = headerOf(rows[0]?.cells);
  const problems: ReadTerms['problems'] = [];
  const columns: (DocLang | null)[] = header ?? ['en', 'zh'];
  if (header) {
    rows[0]!.cells.forEach((name, i) => {
      const duplicate = header[i] !== null && header.indexOf(header[i]!) !== i;
      if ((header[i] === null || duplicate) && name.trim() !== '') problems.push({ line: rows[0]!.line, message: message('import:termbase.unknownColumn', { column: i + 1, name: name.trim() }) });
    });
  }
  const terms: TermTexts[] = [];
  for (const row of header ? rows.slice(1) : rows) {
    const term: TermTexts = {};
    row.cells.forEach((cell, i) => {
      const lang = columns[i];
      const value = unguarded(cell);
      if (lang && value && term[lang] === undefined && columns.indexOf(lang) === i) term[lang] = value;
    });
    if (termLanguages(term).length >= 2) terms.push(term);
    else problems.push({ line: row.line, message: message('import:termbase.missingTerm', { line: row.line }) });
  }
  return { terms, problems };
}
