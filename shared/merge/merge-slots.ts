// Runs everywhere (shared). Merging the frame of the schedule: which days and meeting slots are
// in the result, their times (a slot's start and end go together), and their order. What is
// placed in the slots is merge-rows.ts's part.
import { message } from '../i18n.ts';
import { dayChangedBy, slotChangedBy } from './changes-by-side.ts';
import { existenceConflict, orderConflict } from './conflict.ts';
import { DAY_SHAPE, SLOT_SHAPE } from './fields.ts';
import { mergeFields, trioOf, type MergeContext, type SlotNode, type Version } from './merge-context.ts';
import { dayName, listOf, slotName } from './names.ts';
import { decidePresence, presenceOf } from './presence.ts';
import { arrange, orderSide, other, type Side } from './three-way.ts';

export interface MergedSlot {
  node: SlotNode;
  /** The slot's own fields: start, end and any a newer version added. */
  fields: Record<string, unknown>;
  /** The copy the slot is taken from alone (the other removed it); null when merged. */
  only: Side | null;
}

export interface MergedDay {
  date: string;
  fields: Record<string, unknown>;
  slots: MergedSlot[];
}

/** A node's name, from whichever version has it. */
export function nodeName(node: SlotNode) {
  const slot = (node.slot.ours ?? node.slot.theirs ?? node.slot.base)!;
  return slotName(node.date, slot);
}

function orderOfNodes(ctx: MergeContext, date: string, nodes: SlotNode[], version: Version): string[] | undefined {
  const slots = ctx.days[version].get(date)?.slots;
  if (!slots) return undefined;
  return nodes
    .filter((node) => node.slot[version])
    .sort((a, b) => slots.indexOf(a.slot[version]!) - slots.indexOf(b.slot[version]!))
    .map((node) => node.id);
}

/** The slots of a day both copies kept, each decided on its own. */
function mergeSlotsOfDay(ctx: MergeContext, date: string, nodes: SlotNode[]): MergedSlot[] {
  const kept = new Map<string, MergedSlot>();
  for (const node of nodes) {
    const state = presenceOf({
      twoWay: ctx.twoWay,
      inBase: node.slot.base !== undefined,
      inOurs: node.slot.ours !== undefined,
      inTheirs: node.slot.theirs !== undefined,
      changedBy: (side) => slotChangedBy(node, side),
    });
    const what = message('merge:what.slot', { slot: nodeName(node) });
    const decision = decidePresence(state, () => existenceConflict(`slot:${node.id}`, what, state.in as Side, ctx.twoWay, { date }), ctx.decide);
    if (!decision) continue;
    const target = { id: `slot:${node.id}`, of: what, shape: SLOT_SHAPE, about: { date } };
    kept.set(node.id, { node, fields: mergeFields(ctx, target, trioOf(ctx, (v) => node.slot[v]), decision.only), only: decision.only });
  }
  const lists = trioOf(ctx, (v) => orderOfNodes(ctx, date, nodes, v));
  const names = (side: Side) => listOf(nodes.filter((n) => n.slot[side]).map((n) => slotName(date, n.slot[side]!)));
  const what = message('merge:what.slots', { day: dayName(date) });
  const primary = orderSide(lists, () => ctx.decide(orderConflict(`order:slots:${date}`, what, names('ours'), names('theirs'))));
  return arrange(new Set(kept.keys()), lists[primary] ?? [], [lists[other(primary)] ?? [], orderOfNodes(ctx, date, nodes, 'base') ?? []]).map((id) => kept.get(id)!);
}

/** The slots of a day taken from one copy alone. */
function slotsOfOneSide(ctx: MergeContext, date: string, nodes: SlotNode[], side: Side): MergedSlot[] {
  const target = (node: SlotNode) => ({ id: `slot:${node.id}`, of: message('merge:what.slot', { slot: nodeName(node) }), shape: SLOT_SHAPE });
  return (orderOfNodes(ctx, date, nodes, side) ?? [])
    .map((id) => nodes.find((node) => node.id === id)!)
    .map((node) => ({ node, fields: mergeFields(ctx, target(node), trioOf(ctx, (v) => node.slot[v]), side), only: side }));
}

export function mergeDays(ctx: MergeContext): MergedDay[] {
  const dates = [...new Set([...ctx.days.ours.keys(), ...ctx.days.theirs.keys()])];
  const kept = new Map<string, MergedDay>();
  for (const date of dates) {
    const nodes = ctx.nodes.filter((node) => node.date === date);
    const state = presenceOf({
      twoWay: ctx.twoWay,
      inBase: ctx.days.base.has(date),
      inOurs: ctx.days.ours.has(date),
      inTheirs: ctx.days.theirs.has(date),
      changedBy: (side) => dayChangedBy(ctx, date, side),
    });
    const what = message('merge:what.day', { day: dayName(date) });
    const decision = decidePresence(state, () => existenceConflict(`day:${date}`, what, state.in as Side, ctx.twoWay, { date }), ctx.decide);
    if (!decision) continue;
    const fields = mergeFields(ctx, { id: `day:${date}`, of: what, shape: DAY_SHAPE, about: { date } }, trioOf(ctx, (v) => ctx.days[v].get(date)), decision.only);
    const slots = decision.only ? slotsOfOneSide(ctx, date, nodes, decision.only) : mergeSlotsOfDay(ctx, date, nodes);
    kept.set(date, { date, fields, slots });
  }
  const lists = trioOf(ctx, (v) => ctx.sessions[v]?.days.map((day) => day.date));
  const names = (side: Side) => listOf(ctx.sessions[side].days.map((day) => dayName(day.date)));
  const primary = orderSide(lists, () => ctx.decide(orderConflict('order:days', message('merge:what.days'), names('ours'), names('theirs'))));
  const base = ctx.sessions.base?.days.map((day) => day.date) ?? [];
  return arrange(new Set(kept.keys()), lists[primary] ?? [], [lists[other(primary)] ?? [], base]).map((date) => kept.get(date)!);
}
