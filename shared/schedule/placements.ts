// Runs everywhere (shared). Where every item is placed, in schedule order, and which of its
// placements continue it (a later slot than its first): what the agenda panel counts and the
// grid and inspector show.
import type { Session } from '../model/types.ts';
import type { RowRef } from './refs.ts';

export interface Placement {
  at: RowRef;
  /** A later slot than the item's first: the annex shows it as continued. */
  continued: boolean;
}

/** Where every item is placed, in schedule order. */
export function placementsOf(session: Session): Map<string, Placement[]> {
  const placements = new Map<string, Placement[]>();
  for (const day of session.days) {
    day.slots.forEach((slot, slotIndex) => {
      const firstSlotOf = new Set<string>();
      slot.rows.forEach((row, rowIndex) => {
        for (const itemId of Object.values(row)) {
          let list = placements.get(itemId);
          if (!list) {
            list = [];
            placements.set(itemId, list);
            firstSlotOf.add(itemId);
          }
          list.push({ at: { date: day.date, slot: slotIndex, row: rowIndex }, continued: !firstSlotOf.has(itemId) });
        }
      });
    });
  }
  return placements;
}
