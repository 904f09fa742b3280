// Runs everywhere (shared). A conflict of a merge: something both copies changed differently,
// with a readable question and what each choice gives, in both languages. The person merging
// picks `ours` (this copy, the one open) or `theirs` (the other copy) for each.
import { message, type Message } from '../i18n.ts';
import { fieldWhat, valueText } from './names.ts';
import type { Side } from './three-way.ts';

export type ConflictKind =
  /** Both copies changed one field (a title in one language, a number, a slot's times…). */
  | 'field'
  /** One copy removed a body, an item, a day or a slot; the other changed it. */
  | 'removed-changed'
  /** Without a common version: only one copy has it. */
  | 'only-one-side'
  /** The copies put an item in different slots (moved it to different places, say). */
  | 'placement'
  /** Taking each copy's numbers would give two items of one body the same number. */
  | 'numbering'
  /** Both copies reordered the rows of one slot differently. */
  | 'arrangement'
  /** Both copies reordered bodies, items, days or slots differently. */
  | 'order';

export interface Conflict {
  /** Stable for the same three inputs: what `resolveMerge` picks are keyed by. */
  id: string;
  kind: ConflictKind;
  message: Message;
  /** What picking this copy gives: "This copy: “…”". */
  ours: Message;
  theirs: Message;
  /** What the conflict is about, for highlighting. */
  item?: string;
  body?: string;
  date?: string;
}

export type Picks = Readonly<Record<string, Side>>;

export function choices(ours: Message, theirs: Message): Pick<Conflict, 'ours' | 'theirs'> {
  return { ours: message('merge:choice.ours', { choice: ours }), theirs: message('merge:choice.theirs', { choice: theirs }) };
}

export function fieldConflict(id: string, key: string, of: Message, ours: unknown, theirs: unknown, about: Partial<Conflict> = {}): Conflict {
  return {
    id,
    kind: 'field',
    message: message('merge:conflict.field', { what: fieldWhat(key, of) }),
    ...choices(valueText(ours), valueText(theirs)),
    ...about,
  };
}

/**
 * `has` is the copy that has the thing. With a common version the other copy removed it
 * (and `has` changed it); without one, only `has` holds it.
 */
export function existenceConflict(id: string, what: Message, has: Side, twoWay: boolean, about: Partial<Conflict> = {}): Conflict {
  const keep = message(twoWay ? 'merge:choice.keep' : 'merge:choice.keepChanged');
  const drop = message(twoWay ? 'merge:choice.leaveOut' : 'merge:choice.remove');
  const key = twoWay ? (has === 'ours' ? 'onlyInOurs' : 'onlyInTheirs') : has === 'ours' ? 'removedInTheirs' : 'removedInOurs';
  return {
    id,
    kind: twoWay ? 'only-one-side' : 'removed-changed',
    message: message(`merge:conflict.${key}`, { what }),
    ...(has === 'ours' ? choices(keep, drop) : choices(drop, keep)),
    ...about,
  };
}

/** Both copies reordered `what` differently; each choice shows that copy's order. */
export function orderConflict(id: string, what: Message, ours: Message, theirs: Message): Conflict {
  return { id, kind: 'order', message: message('merge:conflict.order', { what }), ...choices(ours, theirs) };
}

export function placementConflict(item: string, name: Message, ours: Message, theirs: Message): Conflict {
  return { id: `item:${item}:placements`, kind: 'placement', message: message('merge:conflict.placement', { item: name }), ...choices(ours, theirs), item };
}

export function arrangementConflict(node: string, slot: Message, ours: Message, theirs: Message, date: string): Conflict {
  return { id: `slot:${node}:rows`, kind: 'arrangement', message: message('merge:conflict.arrangement', { slot }), ...choices(ours, theirs), date };
}
