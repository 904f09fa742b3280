// Runs everywhere (shared). What follows an agenda title besides its punctuation: a joint
// marker — "（联合项目）", "（国际合作工作组和技术援助问题政府专家工作组的联合项目）",
// "(joint item)", "(joint item of the … and the …)", and the same in French, Spanish, Russian
// and Arabic (JOINT_MARKERS, with where each comes from) — or footnote marks: "*", "**", "†",
// superscript digits "¹", "<sup>1</sup>", "[^1]". Marks are taken off the end one by one, in
// whatever order they stand ("其他事项。（联合项目）", "Other matters (joint item).",
// "Other matters.*"); footnote marks inside a title are removed too.
import { withoutListPunctuation } from './conventions.ts';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const STARS = '*＊†‡';
// Every pattern here is linear: a lazy group between two `\s*`, or a pattern that is not
// anchored at its start but at the end, retries from every position of a long run of spaces
// (a line of `<sup>` and 3,000 spaces took half a minute to import). Marks at the end are
// therefore read from the end by hand, and a tag's content is taken whole and trimmed.
const SUPERSCRIPT = new RegExp(`[${SUPERSCRIPT_DIGITS}]+`, 'gu');
const SUP_TAG = /<sup>[^<]*<\/sup>/giu;
const MARKDOWN_NOTE = /\[\^\w+\]/gu;

const JOINT_ZH_ENDINGS = ['联合议程项目', '联合项目'];

/**
 * A joint marker that starts with its words ("joint item of the …"): `head` the words, `link`
 * what joins them to the bodies named after them. English is the reference documents' form.
 * The other four are UNCONFIRMED: no UN agenda with a joint item in French, Spanish, Russian or
 * Arabic was found with the search tool. They are the UN terms for "joint" in each language —
 * French "commun"/"conjoint", Spanish "conjunto", Russian "совместный", Arabic "مشترك" — with
 * "point"/"question", "tema", "пункт"/"вопрос", "بند" for "item", as UN agendas in each language
 * call an agenda item ("Point 2 de l’ordre du jour", "Tema 8 del programa", "Пункт 9 b)
 * предварительной повестки дня", "البند 3 (ب) من جدول الأعمال").
 */
const JOINT_MARKERS: readonly { head: RegExp; link: RegExp }[] = [
  { head: /^joint\s+(?:agenda\s+)?item(?!\S)/iu, link: /^\s+(?:of|with)\s+(?:the\s+)?/iu },
  { head: /^(?:point|question)\s+(?:commun|conjoint)e?(?:\s+de\s+l[’']ordre\s+du\s+jour)?(?!\S)/iu, link: /^\s+(?:à|au|aux|avec|du|des|de)\s+(?:l[’']\s*|la\s+|le\s+|les\s+)?/iu },
  { head: /^tema\s+conjunto(?:\s+del\s+programa)?(?!\S)/iu, link: /^\s+(?:con|del|de|para)\s+(?:el\s+|la\s+|los\s+|las\s+)?/iu },
  { head: /^совместный\s+(?:пункт|вопрос)(?:\s+повестки\s+дня)?(?!\S)/iu, link: /^\s+(?:с|для)\s+/iu },
  { head: /^بند\s+مشترك(?!\S)/u, link: /^\s+(?:مع|بين)\s+/u },
];
/** What ends an item in a list; a colon does not: sub-items or the rest of a wrapped title follow it. */
const TERMINAL = /[.。．;；؛]$/u;

/** Who a joint marker says the item is joint with; `with` is absent for a plain "joint item". */
export interface JointMarker {
  with?: string;
}

export interface TitleMarks {
  title: string;
  joint?: JointMarker;
  /** Footnote marks at the end of the title, as "1", "*"… (superscript and <sup> read as digits). */
  footnotes: string[];
  /** The title looks complete: it ended with a full stop or semicolon, or with marks. */
  ended: boolean;
}

const fromSuperscript = (text: string) => [...text].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join('');

/** Where the run of characters from `set` that ends `text` at `end` starts. */
function runStart(text: string, end: number, set: string): number {
  let start = end;
  while (start > 0 && set.includes(text[start - 1]!)) start--;
  return start;
}

const WORD_CHAR = /^\w$/u;

/** A footnote mark ending `text` ("<sup>1</sup>", "[^1]", "¹", "*"): the mark and where it starts. */
function noteAtEnd(text: string): { mark: string; index: number } | null {
  const end = text.length;
  if (text.slice(-6).toLowerCase() === '</sup>') {
    const open = text.lastIndexOf('<', end - 7);
    if (open >= 0 && text.slice(open, open + 5).toLowerCase() === '<sup>') return { mark: text.slice(open + 5, end - 6).trim(), index: open };
  }
  if (text.endsWith(']')) {
    let start = end - 1;
    while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
    if (start < end - 1 && text.slice(start - 2, start) === '[^') return { mark: text.slice(start, end - 1), index: start - 2 };
  }
  const superscripts = runStart(text, end, SUPERSCRIPT_DIGITS);
  if (superscripts < end) return { mark: fromSuperscript(text.slice(superscripts)), index: superscripts };
  const stars = runStart(text, end, STARS);
  if (stars < end) return { mark: text.slice(stars).replace(/＊/gu, '*'), index: stars };
  return null;
}

/** A joint marker ending `text` ("（…的联合项目）", "(joint item of the …)"): what it names and where it starts. */
function jointAtEnd(text: string): { with?: string; index: number } | null {
  if (!/[)）]$/u.test(text)) return null;
  // The marker holds no bracket: it starts at the last opening one.
  const open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
  if (open < 0) return null;
  const inside = text.slice(open + 1, -1);
  if (/[()（）]/u.test(inside)) return null;
  const named = jointWith(inside.trim());
  return named === null ? null : { ...(named ? { with: named } : {}), index: open };
}

/** What a marker's text says the item is joint with: '' for a plain joint item, null when it is no marker. */
function jointWith(inside: string): string | null {
  const zh = JOINT_ZH_ENDINGS.find((ending) => inside.endsWith(ending));
  if (zh) {
    const before = inside.slice(0, -zh.length).trimEnd();
    if (before === '') return '';
    return before.endsWith('的') ? before.slice(0, -1).trim() : null;
  }
  for (const { head, link } of JOINT_MARKERS) {
    const found = head.exec(inside);
    if (!found) continue;
    const rest = inside.slice(found[0].length);
    if (rest.trim() === '') return '';
    const named = link.exec(rest);
    return named ? rest.slice(named[0].length).trim() : null;
  }
  return null;
}

/** The title without its trailing punctuation, joint marker and footnote marks, and what they were. */
export function takeMarks(raw: string): TitleMarks {
  const footnotes: string[] = [];
  let rest = raw.trim();
  let joint: JointMarker | undefined;
  let ended = false;
  for (;;) {
    const trimmed = withoutListPunctuation(rest);
    if (trimmed !== rest && TERMINAL.test(rest.trimEnd())) ended = true;
    rest = trimmed;
    const marker = jointAtEnd(rest);
    if (marker) {
      const named = marker.with;
      joint = named ? { with: named } : (joint ?? {});
      rest = rest.slice(0, marker.index);
      ended = true;
      continue;
    }
    const note = noteAtEnd(rest);
    if (note) {
      footnotes.unshift(note.mark);
      rest = rest.slice(0, note.index);
      ended = true;
      continue;
    }
    break;
  }
  // Footnote marks inside the title go too; only those at its end can mark a joint item.
  const title = rest.replace(SUP_TAG, '').replace(MARKDOWN_NOTE, '').replace(SUPERSCRIPT, '').trim();
  return { title, ...(joint ? { joint } : {}), footnotes, ended };
}

/** A line that is nothing but marks ("（联合项目）" on a line of its own, a lone "*"). */
export function isOnlyMarks(line: string): boolean {
  const { title, joint, footnotes } = takeMarks(line);
  return title === '' && (joint !== undefined || footnotes.length > 0);
}

// Anchored at the start and ending with the mark: no backtracking into what follows.
const FOOTNOTE_MARK = new RegExp(`^(?:<sup>([^<]*)</sup>|\\[\\^(\\w+)\\]:?|([${STARS}]+)|([${SUPERSCRIPT_DIGITS}]+))`, 'iu');
const LINE_BREAK = /[\n\r\u2028\u2029]/u;

/** "<sup>1</sup> 该项目将由两个工作组联合讨论。", "* Joint item of …": a footnote's text, by its mark. */
export function footnoteDefinition(line: string): { mark: string; text: string } | null {
  const trimmed = line.trim();
  const m = FOOTNOTE_MARK.exec(trimmed);
  if (!m) return null;
  const mark = m[1]?.trim() ?? m[2] ?? m[3]?.replace(/＊/gu, '*') ?? fromSuperscript(m[4]!);
  const text = trimmed.slice(m[0].length).trimStart();
  if (mark === '' || text === '' || LINE_BREAK.test(text)) return null;
  return { mark, text };
}

/**
 * Does a footnote say the item is discussed jointly ("联合讨论", "joint item", "jointly")? In the
 * other languages (unconfirmed, see JOINT_MARKERS): "commun", "conjoint(ement)", "conjunto",
 * "conjuntamente", "совместн…", "مشترك".
 */
export function footnoteMeansJoint(text: string): boolean {
  return /联合|\bjoint(?:ly)?\b|\b(?:en\s+commun|conjointe?s?|conjointement|conjunt[oa]s?|conjuntamente)\b|совместн|مشترك/iu.test(text);
}
