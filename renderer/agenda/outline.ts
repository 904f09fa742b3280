// Runs in the renderer. A body's agenda as an outline: "1(a)" and "1(b)" under "1".
import type { Item } from '../../shared/model/types.ts';

export interface OutlineEntry {
  item: Item;
  depth: 0 | 1;
  /** Has sub-items: a heading that is not placed itself, so "unplaced" does not apply. */
  hasChildren: boolean;
}

const SUB_ITEM = /^(.+?)\s*\(([^()]+)\)$/;

/** The parent number of a sub-item ("1" for "1(a)"), or null. */
export function parentNumber(number: string): string | null {
  return SUB_ITEM.exec(number)?.[1] ?? null;
}

export function outline(items: readonly Item[]): OutlineEntry[] {
  const numbers = new Set(items.map((item) => item.number));
  const parents = new Set(items.map((item) => parentNumber(item.number)).filter((n): n is string => n !== null && numbers.has(n)));
  return items.map((item) => {
    const parent = parentNumber(item.number);
    return { item, depth: parent !== null && numbers.has(parent) ? 1 : 0, hasChildren: parents.has(item.number) };
  });
}

const outlines = new WeakMap<readonly Item[], Map<string, OutlineEntry[]>>();

/**
 * The outline of one body's items in an agenda, once per items array: schedule edits keep
 * the session's items array, so moving a row does not outline every agenda again.
 */
export function bodyOutline(items: readonly Item[], bodyId: string): OutlineEntry[] {
  let perBody = outlines.get(items);
  if (!perBody) outlines.set(items, (perBody = new Map()));
  let entries = perBody.get(bodyId);
  if (!entries) perBody.set(bodyId, (entries = outline(items.filter((item) => item.body === bodyId))));
  return entries;
}

/** The next free top-level number of an agenda: one after the highest. */
export function nextNumber(items: readonly Item[]): string {
  const top = items.map((item) => Number.parseInt(item.number, 10)).filter(Number.isFinite);
  return String(top.length > 0 ? Math.max(...top) + 1 : 1);
}
