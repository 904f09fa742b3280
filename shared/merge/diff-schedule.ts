// Runs everywhere (shared). The differences in the schedule: days and meeting slots added,
// removed or retimed, items placed, taken out or moved from one slot to another, and rows of
// a slot put in another order. A slot whose times changed is still the same slot (see
// slots.ts), so its placements do not count as moved.
import { message } from '../i18n.ts';
import type { Day, Session, Slot } from '../model/types.ts';
import { orderChanged, type Change, type SlotPlace } from './change.ts';
import { dayName, itemName, slotName, timesName } from './names.ts';
import { arrangementOf, itemsOf, pairSlots } from './slots.ts';

const place = (date: string, slot: number, at: Slot): SlotPlace => ({ date, slot, start: at.start, end: at.end });
const nameOf = (p: SlotPlace) => slotName(p.date, p);

/** Every slot of one version under an identity both versions share, in schedule order. */
interface Placed {
  identity: string;
  place: SlotPlace;
  items: Set<string>;
}

function slotChanges(date: string, a: Day, b: Day, changes: Change[]): { a: Placed[]; b: Placed[] } {
  const pairs = pairSlots(a.slots, b.slots, { retimed: true });
  const placedA: Placed[] = a.slots.map((slot, i) => ({ identity: `${date}#${i}`, place: place(date, i, slot), items: itemsOf(slot.rows) }));
  const placedB: Placed[] = b.slots.map((slot, j) => ({ identity: `${date}+${j}`, place: place(date, j, slot), items: itemsOf(slot.rows) }));
  for (const pair of pairs) {
    if (pair.a !== null && pair.b !== null) {
      const [from, to] = [placedA[pair.a]!, placedB[pair.b]!];
      to.identity = from.identity;
      if (from.place.start !== to.place.start || from.place.end !== to.place.end) {
        const detail = { day: dayName(date), before: timesName(from.place), after: timesName(to.place) };
        changes.push({ kind: 'slot-retimed', from: from.place, to: to.place, message: message('merge:change.slotRetimed', detail) });
      }
      const common = new Set([...from.items].filter((item) => to.items.has(item)));
      if (arrangementOf(a.slots[pair.a]!.rows, common) !== arrangementOf(b.slots[pair.b]!.rows, common)) {
        changes.push({ kind: 'rows-reordered', from: from.place, to: to.place, message: message('merge:change.rowsReordered', { slot: nameOf(to.place) }) });
      }
    } else if (pair.a !== null) {
      const gone = placedA[pair.a]!.place;
      changes.push({ kind: 'slot-removed', slot: gone, message: message('merge:change.slotRemoved', { slot: nameOf(gone) }) });
    } else {
      const added = placedB[pair.b!]!.place;
      changes.push({ kind: 'slot-added', slot: added, message: message('merge:change.slotAdded', { slot: nameOf(added) }) });
    }
  }
  if (orderChanged(placedA.map((p) => p.identity), placedB.map((p) => p.identity))) {
    changes.push({ kind: 'order-changed', what: 'slots', date, message: message('merge:change.orderChanged', { what: message('merge:what.slots', { day: dayName(date) }) }) });
  }
  return { a: placedA, b: placedB };
}

function placementChanges(a: Session, b: Session, placedA: Placed[], placedB: Placed[]): Change[] {
  const changes: Change[] = [];
  const removedItems = new Set(a.items.filter((item) => !b.items.some((other) => other.id === item.id)).map((item) => item.id));
  for (const item of [...b.items, ...a.items.filter((it) => removedItems.has(it.id))]) {
    const inB = new Set(placedB.filter((p) => p.items.has(item.id)).map((p) => p.identity));
    const inA = new Set(placedA.filter((p) => p.items.has(item.id)).map((p) => p.identity));
    // A removed item's placements went with it: "Removed item …" says it all.
    const gone = removedItems.has(item.id) ? [] : placedA.filter((p) => p.items.has(item.id) && !inB.has(p.identity));
    const added = placedB.filter((p) => p.items.has(item.id) && !inA.has(p.identity));
    const name = itemName(removedItems.has(item.id) ? a : b, item);
    const moves = Math.min(gone.length, added.length);
    for (let k = 0; k < moves; k++) {
      const [from, to] = [gone[k]!.place, added[k]!.place];
      changes.push({ kind: 'placement-moved', item: item.id, from, to, message: message('merge:change.placementMoved', { item: name, from: nameOf(from), to: nameOf(to) }) });
    }
    for (const p of gone.slice(moves)) {
      changes.push({ kind: 'placement-removed', item: item.id, slot: p.place, message: message('merge:change.placementRemoved', { item: name, slot: nameOf(p.place) }) });
    }
    for (const p of added.slice(moves)) {
      changes.push({ kind: 'placement-added', item: item.id, slot: p.place, message: message('merge:change.placementAdded', { item: name, slot: nameOf(p.place) }) });
    }
  }
  return changes;
}

export function diffSchedule(a: Session, b: Session): Change[] {
  const changes: Change[] = [];
  const daysB = new Map(b.days.map((day) => [day.date, day]));
  const daysA = new Map(a.days.map((day) => [day.date, day]));
  const placedA: Placed[] = [];
  const placedB: Placed[] = [];
  for (const day of a.days) {
    const other = daysB.get(day.date);
    if (other) {
      const placed = slotChanges(day.date, day, other, changes);
      placedA.push(...placed.a);
      placedB.push(...placed.b);
      continue;
    }
    changes.push({ kind: 'day-removed', date: day.date, message: message('merge:change.dayRemoved', { day: dayName(day.date) }) });
    placedA.push(...day.slots.map((slot, i) => ({ identity: `${day.date}#${i}`, place: place(day.date, i, slot), items: itemsOf(slot.rows) })));
  }
  for (const day of b.days) {
    if (daysA.has(day.date)) continue;
    changes.push({ kind: 'day-added', date: day.date, message: message('merge:change.dayAdded', { day: dayName(day.date) }) });
    placedB.push(...day.slots.map((slot, j) => ({ identity: `${day.date}+${j}`, place: place(day.date, j, slot), items: itemsOf(slot.rows) })));
  }
  if (orderChanged(a.days.map((d) => d.date), b.days.map((d) => d.date))) {
    changes.push({ kind: 'order-changed', what: 'days', message: message('merge:change.orderChanged', { what: message('merge:what.days') }) });
  }
  // Chronological, so the n-th place an item left pairs with the n-th place it went to.
  placedB.sort((x, y) => x.place.date.localeCompare(y.place.date) || x.place.slot - y.place.slot);
  placedA.sort((x, y) => x.place.date.localeCompare(y.place.date) || x.place.slot - y.place.slot);
  return [...changes, ...placementChanges(a, b, placedA, placedB)];
}
