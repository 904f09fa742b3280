// Runs in the renderer. Where a change is in the open copy, so that choosing it in the change
// list reveals it in the grid or the inspector (as problems do, renderer/problems/reveal.ts).
// Things only the other copy has are shown where the open copy has the same slot or item; an
// item only the other copy has is nowhere here (null).
import type { Change, SlotPlace } from '../../shared/merge/index.ts';
import type { Session } from '../../shared/model/types.ts';
import type { ProblemLocation } from '../../shared/rules/index.ts';

/** The slot of `session` with the place's day and times (a place in the other copy). */
function sameSlot(session: Session, place: SlotPlace): ProblemLocation | null {
  const slot = session.days.find((d) => d.date === place.date)?.slots.findIndex((s) => s.start === place.start && s.end === place.end) ?? -1;
  return slot < 0 ? null : { kind: 'slot', date: place.date, slot };
}

/** The row of the open copy's slot `place` that holds `item`. */
function rowOf(session: Session, item: string, place: SlotPlace): ProblemLocation | null {
  const rows = session.days.find((d) => d.date === place.date)?.slots[place.slot]?.rows ?? [];
  const row = rows.findIndex((r) => Object.values(r).includes(item));
  if (row < 0) return null;
  const body = Object.entries(rows[row]!).find(([, id]) => id === item)?.[0];
  return { kind: 'row', date: place.date, slot: place.slot, row, ...(body ? { body } : {}) };
}

const hasItem = (session: Session, item: string) => session.items.some((i) => i.id === item);

export function locationOf(session: Session, change: Change): ProblemLocation | null {
  switch (change.kind) {
    case 'session-field':
      return { kind: 'session', field: change.field.split('.')[0] as keyof Session };
    case 'body-added':
    case 'body-removed':
    case 'body-field':
      return session.bodies.some((b) => b.id === change.body) ? { kind: 'body', body: change.body } : null;
    case 'item-added':
    case 'item-removed':
    case 'item-renumbered':
    case 'item-retitled':
    case 'item-field':
      return hasItem(session, change.item) ? { kind: 'item', item: change.item } : null;
    case 'placement-removed':
      return rowOf(session, change.item, change.slot);
    case 'placement-moved':
      return rowOf(session, change.item, change.from);
    case 'placement-added':
      return sameSlot(session, change.slot);
    case 'day-added':
    case 'day-removed':
      return session.days.some((d) => d.date === change.date) ? { kind: 'day', date: change.date } : null;
    case 'slot-removed':
      return { kind: 'slot', date: change.slot.date, slot: change.slot.slot };
    case 'slot-added':
      return sameSlot(session, change.slot);
    case 'slot-retimed':
    case 'rows-reordered':
      return { kind: 'slot', date: change.from.date, slot: change.from.slot };
    case 'order-changed':
      return null;
  }
}
