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

/** The next free top-level number of an agenda: one after the highest. */
export function nextNumber(items: readonly Item[]): string {
  const top = items.map((item) => Number.parseInt(item.number, 10)).filter(Number.isFinite);
  return String(top.length > 0 ? Math.max(...top) + 1 : 1);
}
