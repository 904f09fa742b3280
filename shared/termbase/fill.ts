// Runs everywhere (shared). "Fill missing translations": every label of the session that has
// one of the session's languages and lacks another gets the term base's best suggestion, looked
// up from the label's languages in the fallback order of the missing one (English first, then
// French…); failing that, a body's meeting is named by its ordinal ("ninth meeting" →
// "第九次会议", Chinese and English only). What was filled is listed, path by path, for the
// officer to review; nothing else changes.
import { produce } from 'immer';
import { isLang, type DocLang } from '../i18n.ts';
import { fallbackOrder, sessionLanguages } from '../model/languages.ts';
import { formatPath } from '../model/path.ts';
import type { LangText, Session } from '../model/types.ts';
import { translateMeeting } from '../schedule/wizard.ts';
import { lookup } from './lookup.ts';
import { sessionLabels } from './session-labels.ts';
import type { FilledTranslation, FillResult, TermBase } from './types.ts';

/** The translation of `text` into `to`, and the language it came from; null when nothing knows one. */
function translationInto(base: TermBase, text: LangText, to: DocLang, isMeeting: boolean): { from: DocLang; source: string; translation: string } | null {
  const sources = fallbackOrder(to).filter((lang) => lang !== to && text[lang]?.trim());
  for (const from of sources) {
    const source = text[from]!.trim();
    const found = lookup(base, source, from, to)[0];
    if (found) return { from, source, translation: found.text };
  }
  if (!isMeeting) return null;
  for (const from of sources) {
    const source = text[from]!.trim();
    const translation = isLang(from) && isLang(to) ? translateMeeting(source, from, to) : null;
    if (translation) return { from, source, translation };
  }
  return null;
}

export function fillMissingTranslations(session: Session, base: TermBase): FillResult {
  const languages = sessionLanguages(session);
  const filled: FilledTranslation[] = [];
  const next = produce(session, (draft) => {
    for (const { path, text, isMeeting } of sessionLabels(draft)) {
      for (const to of languages) {
        if (text[to]?.trim()) continue;
        const found = translationInto(base, text, to, isMeeting);
        if (!found) continue;
        text[to] = found.translation;
        filled.push({ path: formatPath([...path, to]), from: found.source, to: found.translation, fromLang: found.from });
      }
    }
  });
  return { session: next, filled };
}
