// Runs everywhere (shared). Merging what the session is about: its bodies and their agenda
// items — which are in the result, their fields, their numbers (see numbering.ts) and their
// order. Items whose body is not in the result go with it.
import { message, type Message } from '../i18n.ts';
import type { Body, Item, Session } from '../model/types.ts';
import { bodyChangedBy, itemChangedBy } from './changes-by-side.ts';
import { existenceConflict, orderConflict } from './conflict.ts';
import { BODY_SHAPE, ITEM_SHAPE, type Fields } from './fields.ts';
import { mergeFields, trioOf, type MergeContext } from './merge-context.ts';
import { bodyName, itemName, listOf, verbatim } from './names.ts';
import { numberingConflict, numberingGroups } from './numbering.ts';
import { decidePresence, presenceOf, type Presence } from './presence.ts';
import { arrange, orderSide, other, type Side } from './three-way.ts';

export interface AgendaMerge {
  bodies: Body[];
  items: Item[];
  /** Each item of the result and the copy it is taken from alone; null when merged from both. */
  only: Map<string, Side | null>;
}

type Listed = 'bodies' | 'items';

function idsOf(ctx: MergeContext, list: Listed): string[] {
  return [...new Set([...ctx[list].ours.keys(), ...ctx[list].theirs.keys()])];
}

function presence(ctx: MergeContext, list: Listed, id: string): Presence {
  const changedBy = list === 'bodies' ? bodyChangedBy : itemChangedBy;
  return presenceOf({
    twoWay: ctx.twoWay,
    inBase: ctx[list].base.has(id),
    inOurs: ctx[list].ours.has(id),
    inTheirs: ctx[list].theirs.has(id),
    changedBy: (side) => changedBy(ctx, id, side),
  });
}

/** The result's ids in merged order; a conflict when both copies reordered differently. */
function ordered<T extends { id: string }>(ctx: MergeContext, list: Listed, kept: Map<string, T>, name: (session: Session, id: string) => Message): T[] {
  const lists = trioOf(ctx, (v) => ctx.sessions[v]?.[list].map((entry) => entry.id));
  const names = (side: Side) => listOf(ctx.sessions[side][list].map((entry) => name(ctx.sessions[side], entry.id)));
  const primary = orderSide(lists, () => ctx.decide(orderConflict(`order:${list}`, message(`merge:what.${list}`), names('ours'), names('theirs'))));
  const others = [lists[other(primary)] ?? [], ...(ctx.sessions.base ? [ctx.sessions.base[list].map((entry) => entry.id)] : [])];
  return arrange(new Set(kept.keys()), lists[primary] ?? [], others).map((id) => kept.get(id)!);
}

function mergeBodies(ctx: MergeContext): Body[] {
  const kept = new Map<string, Body>();
  for (const id of idsOf(ctx, 'bodies')) {
    const state = presence(ctx, 'bodies', id);
    const session = ctx.sessions[ctx.bodies.ours.has(id) ? 'ours' : 'theirs'];
    const what = message('merge:what.body', { body: bodyName(session, id) });
    const decision = decidePresence(state, () => existenceConflict(`body:${id}`, what, state.in as Side, ctx.twoWay, { body: id }), ctx.decide);
    if (!decision) continue;
    const fields = mergeFields(ctx, { id: `body:${id}`, of: what, shape: BODY_SHAPE, about: { body: id } }, trioOf(ctx, (v) => ctx.bodies[v].get(id)), decision.only);
    kept.set(id, { ...fields, id } as Body);
  }
  return ordered(ctx, 'bodies', kept, bodyName);
}

function nameOfItem(ctx: MergeContext, id: string) {
  const side: Side = ctx.items.ours.has(id) ? 'ours' : 'theirs';
  return itemName(ctx.sessions[side], ctx.items[side].get(id)!);
}

export function mergeAgenda(ctx: MergeContext): AgendaMerge {
  const bodies = mergeBodies(ctx);
  const bodyIds = new Set(bodies.map((body) => body.id));
  const presences = new Map(idsOf(ctx, 'items').map((id) => [id, presence(ctx, 'items', id)]));
  const decided = new Map<string, { only: Side | null; forced?: Fields }>();

  const grouped = new Set<string>();
  for (const group of numberingGroups(ctx, presences)) {
    const side = ctx.decide(numberingConflict(ctx, group));
    for (const id of group) {
      grouped.add(id);
      const item = ctx.items[side].get(id);
      if (!item) continue;
      const forced: Fields = new Map<string, unknown>([['body', item.body], ['number', item.number]]);
      decided.set(id, { only: ctx.items[other(side)].has(id) ? null : side, forced });
    }
  }
  for (const [id, state] of presences) {
    if (grouped.has(id)) continue;
    const conflict = () => existenceConflict(`item:${id}`, nameOfItem(ctx, id), state.in as Side, ctx.twoWay, { item: id });
    const decision = decidePresence(state, conflict, ctx.decide);
    if (decision) decided.set(id, decision);
  }

  const kept = new Map<string, Item>();
  const only = new Map<string, Side | null>();
  for (const [id, decision] of decided) {
    const target = { id: `item:${id}`, of: nameOfItem(ctx, id), shape: ITEM_SHAPE, about: { item: id } };
    const item = { ...mergeFields(ctx, target, trioOf(ctx, (v) => ctx.items[v].get(id)), decision.only, decision.forced), id } as Item;
    if (!bodyIds.has(item.body)) continue;
    kept.set(id, item);
    only.set(id, decision.only);
  }
  const itemLabel = (session: Session, id: string) => verbatim(session.items.find((item) => item.id === id)?.number ?? id);
  return { bodies, items: ordered(ctx, 'items', kept, itemLabel), only };
}
