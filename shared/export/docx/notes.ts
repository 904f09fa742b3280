// Runs everywhere (shared). Footnotes of the agenda document in Word: a real footnote where a
// note is introduced, its reference inside a bookmark; where the note is referred to again,
// a NOTEREF field to that bookmark, formatted as a footnote reference (\f), so Word
// renumbers the repeated marks with the footnote. The field's result is the number the
// footnote has now (numbering in note-numbers.ts): a reader that does not update fields
// (LibreOffice, a viewer) shows the right number as it is. References come in document
// order, so the footnote with id n is the n-th Word prints.
import { Bookmark, FootnoteReference, ImportedXmlComponent, type ParagraphChild } from 'docx';
import type { DocLang } from '../../i18n.ts';
import { NoteNumbers } from '../note-numbers.ts';
import type { Footnotes } from './package.ts';
import { markRun, textParagraph } from './text.ts';

/** A hidden bookmark ("_Ref…", as Word names the ones its cross-references make) around note n's reference. */
export const noteBookmark = (n: number) => `_RefOrgworkNote${n}`;

const fieldChar = (type: 'begin' | 'separate' | 'end') => ImportedXmlComponent.fromXmlString(`<w:fldChar w:fldCharType="${type}"/>`);
const instruction = (text: string) => ImportedXmlComponent.fromXmlString(`<w:instrText xml:space="preserve"> ${text} </w:instrText>`);

export class DocumentNotes {
  readonly footnotes: Footnotes = {};
  private readonly numbers = new NoteNumbers();

  startVersion(): void {
    this.numbers.startVersion();
  }

  /** The mark of a note where the text refers to it: one run, or the field's runs. */
  reference(text: string, lang: DocLang): ParagraphChild[] {
    const { number, first } = this.numbers.reference(text);
    if (!first) {
      // One run per part of the field, each formatted as a mark: LibreOffice takes the
      // format of the result from the run that begins the field.
      const mark = (child: string | ImportedXmlComponent) => markRun(lang, { style: 'FootnoteReference', superScript: true, children: [child] });
      return [fieldChar('begin'), instruction(`NOTEREF ${noteBookmark(number)} \\f \\h`), fieldChar('separate'), String(number), fieldChar('end')].map(mark);
    }
    // Word puts the note's number first; a space keeps it off the text.
    this.footnotes[number] = { children: [textParagraph(lang, ` ${text}`, { style: 'FootnoteText' })] };
    return [new Bookmark({ id: noteBookmark(number), children: [markRun(lang, { style: 'FootnoteReference', superScript: true, children: [new FootnoteReference(number)] })] })];
  }
}
