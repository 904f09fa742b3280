// Runs everywhere (shared). documentToDocx: the whole "Provisional agenda and annotations" /
// "临时议程和说明" document as Word: masthead, bodies, title, each body's agenda, the
// annotations, and on a new page the annex table; from page 2 a running header with the
// document's symbols, and page numbers. 'both' gives the Chinese version, then the English
// one, each numbered from its own first page. The text is deriveAgendaDocument's; this file
// only lays it out.
import type { Session } from '../../model/types.ts';
import { deriveAgendaDocument } from '../../schedule/agenda-document/index.ts';
import { languagesOf, type DocumentLanguage } from '../document-language.ts';
import { agendaBlocks } from './agenda-blocks.ts';
import { annexBlocks, annexOrientation } from './annex-table.ts';
import { annotationBlocks } from './annotation-blocks.ts';
import { headingParagraph } from './layout.ts';
import { HEADING } from './styles.ts';
import { frontMatterBlocks } from './masthead-blocks.ts';
import { DocumentNotes } from './notes.ts';
import { packDocx, type SectionContent } from './package.ts';

export function documentToDocx(session: Session, lang: DocumentLanguage): Promise<Uint8Array> {
  const notes = new DocumentNotes();
  const sections = languagesOf(lang, session).flatMap((one): SectionContent[] => {
    const doc = deriveAgendaDocument(session, one);
    notes.startVersion();
    const main = [...frontMatterBlocks(doc), ...agendaBlocks(doc), ...annotationBlocks(doc, notes)];
    // The annex starts a section of its own: a new page, landscape when it has many bodies.
    const orientation = annexOrientation(doc.annex);
    const annex = [headingParagraph(doc.lang, doc.headings.annex, HEADING.part), ...annexBlocks(doc.annex, orientation, doc.annexBodiesHeading)];
    const header = doc.masthead.symbols;
    return [
      { children: main, lang: doc.lang, furniture: { header, opensDocument: true } },
      { children: annex, orientation, lang: doc.lang, furniture: { header } },
    ];
  });
  return packDocx(sections, notes.footnotes);
}
