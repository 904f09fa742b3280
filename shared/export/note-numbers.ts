// Runs everywhere (shared). Footnote numbers of the agenda document, the same in every
// export. The 2017 document puts note 1 ("该项目将由两个工作组联合讨论。") on the first
// joint item and only the number "1" on the later ones: a note text becomes a note the first
// time a language version refers to it, and later references repeat its number. Notes are
// numbered through the whole file, so a 'both' file's English notes go on from the Chinese
// ones (LibreOffice ignores Word's restart per section; the printed numbers must match).
export interface NoteReference {
  number: number;
  /** The reference that introduces the note; later ones print its number only. */
  first: boolean;
}

export class NoteNumbers {
  private count = 0;
  /** Note text -> its number, in the current language version. */
  private numbers = new Map<string, number>();

  /** A new language version refers to notes of its own, never back to the other version's. */
  startVersion(): void {
    this.numbers = new Map();
  }

  reference(text: string): NoteReference {
    const known = this.numbers.get(text);
    if (known !== undefined) return { number: known, first: false };
    this.count += 1;
    this.numbers.set(text, this.count);
    return { number: this.count, first: true };
  }
}
