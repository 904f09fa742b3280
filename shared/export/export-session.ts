// Runs everywhere (shared). One entry point for every export format, used by the CLI (and
// the desktop Export menu): the session in, the file's contents out. PDF is the HTML export
// printed by whatever the host has — Chromium through Playwright in Node, printToPDF in
// Electron — so the printer comes in as a dependency. The Word builders are loaded only when
// asked for, so exporting a calendar does not load the docx library.
import { interfaceLangOf } from '../i18n.ts';
import type { Session } from '../model/types.ts';
import { deriveAnnex } from '../schedule/annex.ts';
import { annexTablesToCsv } from './annex-csv.ts';
import { sessionToC3voc } from './c3voc.ts';
import { languagesOf, type DocumentLanguage } from './document-language.ts';
import { documentsList } from './documents-list.ts';
import type { ExportFormat } from './export-formats.ts';
import { annexToHtml } from './html/annex-html.ts';
import { documentToHtml } from './html/document-html.ts';
import { sessionToIcs } from './ics.ts';
import { versionChangelog } from '../versions/changelog.ts';

export interface ExportHost {
  /** Prints a self-contained HTML page to PDF (A4, as its @page rule says). */
  printPdf(html: string): Promise<Uint8Array>;
}

export async function exportSession(session: Session, format: ExportFormat, lang: DocumentLanguage, host: ExportHost): Promise<string | Uint8Array> {
  switch (format) {
    case 'annex-docx':
      return (await import('./docx/index.ts')).annexToDocx(session, lang);
    case 'document-docx':
      return (await import('./docx/index.ts')).documentToDocx(session, lang);
    case 'annex-html':
      return annexToHtml(session, lang);
    case 'document-html':
      return documentToHtml(session, lang);
    case 'annex-pdf':
      return host.printPdf(annexToHtml(session, lang));
    case 'document-pdf':
      return host.printPdf(documentToHtml(session, lang));
    case 'ics':
      return sessionToIcs(session, lang);
    case 'c3voc':
      return sessionToC3voc(session, lang);
    case 'csv':
      return annexTablesToCsv(languagesOf(lang, session).map((one) => deriveAnnex(session, one)));
    case 'documents':
      return documentsList(session, lang);
    case 'changelog':
      return languagesOf(lang, session)
        .map((one) => versionChangelog(session, interfaceLangOf(one)))
        .join('\n');
  }
}
