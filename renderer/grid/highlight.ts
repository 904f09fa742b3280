// Runs in the renderer. What the grid marks while the open session is compared with another
// copy (renderer/compare): chips and slots that the other copy has removed, moved or changed.
// The marks (highlight-marks.ts) are computed once per comparison; each cell looks its own up
// by key (O(1)) and re-renders only when that mark changes.
import type { SlotRef } from '../../shared/schedule/refs.ts';
import { useStore } from '../state/store.ts';
import { createStore } from '../state/observable.ts';
import { placementKey, slotKey, type DiffMark, type Highlights } from './highlight-marks.ts';

export { highlightsOf, placementKey, slotKey, type DiffMark, type Highlights } from './highlight-marks.ts';

/** null: no comparison open. One per window, as the comparison is. */
export const highlights = createStore<Highlights | null>(null);

/** The mark of a chip: what happened to its items in this slot, else to the items themselves. */
export function useChipMark(itemIds: readonly string[], at: SlotRef): DiffMark | null {
  return useStore(highlights, (h) => {
    if (!h) return null;
    for (const id of itemIds) {
      const mark = h.placements.get(placementKey(id, at)) ?? h.items.get(id);
      if (mark) return mark;
    }
    return null;
  });
}

export function useSlotMark(at: SlotRef): DiffMark | null {
  return useStore(highlights, (h) => h?.slots.get(slotKey(at)) ?? null);
}
