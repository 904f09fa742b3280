// Runs everywhere (shared). Footnotes of the agenda document in Word: a footnote where a note
// is introduced, its number as a superscript where it is referred to again (numbering in
// note-numbers.ts). References come in document order, so the footnote with id n is the
// n-th Word prints.
import { FootnoteReference, type TextRun } from 'docx';
import { NoteNumbers } from '../note-numbers.ts';
import type { Footnotes } from './package.ts';
import { markRun, SIZE, textParagraph, textRun } from './text.ts';

export class DocumentNotes {
  readonly footnotes: Footnotes = {};
  private readonly numbers = new NoteNumbers();

  startVersion(): void {
    this.numbers.startVersion();
  }

  reference(text: string): TextRun {
    const { number, first } = this.numbers.reference(text);
    if (!first) return textRun(String(number), { superScript: true });
    // Word puts the note's number first; a space keeps it off the text.
    this.footnotes[number] = { children: [textParagraph(` ${text}`, {}, { size: SIZE.note })] };
    return markRun({ style: 'FootnoteReference', superScript: true, children: [new FootnoteReference(number)] });
  }
}
