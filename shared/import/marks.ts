// Runs everywhere (shared). What follows an agenda title besides its punctuation: a joint
// marker — "（联合项目）", "（国际合作工作组和技术援助问题政府专家工作组的联合项目）",
// "(joint item)", "(joint item of the … and the …)" — or footnote marks: "*", "**", "†",
// superscript digits "¹", "<sup>1</sup>", "[^1]". Marks are taken off the end one by one, in
// whatever order they stand ("其他事项。（联合项目）", "Other matters (joint item).",
// "Other matters.*"); footnote marks inside a title are removed too.
import { withoutTrailingPunctuation } from '../format/punctuation.ts';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT = new RegExp(`[${SUPERSCRIPT_DIGITS}]+`, 'gu');
const SUP_TAG = /<sup>\s*([^<]*?)\s*<\/sup>/giu;
const MARKDOWN_NOTE = /\[\^(\w+)\]/gu;

const JOINT_ZH = /[(（]\s*(?:([^()（）]*?)\s*的)?\s*联合(?:议程)?项目\s*[)）]$/u;
const JOINT_EN = /[(（]\s*joint\s+(?:agenda\s+)?item(?:\s+(?:of|with)\s+(?:the\s+)?([^()（）]*?))?\s*[)）]$/iu;
/** What ends an item in a list; a colon does not: sub-items or the rest of a wrapped title follow it. */
const TERMINAL = /[.。．;；]$/u;

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

const NOTE_AT_END = new RegExp(`(?:<sup>\\s*([^<]*?)\\s*</sup>|\\[\\^(\\w+)\\]|([${SUPERSCRIPT_DIGITS}]+)|([*＊†‡]+))$`, 'iu');

function noteMark(m: RegExpExecArray): string {
  return m[1] ?? m[2] ?? (m[3] ? fromSuperscript(m[3]) : m[4]!.replace(/＊/gu, '*'));
}

/** The title without its trailing punctuation, joint marker and footnote marks, and what they were. */
export function takeMarks(raw: string): TitleMarks {
  const footnotes: string[] = [];
  let rest = raw.trim();
  let joint: JointMarker | undefined;
  let ended = false;
  for (;;) {
    const trimmed = withoutTrailingPunctuation(rest);
    if (trimmed !== rest && TERMINAL.test(rest.trimEnd())) ended = true;
    rest = trimmed;
    const marker = JOINT_ZH.exec(rest) ?? JOINT_EN.exec(rest);
    if (marker) {
      const named = marker[1]?.trim();
      joint = named ? { with: named } : (joint ?? {});
      rest = rest.slice(0, marker.index);
      ended = true;
      continue;
    }
    const note = NOTE_AT_END.exec(rest);
    if (note) {
      footnotes.unshift(noteMark(note));
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

const FOOTNOTE_DEFINITION = new RegExp(
  `^(?:<sup>\\s*([^<]+?)\\s*</sup>|\\[\\^(\\w+)\\]:?|([*＊†‡]+)|([${SUPERSCRIPT_DIGITS}]+))\\s*(\\S.*)$`,
  'iu',
);

/** "<sup>1</sup> 该项目将由两个工作组联合讨论。", "* Joint item of …": a footnote's text, by its mark. */
export function footnoteDefinition(line: string): { mark: string; text: string } | null {
  const m = FOOTNOTE_DEFINITION.exec(line.trim());
  if (!m) return null;
  const mark = m[1] ?? m[2] ?? m[3]?.replace(/＊/gu, '*') ?? fromSuperscript(m[4]!);
  return { mark, text: m[5]! };
}

/** Does a footnote say the item is discussed jointly ("联合讨论", "joint item", "jointly")? */
export function footnoteMeansJoint(text: string): boolean {
  return /联合|\bjoint(?:ly)?\b/iu.test(text);
}
