// Runs everywhere (shared). Which items are one joint discussion. An item's own `joint` key
// says so; agendas of some years mark only the heading ("1. 组织事项（联合项目）："), and then
// each sub-item is taken with the partner heading's sub-item of the same letter: 1(a) with
// 1(a), 1(b) with 1(b) (DESIGN.md §2). A sub-item's own key overrides what it would inherit,
// which is how the officer pairs sub-items whose letters differ. Every view that asks "is
// this joint, and with what?" (checks, grid, annex, merge, pairing) asks here, so they agree.
import type { Item } from '../model/types.ts';
import { parentNumber } from './agenda-numbers.ts';

export interface JointDiscussions {
  /** item id -> the key of the discussion it belongs to; items of no discussion are absent. */
  keyOf: ReadonlyMap<string, string>;
  /** discussion key -> its items in file order. */
  groups: ReadonlyMap<string, readonly Item[]>;
  /** Ids of items joint only through a heading above them (no key of their own in use). */
  inherited: ReadonlySet<string>;
}

/** "1(a)" under "1" -> "(a)"; "1 (a)" and "1（ａ）" alike, so two agendas' letters compare equal. */
export function subItemSuffix(number: string, parent: string): string {
  return number.trim().slice(parent.length).normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/**
 * The key an inherited sub-item gets: the heading's key and the sub-item's letter. The
 * separator cannot be typed into a key field, so it never meets a key someone chose.
 */
const inheritedKey = (headingKey: string, suffix: string) => `${headingKey}\u001f${suffix}`;

function computeDiscussions(items: readonly Item[]): JointDiscussions {
  const byNumber = new Map<string, Item>();
  for (const item of items) byNumber.set(`${item.body}\n${item.number.trim()}`, item);

  // Candidate keys, inherited ones resolved through their headings (memoised, cycles impossible:
  // a parent's number is strictly shorter).
  const candidate = new Map<string, { key: string; inherited: boolean } | null>();
  const resolve = (item: Item): { key: string; inherited: boolean } | null => {
    const known = candidate.get(item.id);
    if (known !== undefined) return known;
    let result: { key: string; inherited: boolean } | null = null;
    if (item.joint !== undefined) result = { key: item.joint, inherited: false };
    else {
      const parentNo = parentNumber(item.number);
      const parent = parentNo === null ? undefined : byNumber.get(`${item.body}\n${parentNo}`);
      const above = parent ? resolve(parent) : null;
      if (above && parentNo !== null) result = { key: inheritedKey(above.key, subItemSuffix(item.number, parentNo)), inherited: true };
    }
    candidate.set(item.id, result);
    return result;
  };

  const groups = new Map<string, Item[]>();
  const inheritedKeys = new Set<string>();
  for (const item of items) {
    const found = resolve(item);
    if (!found) continue;
    const group = groups.get(found.key);
    if (group) group.push(item);
    else groups.set(found.key, [item]);
    if (found.inherited) inheritedKeys.add(found.key);
  }
  // An inherited letter only one body has (1(c) under a joint heading whose partner stops at
  // 1(b)) is that body's own sub-item, not a discussion missing its partner.
  for (const key of inheritedKeys) {
    const group = groups.get(key)!;
    if (new Set(group.map((item) => item.body)).size < 2) groups.delete(key);
  }

  const keyOf = new Map<string, string>();
  const inherited = new Set<string>();
  for (const [key, group] of groups) {
    for (const item of group) {
      keyOf.set(item.id, key);
      if (inheritedKeys.has(key)) inherited.add(item.id);
    }
  }
  return { keyOf, groups, inherited };
}

const cache = new WeakMap<readonly Item[], JointDiscussions>();

/** The joint discussions of an agenda, once per items array (edits replace the array). */
export function jointDiscussions(items: readonly Item[]): JointDiscussions {
  let found = cache.get(items);
  if (!found) {
    found = computeDiscussions(items);
    cache.set(items, found);
  }
  return found;
}

/** The discussion an item belongs to, explicit or through its heading; undefined when it is on its own. */
export function discussionKeyOf(items: readonly Item[], itemId: string): string | undefined {
  return jointDiscussions(items).keyOf.get(itemId);
}

/** The items of the discussion `itemId` belongs to (itself included), or just [item] when it has none. */
export function discussionOf(items: readonly Item[], itemId: string): readonly Item[] {
  const discussions = jointDiscussions(items);
  const key = discussions.keyOf.get(itemId);
  if (key !== undefined) return discussions.groups.get(key)!;
  const item = items.find((it) => it.id === itemId);
  return item ? [item] : [];
}

/** Direct sub-items of `heading` in its body, in file order ("1" -> "1(a)", "1(b)"). */
export function subItemsOf(items: readonly Item[], heading: Item): Item[] {
  return items.filter((item) => item.body === heading.body && parentNumber(item.number) === heading.number.trim());
}

/** Whether a heading above the item has a joint key of its own: the agenda marks that heading, not the item. */
export function underJointHeading(items: readonly Item[], item: Item): boolean {
  for (let number = parentNumber(item.number); number !== null; number = parentNumber(number)) {
    const heading = items.find((it) => it.body === item.body && it.number.trim() === number);
    if (heading?.joint !== undefined) return true;
  }
  return false;
}
