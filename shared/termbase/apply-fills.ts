// Runs everywhere (shared). The officer's review of "fill missing translations": of the gaps
// the term base filled, only the ones accepted go into the session, all at once (one undo
// step). A gap somebody filled by hand in the meantime keeps the hand's text.
import { produce } from 'immer';
import { DOC_LANGS, type DocLang } from '../i18n.ts';
import { formatPath, type PathSegment } from '../model/path.ts';
import type { Session } from '../model/types.ts';
import { sessionLabels } from './session-labels.ts';
import type { FilledTranslation } from './types.ts';

/** Where a filled text goes: the label (['items', 3, 'title']) and the language filled. */
export interface FillPlace {
  path: PathSegment[];
  lang: DocLang;
}

/** The place of each fill path (`$.items[3].title.zh`) the session has a label for. */
export function fillPlaces(session: Session): Map<string, FillPlace> {
  const places = new Map<string, FillPlace>();
  for (const { path } of sessionLabels(session)) for (const lang of DOC_LANGS) places.set(formatPath([...path, lang]), { path, lang });
  return places;
}

/** `session` with the accepted fills written into the gaps that are still empty; the same session when none is. */
export function applyFilledTranslations(session: Session, accepted: readonly FilledTranslation[]): Session {
  if (accepted.length === 0) return session;
  const wanted = new Map(accepted.map((fill) => [fill.path, fill.to]));
  return produce(session, (draft) => {
    for (const { path, text } of sessionLabels(draft)) {
      for (const lang of DOC_LANGS) {
        const filled = wanted.get(formatPath([...path, lang]));
        if (filled !== undefined && !text[lang]?.trim()) text[lang] = filled;
      }
    }
  });
}
