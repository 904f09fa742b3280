// Runs everywhere (shared). Item numbers must stay unique within a body, and merging numbers
// one item at a time can break that (one copy renumbers item 4 as 5, the other adds a new item
// 5). Items that could end up with the same body and number, for some picks of the other
// conflicts, are grouped; each group is one conflict whose pick takes every item of the group
// — whether it exists, its body and its number — from one copy, which had them unique. The
// groups grow until no item outside a group can take a number an item inside could get.
import { message, type Message } from '../i18n.ts';
import type { Item } from '../model/types.ts';
import { choices, type Conflict } from './conflict.ts';
import { trioOf, type MergeContext } from './merge-context.ts';
import { itemName, itemTitle, listOf } from './names.ts';
import type { Presence } from './presence.ts';
import { mergeValue, type Side } from './three-way.ts';

const keyOf = (item: Pick<Item, 'body' | 'number'>) => JSON.stringify([item.body, item.number]);

/** Every (body, number) the item could end up with, given its own conflicts. */
function possibleKeys(ctx: MergeContext, id: string, presence: Presence): string[] {
  if (presence.in === 'none') return [];
  if (presence.in !== 'both') return [keyOf(ctx.items[presence.in].get(id)!)];
  const options = (field: 'body' | 'number') => {
    const trio = trioOf(ctx, (version) => ctx.items[version].get(id)?.[field]);
    const merged = mergeValue(trio);
    return merged === 'conflict' ? [trio.ours!, trio.theirs!] : [merged.value!];
  };
  return options('body').flatMap((body) => options('number').map((number) => keyOf({ body, number })));
}

function sideKeys(ctx: MergeContext, id: string): string[] {
  return (['ours', 'theirs'] as const).flatMap((side) => {
    const item = ctx.items[side].get(id);
    return item ? [keyOf(item)] : [];
  });
}

function groupsOf(keys: Map<string, Set<string>>): string[][] {
  const parent = new Map([...keys.keys()].map((id) => [id, id]));
  const root = (id: string): string => (parent.get(id) === id ? id : root(parent.get(id)!));
  const ownerOf = new Map<string, string>();
  for (const [id, set] of keys) {
    for (const key of set) {
      const owner = ownerOf.get(key);
      if (owner === undefined) ownerOf.set(key, id);
      else parent.set(root(id), root(owner));
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of keys.keys()) groups.set(root(id), [...(groups.get(root(id)) ?? []), id]);
  return [...groups.values()].filter((group) => group.length > 1);
}

/** The groups of items whose numbers could clash, each sorted, as found for these inputs. */
export function numberingGroups(ctx: MergeContext, presences: Map<string, Presence>): string[][] {
  const keys = new Map([...presences].map(([id, presence]) => [id, new Set(possibleKeys(ctx, id, presence))]));
  for (;;) {
    const groups = groupsOf(keys);
    let grew = false;
    for (const id of groups.flat()) {
      for (const key of sideKeys(ctx, id)) {
        if (!keys.get(id)!.has(key)) {
          keys.get(id)!.add(key);
          grew = true;
        }
      }
    }
    if (!grew) return groups.map((group) => [...group].sort());
  }
}

function sideChoice(ctx: MergeContext, group: string[], side: Side): Message {
  return listOf(
    group.map((id) => {
      const item = ctx.items[side].get(id);
      if (item) return message('merge:choice.numbered', { item: itemTitle(item), number: item.number });
      const elsewhere = (ctx.items.ours.get(id) ?? ctx.items.theirs.get(id))!;
      return message('merge:choice.absent', { item: itemTitle(elsewhere) });
    }),
  );
}

export function numberingConflict(ctx: MergeContext, group: string[]): Conflict {
  const names = group.map((id) => {
    const side: Side = ctx.items.ours.has(id) ? 'ours' : 'theirs';
    return itemName(ctx.sessions[side], ctx.items[side].get(id)!);
  });
  return {
    id: `numbering:${group.join(',')}`,
    kind: 'numbering',
    message: message('merge:conflict.numbering', { items: listOf(names) }),
    ...choices(sideChoice(ctx, group, 'ours'), sideChoice(ctx, group, 'theirs')),
    item: group[0]!,
  };
}
