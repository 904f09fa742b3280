// Runs everywhere (shared). Merging what is placed in each slot. First, per item, the set of
// slots it is in: slot by slot, what one copy changed is taken — unless both copies moved the
// item around differently (one put it on Tuesday, the other on Wednesday), which is the
// person's pick. Then the rows of each slot are rebuilt from the copy that arranged them,
// with the items the other copy brought in where they stood there. Rows are built so the result
// always loads: each item under its own body, at most one item per body in a row, no item
// twice in a slot, no empty row.
import { label, message, type Lang, type Message } from '../i18n.ts';
import type { Item, Row } from '../model/types.ts';
import { placementChanges } from './changes-by-side.ts';
import { arrangementConflict, placementConflict } from './conflict.ts';
import { sameValue } from './fields.ts';
import type { MergeContext, SlotNode, Version } from './merge-context.ts';
import { nodeName, type MergedSlot } from './merge-slots.ts';
import { itemName, listOf } from './names.ts';
import { arrangementOf } from './slots.ts';
import { mergeValue, other, UNKNOWN, type Side } from './three-way.ts';

function isSubset(a: Map<string, boolean>, b: Map<string, boolean>): boolean {
  return [...a].every(([node, placed]) => b.get(node) === placed);
}

/**
 * Both copies changed where the item is placed, neither change includes the other, and
 * between them something was added and something taken away: a move, not two additions.
 */
function placementsClash(ctx: MergeContext, id: string): boolean {
  if (ctx.twoWay) return ctx.nodes.some((node) => node.items.ours && node.items.theirs && node.items.ours.has(id) !== node.items.theirs.has(id));
  const ours = placementChanges(ctx, id, 'ours');
  const theirs = placementChanges(ctx, id, 'theirs');
  if (ours.size === 0 || theirs.size === 0 || isSubset(ours, theirs) || isSubset(theirs, ours)) return false;
  const values = [...ours.values(), ...theirs.values()];
  return values.includes(true) && values.includes(false);
}

function placesOf(ctx: MergeContext, id: string, side: Side): Message {
  const nodes = ctx.nodes.filter((node) => node.items[side]?.has(id)).sort((a, b) => a.date.localeCompare(b.date));
  if (nodes.length === 0) return message('merge:choice.unplaced');
  return message('merge:choice.placedIn', { slots: listOf(nodes.map(nodeName)) });
}

/** Items both copies have whose placements the person picks: item id → copy. */
export function placementPicks(ctx: MergeContext): Map<string, Side> {
  const picks = new Map<string, Side>();
  for (const [id, item] of ctx.items.ours) {
    if (!ctx.items.theirs.has(id) || !placementsClash(ctx, id)) continue;
    const conflict = placementConflict(id, itemName(ctx.sessions.ours, item), placesOf(ctx, id, 'ours'), placesOf(ctx, id, 'theirs'));
    picks.set(id, ctx.decide(conflict));
  }
  return picks;
}

export interface RowsInput {
  /** The result's items, with the copy each is taken from alone (null: both). */
  items: Map<string, { item: Item; only: Side | null }>;
  placementPicks: Map<string, Side>;
}

function isPlaced(ctx: MergeContext, input: RowsInput, id: string, slot: MergedSlot): boolean {
  const { node } = slot;
  const has = (v: Version) => node.items[v]?.has(id) ?? false;
  const from = input.items.get(id)!.only ?? slot.only ?? input.placementPicks.get(id);
  if (from) return has(from);
  // One copy added the slot: the other's view of it is the common version's (nothing there).
  const view = (side: Side) => (node.slot[side] ? has(side) : ctx.twoWay ? has(other(side)) : has('base'));
  const merged = mergeValue({ base: ctx.twoWay ? UNKNOWN : has('base'), ours: view('ours'), theirs: view('theirs') });
  return merged === 'conflict' ? view('ours') : merged.value!;
}

/** A slot's rows by item numbers, e.g. “1(b) | 5 + 2”: a joint row's items joined by +. */
function rowsText(ctx: MergeContext, node: SlotNode, side: Side): Message {
  const rows = (node.slot[side]?.rows ?? []).map((row) => Object.values(row).map((id) => ctx.items[side].get(id)?.number ?? id).join(' + '));
  const text = (lang: Lang) => label('merge:name.quoted', lang, { text: rows.join(label('merge:name.rowSeparator', lang)) });
  return { en: text('en'), zh: text('zh') };
}

/**
 * Whose rows a slot's arrangement starts from: the copy that reordered them (the person's pick
 * when both did), else the copy that holds exactly the items the slot ends up with, else the
 * copy that changed the slot at all.
 */
function arrangedBy(ctx: MergeContext, slot: MergedSlot, wanted: ReadonlySet<string>): Side {
  const { node } = slot;
  if (slot.only) return slot.only;
  const rows = (v: Version) => node.slot[v]?.rows ?? [];
  if (!node.slot.ours) return 'theirs';
  if (!node.slot.theirs) return 'ours';
  const common = new Set([...node.items.ours!].filter((id) => node.items.theirs!.has(id) && (ctx.twoWay || node.items.base?.has(id))));
  const [o, t] = [arrangementOf(rows('ours'), common), arrangementOf(rows('theirs'), common)];
  const b = ctx.twoWay || !node.slot.base ? null : arrangementOf(rows('base'), common);
  const pick = () => ctx.decide(arrangementConflict(node.id, nodeName(node), rowsText(ctx, node, 'ours'), rowsText(ctx, node, 'theirs'), node.date));
  if (o !== t && (b === null ? ctx.twoWay : o !== b && t !== b)) return pick();
  if (b !== null && o !== b && t === b) return 'ours';
  if (b !== null && t !== b && o === b) return 'theirs';
  const holds = (side: Side) => node.items[side]!.size === wanted.size && [...wanted].every((id) => node.items[side]!.has(id));
  if (holds('ours') !== holds('theirs')) return holds('ours') ? 'ours' : 'theirs';
  return node.slot.base && sameValue(rows('ours'), rows('base')) ? 'theirs' : 'ours';
}

/** `items` as rows keyed by each item's body; an item whose body's cell is taken opens a new row. */
function rowsFor(items: string[], bodyOf: (id: string) => string): Row[] {
  const rows: Row[] = [];
  for (const id of items) {
    const body = bodyOf(id);
    const row = rows.find((r) => r[body] === undefined);
    if (row) row[body] = id;
    else rows.push({ [body]: id });
  }
  return rows;
}

export function mergeRows(ctx: MergeContext, input: RowsInput, slot: MergedSlot): Row[] {
  const { node } = slot;
  const wanted = new Set([...input.items.keys()].filter((id) => isPlaced(ctx, input, id, slot)));
  const bodyOf = (id: string) => input.items.get(id)!.item.body;
  const primary = arrangedBy(ctx, slot, wanted);
  const sources = [primary, other(primary), 'base' as const].map((v) => node.slot[v]?.rows ?? []);
  const out: Row[] = [];
  const placed = new Set<string>();
  const take = (row: Row) => Object.values(row).filter((id) => wanted.has(id) && !placed.has(id));
  for (const row of sources[0]!) {
    const ids = take(row);
    ids.forEach((id) => placed.add(id));
    out.push(...rowsFor(ids, bodyOf));
  }
  for (const source of sources.slice(1)) {
    source.forEach((row, r) => {
      const ids = take(row);
      if (ids.length === 0) return;
      // After the last row holding an item that came before this one in that copy.
      const earlier = new Set(source.slice(0, r).flatMap((x) => Object.values(x)));
      const after = out.reduce((last, outRow, i) => (Object.values(outRow).some((id) => earlier.has(id)) ? i : last), -1);
      ids.forEach((id) => placed.add(id));
      out.splice(after + 1, 0, ...rowsFor(ids, bodyOf));
    });
  }
  return out;
}
