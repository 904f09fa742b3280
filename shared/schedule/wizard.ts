// Runs everywhere (shared). What the new-session wizard proposes, so that nothing is typed
// twice: the next meeting of a series in both languages (eighth → ninth, 第八次会议 →
// 第九次会议), the standard skeleton agenda in both languages (from the glossary), and the
// meeting slots of an in-person or a hybrid week.
import { LANGS, label, type DocLang, type Lang } from '../i18n.ts';
import type { LangText } from '../model/types.ts';
import { glossaryTerm } from '../termbase/seed.ts';
import { ordinalIn, withOrdinal } from './ordinals.ts';

/** "ninth meeting" / "第九次会议": the meeting label new sessions use, with ordinal `n`. */
export function meetingName(n: number, lang: Lang): string | null {
  return withOrdinal(label('doc:placeholder.meeting', lang), lang, n);
}

/** "eighth meeting" in `from` as a meeting name in `to` ("第八次会议"); null when it has no ordinal. */
export function translateMeeting(text: string, from: Lang, to: Lang): string | null {
  const n = ordinalIn(text, from);
  return n === null ? null : meetingName(n, to);
}

/**
 * The meeting after `meeting` in each language: the ordinal is advanced where it stands
 * ("Eighth meeting" → "Ninth meeting"); a language with no ordinal is named from another
 * that has one. Null when no language names an ordinal.
 */
export function proposeNextMeeting(meeting: LangText): LangText | null {
  const known = LANGS.map((lang) => ({ lang, n: ordinalIn(meeting[lang] ?? '', lang) })).find((found) => found.n !== null);
  if (!known) return null;
  const next = known.n! + 1;
  const out: LangText = {};
  for (const lang of LANGS) {
    const own = meeting[lang] ?? '';
    const n = ordinalIn(own, lang);
    const text = n === null ? meetingName(next, lang) : withOrdinal(own, lang, n + 1);
    if (text) out[lang] = text;
  }
  return Object.keys(out).length > 0 ? out : null;
}

export interface SkeletonItem {
  number: string;
  title: LangText;
}

/** The items every agenda has, in glossary English: the wizard adds the substantive ones between 1 and "Other matters". */
const SKELETON: readonly { number: string; en: string }[] = [
  { number: '1', en: 'Organizational matters' },
  { number: '1(a)', en: 'Opening of the meeting' },
  { number: '1(b)', en: 'Adoption of the agenda and organization of work' },
  { number: '2', en: 'Other matters' },
  { number: '3', en: 'Adoption of the report' },
];

/**
 * The standard agenda skeleton with titles in `languages` (Chinese and English by default), from
 * the glossary; a language the glossary has no confirmed title in is left out (a translation gap
 * the plan check names), never guessed.
 */
export function skeletonAgenda(languages: readonly DocLang[] = LANGS): SkeletonItem[] {
  return SKELETON.map(({ number, en }) => {
    const term = glossaryTerm(en);
    return { number, title: Object.fromEntries(languages.flatMap((lang) => (term[lang] ? [[lang, term[lang]]] : []))) };
  });
}
