// Runs in Node (main process, browser host, CLI). The body of a "share by email" draft: the
// sender's message, then the annex table "Proposed organization of work" in each document
// language — as HTML (the annex HTML export's table and style) and as plain text for mail
// programs that show no HTML (the annex as a Markdown table). Every user text is escaped.
import { annexToMarkdown } from '../../shared/export/annex-markdown.ts';
import { languagesOf, type DocumentLanguage } from '../../shared/export/document-language.ts';
import { annexTableHtml } from '../../shared/export/html/annex-table.ts';
import { html } from '../../shared/export/html/escape.ts';
import { htmlPage, languagePart } from '../../shared/export/html/page.ts';
import type { Session } from '../../shared/model/types.ts';
import { deriveAnnex } from '../../shared/schedule/annex.ts';
import { annexBodiesHeading } from '../../shared/schedule/agenda-document/index.ts';

/** Paragraphs at blank lines, line breaks kept within them. */
function messageHtml(message: string) {
  const paragraphs = message.trim() === '' ? [] : message.trim().split(/\r?\n\s*\r?\n/);
  return paragraphs.map((paragraph) => {
    const lines = paragraph.split(/\r?\n/);
    return html`<p>${lines.map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`))}</p>\n`;
  });
}

export function shareBody(session: Session, message: string, choice: DocumentLanguage, subject: string): { html: string; text: string } {
  const tables = languagesOf(choice, session).map((lang) => deriveAnnex(session, lang));
  const parts = tables.map((table) => languagePart(table.lang, html`<h1 class="annex-title">${table.title}</h1>\n${annexTableHtml(table, annexBodiesHeading(session, table.lang))}`, tables[0]!.lang));
  const page = htmlPage(tables[0]!.lang, subject, html`${messageHtml(message)}${parts}`);
  const text = [message.trim(), ...tables.map(annexToMarkdown)].filter((part) => part !== '').join('\n\n');
  return { html: page, text: `${text.trimEnd()}\n` };
}
