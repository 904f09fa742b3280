// Runs everywhere (shared). The annex alone as one HTML file: its title and table in each
// chosen language, Chinese first when both.
import { deriveAnnex } from '../../schedule/annex.ts';
import { annexBodiesHeading } from '../../schedule/agenda-document/index.ts';
import type { Session } from '../../model/types.ts';
import { languagesOf, type DocumentLanguage } from '../document-language.ts';
import { annexTableHtml } from './annex-table.ts';
import { bidiText } from './bidi-text.ts';
import { html } from './escape.ts';
import { htmlPage, languagePart } from './page.ts';

export function annexToHtml(session: Session, choice: DocumentLanguage): string {
  const langs = languagesOf(choice, session);
  const tables = langs.map((lang) => deriveAnnex(session, lang));
  const parts = tables.map((table) =>
    languagePart(
      table.lang,
      html`<h1 class="annex-title">${bidiText(table.title, table.lang)}</h1>
${annexTableHtml(table, annexBodiesHeading(session, table.lang))}`,
      langs[0]!,
    ),
  );
  return htmlPage(langs[0]!, tables.map((table) => table.title).join(' / '), html`${parts}`);
}
