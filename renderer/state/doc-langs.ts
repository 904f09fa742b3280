// Runs in the renderer (pure: no DOM, no React). Which document languages the editor offers
// for a session, which one it shows when the remembered choice is not the session's, the
// direction a language is written in, and the pair of languages the inspector shows side by
// side. The preference keeps what the user chose; each session gets what it can show of it.
import type { DocumentLang } from '../../shared/api.ts';
import { languagesOf } from '../../shared/export/document-language.ts';
import type { DocLang } from '../../shared/i18n.ts';
import { sessionLanguages } from '../../shared/model/languages.ts';
import type { Session } from '../../shared/model/types.ts';

type Languages = Pick<Session, 'languages'>;

const isBothPair = (langs: readonly DocLang[]) => langs.length === 2 && langs.includes('zh') && langs.includes('en');

/**
 * The choices of the document-language switch, in the session's order: each of its languages,
 * then "both" (Chinese then English, as bilingual packs are assembled) when the session has
 * the two, and "all" when it has more than one and they are not just that pair (where "all"
 * would only repeat "both").
 */
export function docLangChoices(session: Languages): DocumentLang[] {
  const langs = sessionLanguages(session);
  const choices: DocumentLang[] = [...langs];
  if (langs.includes('zh') && langs.includes('en')) choices.push('both');
  if (langs.length > 1 && !isBothPair(langs)) choices.push('all');
  return choices;
}

/** The remembered choice when this session offers it; otherwise the session's first language. */
export function effectiveDocLang(choice: DocumentLang, session: Languages): DocumentLang {
  return docLangChoices(session).includes(choice) ? choice : sessionLanguages(session)[0]!;
}

/** The languages the grid and the preview show, in order. */
export function shownLangs(choice: DocumentLang, session: Languages): DocLang[] {
  return languagesOf(effectiveDocLang(choice, session), session);
}

/** Of the six, Arabic alone is written right to left. */
export const isRtl = (lang: DocLang): boolean => lang === 'ar';
export const dirOf = (lang: DocLang): 'rtl' | 'ltr' => (isRtl(lang) ? 'rtl' : 'ltr');

/**
 * The grid is laid out in the direction of the first language it shows: an Arabic document
 * puts its date-and-time column on the right, as the Arabic annex does. With several
 * languages in one cell the first one leads, the others keep their own direction inside it.
 */
export const documentDirection = (langs: readonly DocLang[]): 'rtl' | 'ltr' => dirOf(langs[0] ?? 'en');

export interface InspectorLangs {
  /** Side by side, in the order chosen. */
  shown: DocLang[];
  /** The session's other languages, in its order, behind a disclosure. */
  folded: DocLang[];
}

/**
 * The inspector's two languages: the pair the user chose, each kept when the session has it,
 * the rest filled from the session's languages in order; every other language is folded.
 */
export function inspectorLangs(chosen: readonly DocLang[] | undefined, session: Languages): InspectorLangs {
  const langs = sessionLanguages(session);
  const shown = (chosen ?? []).filter((lang, i, all) => langs.includes(lang) && all.indexOf(lang) === i).slice(0, 2);
  for (const lang of langs) if (shown.length < 2 && !shown.includes(lang)) shown.push(lang);
  return { shown, folded: langs.filter((lang) => !shown.includes(lang)) };
}

/**
 * The pair after one of its two pickers changed to `lang`: picking the language the other
 * side shows swaps the two, so the pair always holds two different languages.
 */
export function withInspectorLang(pair: readonly DocLang[], side: 0 | 1, lang: DocLang): DocLang[] {
  const next = [...pair];
  const other = side === 0 ? 1 : 0;
  if (next[other] === lang) next[other] = next[side]!;
  next[side] = lang;
  return next;
}
