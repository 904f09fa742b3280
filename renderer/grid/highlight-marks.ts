// Runs in the renderer. The marks a comparison puts on the grid (highlight.ts keeps them in a
// store the cells read): computed once per comparison from the change list, as Maps by key so
// that each cell finds its own in O(1). Plain data and functions, no React.
import type { Change } from '../../shared/merge/index.ts';
import type { Session } from '../../shared/model/types.ts';
import type { SlotRef } from '../../shared/schedule/refs.ts';

/** How the other copy differs here: `added` marks a slot where it places (or moves) an item more. */
export type DiffMark = 'added' | 'removed' | 'moved' | 'changed';

export interface Highlights {
  /** `placementKey(item, at)` → what the other copy did with the item in that slot. */
  placements: ReadonlyMap<string, DiffMark>;
  /** Item id → a change to the item itself (retitled, renumbered, removed), on all its chips. */
  items: ReadonlyMap<string, DiffMark>;
  /** `slotKey(at)` → a change to the slot (retimed, removed, rows reordered, an item added). */
  slots: ReadonlyMap<string, DiffMark>;
}

export const slotKey = (at: SlotRef) => `${at.date}#${at.slot}`;
export const placementKey = (item: string, at: SlotRef) => `${item}@${slotKey(at)}`;

/** The slot of `session` on `date` with these times, for a place named in the other copy. */
function slotWithTimes(session: Session, place: { date: string; start: string; end: string }): SlotRef | null {
  const day = session.days.find((d) => d.date === place.date);
  const index = day?.slots.findIndex((slot) => slot.start === place.start && slot.end === place.end) ?? -1;
  return index < 0 ? null : { date: place.date, slot: index };
}

/**
 * The marks for `session` (the open copy) from the changes that lead from it to the other copy.
 * Places in the open copy (`from`, removed things) use its slot indices; places only in the
 * other copy are matched to the open copy's slot with the same day and times.
 */
export function highlightsOf(session: Session, changes: readonly Change[]): Highlights {
  const placements = new Map<string, DiffMark>();
  const items = new Map<string, DiffMark>();
  const slots = new Map<string, DiffMark>();
  const first = <K>(map: Map<K, DiffMark>, key: K, mark: DiffMark) => {
    if (!map.has(key)) map.set(key, mark);
  };
  for (const change of changes) {
    switch (change.kind) {
      case 'item-removed':
        items.set(change.item, 'removed');
        break;
      case 'item-renumbered':
      case 'item-retitled':
      case 'item-field':
        first(items, change.item, 'changed');
        break;
      case 'placement-removed':
        placements.set(placementKey(change.item, change.slot), 'removed');
        break;
      case 'placement-moved':
      case 'placement-added': {
        // Where the item goes in the other copy, when the open copy has that meeting too.
        if (change.kind === 'placement-moved') placements.set(placementKey(change.item, change.from), 'moved');
        const at = slotWithTimes(session, change.kind === 'placement-moved' ? change.to : change.slot);
        if (at) first(slots, slotKey(at), 'added');
        break;
      }
      case 'slot-removed':
        slots.set(slotKey(change.slot), 'removed');
        break;
      case 'slot-retimed':
      case 'rows-reordered':
        first(slots, slotKey(change.from), 'changed');
        break;
      case 'day-removed':
        session.days.find((d) => d.date === change.date)?.slots.forEach((_, slot) => slots.set(slotKey({ date: change.date, slot }), 'removed'));
        break;
      default:
        break;
    }
  }
  return { placements, items, slots };
}
