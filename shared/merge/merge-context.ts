// Runs everywhere (shared). The three versions of a merge, indexed by stable ids: bodies and
// items by id, days by date, and meeting slots as nodes — one node per slot that is the same
// slot in the versions (see slots.ts), so a placement is an (item, node) pair in every version.
// Also the one way to merge an entity's own fields, used for the session, bodies, items, days
// and slots alike.
import type { Message } from '../i18n.ts';
import type { Body, Day, Item, Session, Slot } from '../model/types.ts';
import { fieldConflict, type Conflict } from './conflict.ts';
import { entityFields, fieldsOf, unionKeys, type Fields, type Shape } from './fields.ts';
import { itemsOf, pairSlots } from './slots.ts';
import { mergeValue, UNKNOWN, type Side, type Trio } from './three-way.ts';

export type Version = 'base' | Side;
export const VERSIONS: readonly Version[] = ['base', 'ours', 'theirs'];

export interface SlotNode {
  /** `date#n`: stable for the same inputs. */
  id: string;
  date: string;
  slot: Partial<Record<Version, Slot>>;
  /** The items placed in the slot, in each version that has it. */
  items: Partial<Record<Version, Set<string>>>;
}

export interface MergeContext {
  /** No common version: every difference is the person's choice. */
  twoWay: boolean;
  sessions: Partial<Record<Version, Session>> & Record<Side, Session>;
  bodies: Record<Version, Map<string, Body>>;
  items: Record<Version, Map<string, Item>>;
  days: Record<Version, Map<string, Day>>;
  nodes: SlotNode[];
  /** Asks for one conflict's pick (merge lists it; resolve looks it up). */
  decide(conflict: Conflict): Side;
}

const byKey = <T>(list: readonly T[] | undefined, key: (value: T) => string) => new Map((list ?? []).map((v) => [key(v), v]));

/** The three values of something, with the common one UNKNOWN in a two-way merge. */
export function trioOf<T>(ctx: MergeContext, get: (version: Version) => T | undefined): Trio<T> {
  return { base: ctx.twoWay ? UNKNOWN : get('base'), ours: get('ours'), theirs: get('theirs') };
}

function nodesOfDate(ctx: Omit<MergeContext, 'nodes' | 'decide'>, date: string): SlotNode[] {
  const slots = (v: Version) => ctx.days[v].get(date)?.slots ?? [];
  const [base, ours, theirs] = [slots('base'), slots('ours'), slots('theirs')];
  const groups: Partial<Record<Version, Slot>>[] = [];
  const paired = (a: Version, aSlots: Slot[], b: Version, bSlots: Slot[], retimed: boolean) =>
    pairSlots(aSlots, bSlots, { retimed }).map((pair) => ({
      ...(pair.a !== null ? { [a]: aSlots[pair.a] } : {}),
      ...(pair.b !== null ? { [b]: bSlots[pair.b] } : {}),
    }));
  if (ctx.twoWay) {
    groups.push(...paired('ours', ours, 'theirs', theirs, true));
  } else {
    const withOurs = pairSlots(base, ours, { retimed: true });
    const withTheirs = pairSlots(base, theirs, { retimed: true });
    const partner = (pairs: typeof withOurs, i: number) => pairs.find((p) => p.a === i)?.b ?? null;
    base.forEach((slot, i) => {
      const o = partner(withOurs, i);
      const t = partner(withTheirs, i);
      groups.push({ base: slot, ...(o !== null ? { ours: ours[o] } : {}), ...(t !== null ? { theirs: theirs[t] } : {}) });
    });
    // Slots both copies added are one slot only when their times agree.
    const addedOurs = withOurs.filter((p) => p.a === null).map((p) => ours[p.b!]!);
    const addedTheirs = withTheirs.filter((p) => p.a === null).map((p) => theirs[p.b!]!);
    groups.push(...paired('ours', addedOurs, 'theirs', addedTheirs, false));
  }
  return groups.map((slot, n) => {
    const items: SlotNode['items'] = {};
    for (const v of VERSIONS) if (slot[v]) items[v] = itemsOf(slot[v].rows);
    return { id: `${date}#${n}`, date, slot, items };
  });
}

export function mergeContext(base: Session | null, ours: Session, theirs: Session, decide: (conflict: Conflict) => Side): MergeContext {
  const sessions = { ...(base ? { base } : {}), ours, theirs };
  const index = <T>(list: (s: Session) => readonly T[], key: (value: T) => string) =>
    ({ base: byKey(base ? list(base) : [], key), ours: byKey(list(ours), key), theirs: byKey(list(theirs), key) }) as Record<Version, Map<string, T>>;
  const partial = {
    twoWay: base === null,
    sessions,
    bodies: index((s) => s.bodies, (b) => b.id),
    items: index((s) => s.items, (i) => i.id),
    days: index((s) => s.days, (d) => d.date),
  };
  const dates = new Set(VERSIONS.flatMap((v) => [...partial.days[v].keys()]));
  return { ...partial, nodes: [...dates].flatMap((date) => nodesOfDate(partial, date)), decide };
}

/** How an entity's fields are merged: its conflicts' ids start with `id`, and name it as `of`. */
export interface FieldsTarget {
  id: string;
  of: Message;
  shape: Shape;
  about?: Partial<Conflict>;
}

/**
 * The merged own fields of an entity. `only`: the entity is taken from one copy (the other
 * removed it or never had it), so there is nothing to merge. `forced` fields are decided
 * elsewhere (an item's number by a numbering conflict).
 */
export function mergeFields<T extends Session | Body | Item | Day | Slot>(
  ctx: MergeContext,
  target: FieldsTarget,
  versions: Trio<T>,
  only: Side | null,
  forced: Fields = new Map(),
): Record<string, unknown> {
  if (only) return { ...entityFields(fieldsOf(versions[only]!, target.shape), target.shape), ...entityFields(forced, target.shape) };
  const fields = (entity: T | undefined) => (entity ? fieldsOf(entity, target.shape) : new Map<string, unknown>());
  const [ours, theirs] = [fields(versions.ours), fields(versions.theirs)];
  const base = versions.base === UNKNOWN ? UNKNOWN : fields(versions.base);
  const merged: Fields = new Map();
  for (const key of unionKeys(ours, theirs, base === UNKNOWN ? undefined : base)) {
    if (forced.has(key)) {
      merged.set(key, forced.get(key));
      continue;
    }
    const trio = { base: base === UNKNOWN ? UNKNOWN : base.get(key), ours: ours.get(key), theirs: theirs.get(key) };
    const result = mergeValue(trio);
    const value =
      result === 'conflict'
        ? trio[ctx.decide(fieldConflict(`${target.id}:${key}`, key, target.of, trio.ours, trio.theirs, target.about))]
        : result.value;
    if (value !== undefined) merged.set(key, value);
  }
  return entityFields(merged, target.shape);
}
