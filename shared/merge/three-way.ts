// Runs everywhere (shared). The rules of a three-way merge for one value and for one list's
// order: what only one copy changed is taken; what both changed alike is taken; what both
// changed differently is a conflict. Without a common version (`UNKNOWN`), nothing can be
// known to be unchanged, so every difference is a conflict: a two-way compare.
import { sameValue } from './fields.ts';

export const UNKNOWN = Symbol('no common version');
export type Known<T> = T | typeof UNKNOWN;

export type Side = 'ours' | 'theirs';
export const other = (side: Side): Side => (side === 'ours' ? 'theirs' : 'ours');

/** Both copies' values and the common one's. */
export interface Trio<T> {
  base: Known<T | undefined>;
  ours: T | undefined;
  theirs: T | undefined;
}

export function mergeValue<T>({ base, ours, theirs }: Trio<T>): { value: T | undefined } | 'conflict' {
  if (sameValue(ours, theirs)) return { value: ours };
  if (base === UNKNOWN) return 'conflict';
  if (sameValue(base, ours)) return { value: theirs };
  if (sameValue(base, theirs)) return { value: ours };
  return 'conflict';
}

/** Did `side` change the value? (Always, without a common version, if the copies differ.) */
export function changedBy<T>(trio: Trio<T>, side: Side): boolean {
  if (trio.base === UNKNOWN) return !sameValue(trio.ours, trio.theirs);
  return !sameValue(trio.base, trio[side]);
}

const restricted = (list: readonly string[], keep: ReadonlySet<string>) => list.filter((id) => keep.has(id));

/**
 * Whose order a merged list follows: the copy that reordered what all versions share, or,
 * when both did differently, `decide()`. An unchanged `ours` gives way to `theirs` entirely,
 * so merging with an untouched copy returns the other one as it is.
 */
export function orderSide(lists: Trio<readonly string[]>, decide: () => Side): Side {
  const ours = lists.ours ?? [];
  const theirs = lists.theirs ?? [];
  const base = lists.base === UNKNOWN ? UNKNOWN : (lists.base ?? []);
  const inTheirs = new Set(theirs);
  const common = new Set(ours.filter((id) => inTheirs.has(id) && (base === UNKNOWN || base.includes(id))));
  const [o, t] = [restricted(ours, common), restricted(theirs, common)];
  if (base === UNKNOWN) return sameValue(o, t) ? 'ours' : decide();
  if (sameValue(ours, base)) return 'theirs';
  const b = restricted(base, common);
  const oursMoved = !sameValue(o, b);
  const theirsMoved = !sameValue(t, b);
  if (oursMoved && theirsMoved && !sameValue(o, t)) return decide();
  return theirsMoved && !oursMoved ? 'theirs' : 'ours';
}

/**
 * The ids of `present` in the order of `primary`; ids it lacks go in after the id they follow
 * in the first of `others` that has them (at the start when nothing before them is placed).
 */
export function arrange(present: ReadonlySet<string>, primary: readonly string[], others: readonly (readonly string[])[]): string[] {
  const out = primary.filter((id) => present.has(id));
  const placed = new Set(out);
  for (const list of others) {
    list.forEach((id, i) => {
      if (!present.has(id) || placed.has(id)) return;
      const before = list.slice(0, i).reverse().find((prev) => placed.has(prev));
      out.splice(before === undefined ? 0 : out.indexOf(before) + 1, 0, id);
      placed.add(id);
    });
  }
  return out;
}
