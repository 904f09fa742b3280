// Runs everywhere (shared). The list of documents each body had before it, worded as a
// report words it (reference/seeds/001_…: "工作组收到了下列文件：(a) 临时议程说明
// （CTOC/COP/WG.3/2020/1）；…"), as plain text to paste into the report: the annotated
// provisional agenda (the body's symbol) first, then the documents of its agenda items in
// agenda order, each symbol once — a joint document appears in the list of every body.
import { label, type DocLang } from '../i18n.ts';
import { textIn, withoutTrailingStop } from '../format/text.ts';
import type { Body, DocumentRef, Session } from '../model/types.ts';
import { languagesOf, type DocumentLanguage } from './document-language.ts';
import { withoutInvalidChars } from './safe-text.ts';

/** "(a)" … "(z)", then "(aa)", "(bb)" … as UN lists go on. */
export function listLetter(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return `(${letter.repeat(Math.floor(index / 26) + 1)})`;
}

/** The documents before one body, in order, each symbol once. */
function bodyDocuments(session: Session, body: Body): DocumentRef[] {
  const own: DocumentRef[] = body.symbol?.trim() ? [{ symbol: body.symbol.trim() }] : [];
  const seen = new Set<string>();
  return [...own, ...session.items.filter((item) => item.body === body.id).flatMap((item) => item.documents ?? [])].filter((document) => {
    if (seen.has(document.symbol)) return false;
    seen.add(document.symbol);
    return true;
  });
}

function documentTitle(document: DocumentRef, isAgenda: boolean, lang: DocLang): string {
  return isAgenda ? label('doc:documentsList.provisionalAgenda', lang) : withoutTrailingStop(textIn(document.title, lang));
}

function bodyList(session: Session, body: Body, lang: DocLang): string {
  const name = textIn(body.name, lang);
  const documents = bodyDocuments(session, body);
  if (documents.length === 0) return label('doc:documentsList.none', lang, { body: name });
  const hasAgenda = Boolean(body.symbol?.trim());
  const entries = documents.map((document, i) => {
    const title = documentTitle(document, hasAgenda && i === 0, lang);
    const text = title ? label('doc:agenda.document', lang, { title, symbol: document.symbol }) : document.symbol;
    const end = label(i === documents.length - 1 ? 'doc:documentsList.stop' : 'doc:documentsList.separator', lang);
    return `${listLetter(i)} ${text}${end}`;
  });
  return [label('doc:documentsList.intro', lang, { body: name, count: documents.length }), ...entries].join('\n');
}

export function documentsList(session: Session, choice: DocumentLanguage): string {
  const blocks = languagesOf(choice, session).flatMap((lang) => session.bodies.map((body) => bodyList(session, body, lang)));
  return `${withoutInvalidChars(blocks.join('\n\n'))}\n`;
}
