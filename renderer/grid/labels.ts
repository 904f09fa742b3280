// Runs in the renderer. Names of places in the grid for people (announcements, the
// "place here" button), made of the same day and time labels as the annex.
import { textIn } from '../../shared/format/text.ts';
import type { Lang } from '../../shared/i18n.ts';
import type { Session } from '../../shared/model/types.ts';
import type { SlotRef } from '../../shared/schedule/refs.ts';
import { annexOf } from '../state/context.tsx';

export function slotName(session: Session, at: SlotRef, lang: Lang): string {
  const annex = annexOf(session, lang);
  const dayIndex = session.days.findIndex((d) => d.date === at.date);
  const day = annex.days[dayIndex];
  const slot = day?.slots[at.slot];
  return day && slot ? `${day.label} ${slot.label}` : '';
}

export function itemName(session: Session, itemId: string, lang: Lang): string {
  const item = session.items.find((it) => it.id === itemId);
  if (!item) return itemId;
  return `${item.number} ${textIn(item.title, lang)}`.trim();
}
