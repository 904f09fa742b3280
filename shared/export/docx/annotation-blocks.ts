// Runs everywhere (shared). The annotations under "Annotations" / "说明" (Heading 1), body by
// body (Heading 2) and item by item (Heading 3, sub-items Heading 4): the item's heading
// (with the joint note's mark), the cross-reference to another body's annotation, its
// paragraphs, and its documentation list under "Documentation" / "文件".
import type { Paragraph } from 'docx';
import type { AgendaDocument, AnnotationSection } from '../../schedule/agenda-document/index.ts';
import { bodyParagraph, headingParagraph, outlineParagraph, SUBHEADING } from './layout.ts';
import type { DocumentNotes } from './notes.ts';
import { HEADING } from './styles.ts';

function sectionBlocks(doc: AgendaDocument, section: AnnotationSection, notes: DocumentNotes): Paragraph[] {
  const mark = section.note === undefined ? [] : notes.reference(section.note, doc.lang);
  const heading = section.level === 0 ? HEADING.item : HEADING.subItem;
  const { lang } = doc;
  const blocks = [outlineParagraph({ lang, level: section.level, label: section.label, text: section.heading, heading, after: mark })];
  if (section.crossReference !== undefined) blocks.push(bodyParagraph(lang, section.crossReference));
  blocks.push(...section.paragraphs.map((text) => bodyParagraph(lang, text)));
  if (section.documents.length > 0) {
    blocks.push(bodyParagraph(lang, doc.headings.documentation, SUBHEADING[lang], { keepNext: true }), ...section.documents.map((entry) => bodyParagraph(lang, entry)));
  }
  return blocks;
}

export function annotationBlocks(doc: AgendaDocument, notes: DocumentNotes): Paragraph[] {
  return [
    headingParagraph(doc.lang, doc.headings.annotations, HEADING.part),
    ...doc.bodies.flatMap((body) => [headingParagraph(doc.lang, body.name, HEADING.body), ...body.annotations.flatMap((section) => sectionBlocks(doc, section, notes))]),
  ];
}
