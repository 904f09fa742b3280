// Runs in the renderer (pure). The edits of a session's language list in the session
// inspector: add one of the six at the end, take one out (never the last), move one up or
// down. The order is the order of "all" in exports and of the languages shown side by side.
import { DOC_LANGS, type DocLang } from '../../shared/i18n.ts';

export const withLanguageAdded = (langs: readonly DocLang[], lang: DocLang): DocLang[] => (langs.includes(lang) ? [...langs] : [...langs, lang]);

/** A session keeps at least one language: removing the last one leaves the list as it is. */
export const withLanguageRemoved = (langs: readonly DocLang[], lang: DocLang): DocLang[] => (langs.length > 1 ? langs.filter((l) => l !== lang) : [...langs]);

export function withLanguageMoved(langs: readonly DocLang[], lang: DocLang, by: -1 | 1): DocLang[] {
  const from = langs.indexOf(lang);
  const to = from + by;
  if (from < 0 || to < 0 || to >= langs.length) return [...langs];
  const next = [...langs];
  next[from] = next[to]!;
  next[to] = lang;
  return next;
}

/** The six the session does not have yet, in the order of their codes. */
export const languagesToAdd = (langs: readonly DocLang[]): DocLang[] => DOC_LANGS.filter((lang) => !langs.includes(lang));
