// Runs everywhere (shared). Which meeting slot of one version is which slot of another. Slots
// have no ids: a day is known by its date, and within a day a slot by its times. Slots with the
// same times pair first; of the rest, when `retimed` allows it, each left in one version pairs
// with the first left in the other whose times overlap its own (a slot whose times were
// changed: 3–6 p.m. became 3–6.30 p.m.). A slot that overlaps none was removed or added.
import { minutesOf } from '../model/calendar.ts';
import type { Slot } from '../model/types.ts';

/** Indices within one day's slots; null where the slot is only in the other version. */
export interface SlotPair {
  a: number | null;
  b: number | null;
}

type Times = Pick<Slot, 'start' | 'end'>;
const sameTimes = (x: Times, y: Times) => x.start === y.start && x.end === y.end;
const overlap = (x: Times, y: Times) => minutesOf(x.start) < minutesOf(y.end) && minutesOf(y.start) < minutesOf(x.end);

export function pairSlots(a: readonly Slot[], b: readonly Slot[], options: { retimed: boolean }): SlotPair[] {
  const partnerOfA = new Array<number | null>(a.length).fill(null);
  const takenB = new Set<number>();
  a.forEach((slot, i) => {
    const j = b.findIndex((other, k) => !takenB.has(k) && sameTimes(slot, other));
    if (j >= 0) {
      partnerOfA[i] = j;
      takenB.add(j);
    }
  });
  if (options.retimed) {
    partnerOfA.forEach((partner, i) => {
      if (partner !== null) return;
      const j = b.findIndex((other, k) => !takenB.has(k) && overlap(a[i]!, other));
      if (j < 0) return;
      partnerOfA[i] = j;
      takenB.add(j);
    });
  }
  const pairs: SlotPair[] = partnerOfA.map((partner, i) => ({ a: i, b: partner }));
  b.forEach((_, k) => {
    if (!takenB.has(k)) pairs.push({ a: null, b: k });
  });
  return pairs;
}

/** One slot's rows as a comparable arrangement: the order and grouping of `items` only. */
export function arrangementOf(rows: readonly Record<string, string>[], items: ReadonlySet<string>): string {
  const kept = rows.map((row) => Object.values(row).filter((item) => items.has(item)).sort()).filter((row) => row.length > 0);
  return JSON.stringify(kept);
}

export function itemsOf(rows: readonly Record<string, string>[]): Set<string> {
  return new Set(rows.flatMap((row) => Object.values(row)));
}
