// Runs everywhere (shared). Each body's provisional agenda under its name (Heading 1):
// numbered items, sub-items one level in, punctuation and joint marks as
// deriveAgendaDocument wrote them.
import type { Paragraph } from 'docx';
import type { AgendaDocument } from '../../schedule/agenda-document/index.ts';
import { headingParagraph, outlineParagraph } from './layout.ts';
import { HEADING } from './styles.ts';

export function agendaBlocks(doc: AgendaDocument): Paragraph[] {
  return doc.bodies.flatMap((body) => [headingParagraph(doc.lang, body.name, HEADING.part), ...body.agenda.map((entry) => outlineParagraph({ ...entry, lang: doc.lang }))]);
}
