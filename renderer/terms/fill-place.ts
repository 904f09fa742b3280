// Runs in the renderer. Where a filled translation goes, in words for the review dialog:
// "WG.3, item 2 — title", "Session — venue". A fill path the session no longer has (it cannot
// happen while the review is open, but paths are only strings) is shown as the path itself.
import type { TFunction } from 'i18next';
import type { Lang } from '../../shared/i18n.ts';
import type { Session } from '../../shared/model/types.ts';
import type { FillPlace } from '../../shared/termbase/index.ts';
import { bodyShortName } from '../agenda/AgendaPanel.tsx';

/** `t` is bound to the terms namespace. */
export function describePlace(session: Session, place: FillPlace | undefined, path: string, t: TFunction, uiLang: Lang): string {
  if (!place) return path;
  const [kind, index, field, subIndex] = place.path;
  if (kind === 'title') return t('place.sessionTitle');
  if (kind === 'venue') return t('place.venue');
  if (kind === 'bodies' && typeof index === 'number') {
    const body = session.bodies[index];
    const name = body ? bodyShortName(session.bodies, body.id, uiLang) : String(index + 1);
    return t(field === 'meeting' ? 'place.bodyMeeting' : 'place.bodyName', { body: name });
  }
  if (kind === 'items' && typeof index === 'number') {
    const item = session.items[index];
    const where = { body: item ? bodyShortName(session.bodies, item.body, uiLang) : '', number: item?.number ?? String(index + 1) };
    if (field === 'documents' && typeof subIndex === 'number') return t('place.documentTitle', { ...where, symbol: item?.documents?.[subIndex]?.symbol ?? '' });
    return t('place.itemField', { ...where, field: t(`place.field.${String(field)}`) });
  }
  return path;
}
