// Runs everywhere (shared). The annotations, body by body and item by item: the item's
// heading (with the joint note's mark), its paragraphs or the cross-reference to the
// leading body's annotation, and its documentation list under "Documentation" / "文件".
import type { Paragraph } from 'docx';
import type { AgendaDocument, AnnotationSection } from '../../schedule/agenda-document/index.ts';
import { bodyParagraph, headingParagraph, outlineParagraph, SUBHEADING } from './layout.ts';
import type { DocumentNotes } from './notes.ts';
import { SIZE } from './text.ts';

function sectionBlocks(doc: AgendaDocument, section: AnnotationSection, notes: DocumentNotes): Paragraph[] {
  const mark = section.note === undefined ? [] : [notes.reference(section.note)];
  const blocks = [outlineParagraph({ level: section.level, label: section.label, text: section.heading, style: { bold: true }, after: mark, keepNext: true })];
  if (section.crossReference !== undefined) blocks.push(bodyParagraph(section.crossReference));
  blocks.push(...section.paragraphs.map((text) => bodyParagraph(text)));
  if (section.documents.length > 0) {
    blocks.push(bodyParagraph(doc.headings.documentation, SUBHEADING[doc.lang], { keepNext: true }), ...section.documents.map((entry) => bodyParagraph(entry)));
  }
  return blocks;
}

export function annotationBlocks(doc: AgendaDocument, notes: DocumentNotes): Paragraph[] {
  return [
    headingParagraph(doc.headings.annotations, { before: 480, size: SIZE.heading }),
    ...doc.bodies.flatMap((body) => [headingParagraph(body.name), ...body.annotations.flatMap((section) => sectionBlocks(doc, section, notes))]),
  ];
}
