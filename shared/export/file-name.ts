// Runs everywhere (shared). The file name an export is offered under: the document symbol of
// the first body with its slashes made safe, what the file holds and its language, e.g.
// "CTOC-COP-WG.3-2017-1.annex.zh.docx". Safe on Windows, macOS and Linux alike.
import { textIn, trimEndWhile } from '../format/text.ts';
import type { Session } from '../model/types.ts';
import type { DocumentLanguage } from './document-language.ts';
import type { ExportFormat } from './export-formats.ts';

/** What each format is called in a file name, and its extension. The whole document goes without a part name: its symbol is its name. */
const NAME_PARTS: Record<ExportFormat, { part: string | null; extension: string }> = {
  'annex-docx': { part: 'annex', extension: 'docx' },
  'document-docx': { part: null, extension: 'docx' },
  'annex-html': { part: 'annex', extension: 'html' },
  'document-html': { part: null, extension: 'html' },
  'annex-pdf': { part: 'annex', extension: 'pdf' },
  'document-pdf': { part: null, extension: 'pdf' },
  ics: { part: 'calendar', extension: 'ics' },
  c3voc: { part: 'schedule', extension: 'json' },
  csv: { part: 'annex', extension: 'csv' },
  documents: { part: 'documents', extension: 'txt' },
  changelog: { part: 'versions', extension: 'txt' },
};

const MAX_BASE_LENGTH = 80;
// Windows refuses these as names whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const DOT_OR_SPACE = /^[.\s]$/u;

/** A file name part from any text: no path separators, reserved or control characters, no leading dot. */
export function safeFileNamePart(text: string): string {
  const safe = text
    .replace(/[/\\]+/g, '-')
    .replace(/[<>:"|?*\u0000-\u001f\u007f]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s-]+/g, '');
  // Trailing dots and spaces by a loop: `/[.\s]+$/` retries from every dot of "x. . . . x".
  const cut = trimEndWhile(safe, DOT_OR_SPACE).slice(0, MAX_BASE_LENGTH).trim();
  return RESERVED.test(cut) ? `_${cut}` : cut;
}

export function exportFileName(session: Session, format: ExportFormat, lang: DocumentLanguage): string {
  const symbol = session.bodies.find((body) => body.symbol?.trim())?.symbol ?? '';
  const base = safeFileNamePart(symbol) || safeFileNamePart(textIn(session.title, 'en')) || 'orgwork';
  const { part, extension } = NAME_PARTS[format];
  const langPart = lang === 'both' ? 'zh-en' : lang;
  return [base, ...(part ? [part] : []), langPart, extension].join('.');
}
