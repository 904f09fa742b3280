// Runs everywhere (shared). "Fill missing translations": every label of the session that has
// one language and lacks another the session is written in gets the term base's best
// suggestion (a body's meeting, failing that, its ordinal: "ninth meeting" → "第九次会议").
// What was filled is listed, path by path, for the officer to review; nothing else changes.
import { produce } from 'immer';
import { isLang } from '../i18n.ts';
import { fallbackOrder, sessionLanguages } from '../model/languages.ts';
import { formatPath } from '../model/path.ts';
import type { Session } from '../model/types.ts';
import { translateMeeting } from '../schedule/wizard.ts';
import { lookup } from './lookup.ts';
import { sessionLabels } from './session-labels.ts';
import type { FilledTranslation, FillResult, TermBase } from './types.ts';

export function fillMissingTranslations(session: Session, base: TermBase): FillResult {
  const languages = sessionLanguages(session);
  const filled: FilledTranslation[] = [];
  const next = produce(session, (draft) => {
    for (const { path, text, isMeeting } of sessionLabels(draft)) {
      for (const to of languages) {
        if (text[to]?.trim()) continue;
        const from = fallbackOrder(to).find((lang) => lang !== to && text[lang]?.trim());
        // The term base and the ordinals know Chinese and English only.
        if (!from || !isLang(from) || !isLang(to)) continue;
        const source = text[from]!.trim();
        const translation = lookup(base, source, from)[0]?.text ?? (isMeeting ? translateMeeting(source, from, to) : null);
        if (!translation) continue;
        text[to] = translation;
        filled.push({ path: formatPath([...path, to]), from: source, to: translation });
      }
    }
  });
  return { session: next, filled };
}
