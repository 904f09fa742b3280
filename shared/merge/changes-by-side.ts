// Runs everywhere (shared). What one copy changed since the common version, as the merge needs
// to know it: whether it touched an item, a body, a day or a slot (a removal by the other copy
// is then a conflict), and where it placed or unplaced an item. A slot the copy removed does not
// count as unplacing what was in it: that is the slot's change, decided with the slot.
import { BODY_SHAPE, changedKeys, fieldsOf, ITEM_SHAPE, sameValue } from './fields.ts';
import type { MergeContext, SlotNode } from './merge-context.ts';
import type { Side } from './three-way.ts';

/** Node id → whether `side` has the item there now, for every slot where that differs from the common version. */
export function placementChanges(ctx: MergeContext, item: string, side: Side): Map<string, boolean> {
  const changes = new Map<string, boolean>();
  for (const node of ctx.nodes) {
    const now = node.items[side];
    if (!now) continue;
    const was = node.items.base?.has(item) ?? false;
    if (now.has(item) !== was) changes.set(node.id, now.has(item));
  }
  return changes;
}

export function itemChangedBy(ctx: MergeContext, id: string, side: Side): boolean {
  const [was, now] = [ctx.items.base.get(id), ctx.items[side].get(id)];
  if (!was || !now) return was !== now;
  return changedKeys(fieldsOf(was, ITEM_SHAPE), fieldsOf(now, ITEM_SHAPE)).length > 0 || placementChanges(ctx, id, side).size > 0;
}

/** A body changes with its own fields and with anything done to its items. */
export function bodyChangedBy(ctx: MergeContext, id: string, side: Side): boolean {
  const [was, now] = [ctx.bodies.base.get(id), ctx.bodies[side].get(id)];
  if (was && now && changedKeys(fieldsOf(was, BODY_SHAPE), fieldsOf(now, BODY_SHAPE)).length > 0) return true;
  const related = new Set([...ctx.items.base.values(), ...ctx.items[side].values()].filter((item) => item.body === id).map((item) => item.id));
  return [...related].some((item) => itemChangedBy(ctx, item, side));
}

/** Added, removed, retimed, or with other rows than in the common version. */
export function slotChangedBy(node: SlotNode, side: Side): boolean {
  const [was, now] = [node.slot.base, node.slot[side]];
  return !sameValue(was, now);
}

export function dayChangedBy(ctx: MergeContext, date: string, side: Side): boolean {
  const [was, now] = [ctx.days.base.get(date), ctx.days[side].get(date)];
  if (was && now && !sameValue({ ...was, slots: [] }, { ...now, slots: [] })) return true;
  return ctx.nodes.some((node) => node.date === date && slotChangedBy(node, side));
}
