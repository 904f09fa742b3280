// Runs everywhere (shared). parseAgenda: an agenda pasted as text (from a UN document, in
// any of the six UN languages) into the items of one body — numbers as the session file writes them
// ("1", "1(a)"), titles without list punctuation, joint markers turned into joint keys,
// footnote marks removed — and warnings for the preview, so nothing is dropped silently.
// Rules, in the order they apply to a line:
// - "1." starts an item; "(a)" a sub-item of the last item ("(i)" after "(a)": of the sub-item);
//   each language's forms of both ("a)", "б)", "(ب)", "1 -") are in agenda-lines.ts;
// - a footnote ("* …", "<sup>1</sup> …") is read, to know whether its mark means "joint";
// - a line after an unfinished title (no full stop or semicolon yet, a bracket left open, a
//   joint marker cut in two) continues it, as do a joint marker or footnote mark on a line of
//   their own. Empty lines in between do not matter: text copied from a PDF often has one
//   between every two lines, and breaks titles (and markers) in the middle of a word;
// - a heading (Markdown "#") never continues a title;
// - anything else after the first item is left out, with a warning.
import type { DocLang } from '../i18n.ts';
import { collapsedSpaces } from '../format/punctuation.ts';
import { agendaLines, type AgendaLine } from './agenda-lines.ts';
import { jointKeyFor, numberedJointKey } from './joint-key.ts';
import { footnoteMeansJoint, isOnlyMarks, takeMarks } from './marks.ts';
import type { AgendaImport, ImportedItem, ImportWarning, ImportWarningCode } from './types.ts';
import { importWarning } from './warnings.ts';

interface DraftItem {
  number: string;
  line: number;
  text: string;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

const SOFT_HYPHEN = '\u00ad';

/**
 * A title wrapped over two lines, joined: with a space between words, without one in a
 * Chinese agenda (Chinese has no spaces between words, and a PDF breaks it anywhere: inside a
 * word, inside "8/2") or next to a Chinese character, nor after a soft hyphen, which only marks
 * where a word was broken.
 */
function joinWrapped(first: string, next: string, lang: DocLang): string {
  if (first === '') return next;
  if (first.endsWith(SOFT_HYPHEN)) return first.slice(0, -1) + next;
  const tight = lang === 'zh' || CJK.test(first.at(-1)!) || CJK.test(next[0]!);
  return tight ? first + next : `${first} ${next}`;
}

/**
 * No agenda title is this long; past it, lines are not joined. It keeps a paste of a whole
 * document after an unfinished title (no empty line stops the joining) from growing one title
 * without end, and re-reading it on every line.
 */
export const MAX_TITLE_LENGTH = 2000;

/** Warnings about lines said one by one; the rest are counted in one more. */
export const MAX_LINE_WARNINGS = 100;

const isRoman = (label: string) => /^[ivx]+$/u.test(label);
const nextLetter = (letter: string) => String.fromCharCode(letter.charCodeAt(0) + 1);
const shortened = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/** Reads the lines into numbered drafts; what it cannot place becomes a warning. */
class AgendaReader {
  constructor(private readonly lang: DocLang) {}

  readonly drafts: DraftItem[] = [];
  readonly footnotes = new Map<string, string>();
  readonly warnings: ImportWarning[] = [];
  private readonly numbers = new Set<string>();
  /** Warnings past MAX_LINE_WARNINGS, counted and said as one. */
  unsaid = 0;
  /** The draft a following line may continue; null after a footnote, a heading or a skipped item. */
  private open: DraftItem | null = null;
  private item: { number: string; value: number } | null = null;
  private letter: string | null = null;

  read(line: AgendaLine): void {
    switch (line.kind) {
      case 'blank':
        // Not a separator by itself: an unfinished title goes on after it (see continueOrIgnore).
        return;
      case 'item':
        return this.startItem(line.number, line.line, line.text);
      case 'subItem':
        return this.startSubItem(line.label, line.line, line.text);
      case 'footnote':
        this.footnotes.set(line.mark, line.text);
        this.open = null;
        return;
      case 'text':
        return this.continueOrIgnore(line.text, line.line, line.heading === true);
    }
  }

  /**
   * A warning about a line, up to MAX_LINE_WARNINGS: a whole document pasted by mistake would
   * otherwise give one per line, which no one reads and which each cost a translation.
   */
  private warn(code: ImportWarningCode, params: Parameters<typeof importWarning>[1]): void {
    if (this.warnings.length < MAX_LINE_WARNINGS) this.warnings.push(importWarning(code, params));
    else this.unsaid++;
  }

  private startItem(number: string, line: number, text: string): void {
    const value = Number(number);
    if (this.item && value !== this.item.value + 1 && !this.numbers.has(number)) {
      this.warn('numberGap', { line, number, previous: this.item.number });
    }
    this.item = { number, value };
    this.letter = null;
    this.add(number, line, text);
  }

  private startSubItem(label: string, line: number, text: string): void {
    if (!this.item) {
      this.warn('subItemWithoutItem', { line, label });
      this.open = null;
      return;
    }
    const expected = this.letter ? nextLetter(this.letter) : 'a';
    // "(i)" right after "(h)" is a letter; after "(a)" it opens a list under "(a)".
    if (this.letter && label !== expected && isRoman(label)) {
      this.add(`${this.item.number}(${this.letter})(${label})`, line, text);
      return;
    }
    if (label !== expected) {
      const previous = this.letter ? `${this.item.number}(${this.letter})` : this.item.number;
      this.warn('numberGap', { line, number: `${this.item.number}(${label})`, previous });
    }
    this.letter = label;
    this.add(`${this.item.number}(${label})`, line, text);
  }

  private add(number: string, line: number, text: string): void {
    if (this.numbers.has(number)) {
      this.warn('duplicateNumber', { line, number });
      this.open = null;
      return;
    }
    this.numbers.add(number);
    this.open = { number, line, text };
    this.drafts.push(this.open);
  }

  private continueOrIgnore(text: string, line: number, heading: boolean): void {
    const open = this.open;
    const room = open !== null && open.text.length + text.length <= MAX_TITLE_LENGTH;
    if (open && room && !heading && (isOnlyMarks(text) || !takeMarks(open.text).ended)) {
      open.text = joinWrapped(open.text, text, this.lang);
      return;
    }
    // Headings and the like before the agenda are expected; after its start, say what was left out.
    if (this.drafts.length > 0) this.warn('ignoredLine', { line, text: shortened(text) });
    this.open = null;
  }
}

/** A footnote mark means "joint" when its footnote says so, or when the footnote is not in the text. */
function isJointNote(mark: string, reader: AgendaReader, draft: DraftItem, warnings: ImportWarning[]): boolean {
  const footnote = reader.footnotes.get(mark);
  if (footnote !== undefined) return footnoteMeansJoint(footnote);
  warnings.push(importWarning('footnoteAssumedJoint', { line: draft.line, number: draft.number, mark }));
  return true;
}

function finish(draft: DraftItem, reader: AgendaReader, lang: DocLang, keys: Set<string>, warnings: ImportWarning[]): ImportedItem {
  const marks = takeMarks(draft.text);
  const title = collapsedSpaces(marks.title);
  if (title === '') warnings.push(importWarning('emptyTitle', { line: draft.line, number: draft.number }));
  const jointByNote = marks.footnotes.map((mark) => isJointNote(mark, reader, draft, warnings)).some(Boolean);
  const item: ImportedItem = { number: draft.number, title };
  if (marks.joint || jointByNote) {
    item.joint = jointKeyFor({ [lang]: title }, numberedJointKey(draft.number), keys);
    keys.add(item.joint);
    if (marks.joint?.with) item.jointWith = collapsedSpaces(marks.joint.with);
  }
  return item;
}

/** The items of one body's agenda in `text`, written in `lang`. */
export function parseAgenda(text: string, lang: DocLang): AgendaImport {
  return readAgenda(agendaLines(text), lang);
}

/** The items of one body's agenda from its lines, already classified (parseAgendas reads each agenda's share of one text). */
export function readAgenda(lines: readonly AgendaLine[], lang: DocLang): AgendaImport {
  const reader = new AgendaReader(lang);
  for (const line of lines) reader.read(line);
  const warnings = [...reader.warnings];
  if (reader.unsaid > 0) warnings.push(importWarning('moreWarnings', { count: reader.unsaid }));
  const keys = new Set<string>();
  const items = reader.drafts.map((draft) => finish(draft, reader, lang, keys, warnings));
  if (items.length === 0) warnings.push(importWarning('noItems', {}));
  warnings.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return { items, warnings };
}
