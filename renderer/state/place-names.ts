// Runs in the renderer. Names of places in the grid for people (announcements, the
// "place here" button), made of the same day and time labels as the annex.
import { dayLabel, timeLabel } from '../../shared/format/labels.ts';
import { textIn } from '../../shared/format/text.ts';
import type { DocLang } from '../../shared/i18n.ts';
import { annexOptions, type Body, type Session } from '../../shared/model/types.ts';
import type { SlotRef } from '../../shared/schedule/refs.ts';

/**
 * The day and time labels of the annex (deriveAnnex makes them the same way), without
 * deriving a whole annex in a language that may not be the document's.
 */
export function slotName(session: Session, at: SlotRef, lang: DocLang): string {
  const day = session.days.find((d) => d.date === at.date);
  const slot = day?.slots[at.slot];
  if (!day || !slot) return '';
  const { showYear } = annexOptions(session);
  return `${dayLabel(day.date, lang, { showYear })} ${timeLabel(slot.start, slot.end, lang)}`;
}

export function itemName(session: Session, itemId: string, lang: DocLang): string {
  const item = session.items.find((it) => it.id === itemId);
  if (!item) return itemId;
  return `${item.number} ${textIn(item.title, lang)}`.trim();
}

/** A body named briefly: the part of its symbol that tells bodies apart ("WG.2"), else its name. */
export function bodyShortName(bodies: readonly Body[], bodyId: string, lang: DocLang): string {
  const body = bodies.find((b) => b.id === bodyId);
  if (!body) return bodyId;
  const part = body.symbol?.split('/').find((segment) => /[A-Z]+\.\d+/.test(segment));
  return part ?? textIn(body.name, lang);
}
