// Runs everywhere (shared). What `diffSessions` reports: one Change per difference between two
// versions of a session, found by stable ids (bodies and items by id, days by date, slots by
// their times within a day). Each carries a readable message in both languages for the change
// list, and the ids a grid needs to highlight what differs.
import type { Message } from '../i18n.ts';

/**
 * A meeting slot on one side: its day, its index among that day's slots (as a SlotRef) and
 * its times. A slot that was removed, or a placement's old place, is in the first version
 * (`a`); an added slot, or a placement's new place, in the second (`b`).
 */
export interface SlotPlace {
  date: string;
  slot: number;
  start: string;
  end: string;
}

/** Field keys as shared/merge/fields.ts writes them: `venue.en`, `dates`, `documents`. */
interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

export type ChangeDetail =
  | ({ kind: 'session-field' } & FieldChange)
  | { kind: 'body-added' | 'body-removed'; body: string }
  | ({ kind: 'body-field'; body: string } & FieldChange)
  | { kind: 'item-added' | 'item-removed'; item: string }
  | { kind: 'item-renumbered'; item: string; before: string; after: string }
  /** `field` is title, annexTitle or shortTitle; `lang` the language that changed. */
  | { kind: 'item-retitled'; item: string; field: string; lang: string; before?: string; after?: string }
  | ({ kind: 'item-field'; item: string } & FieldChange)
  | { kind: 'day-added' | 'day-removed'; date: string }
  | { kind: 'slot-added' | 'slot-removed'; slot: SlotPlace }
  | { kind: 'slot-retimed'; from: SlotPlace; to: SlotPlace }
  | { kind: 'placement-added' | 'placement-removed'; item: string; slot: SlotPlace }
  | { kind: 'placement-moved'; item: string; from: SlotPlace; to: SlotPlace }
  /** Same items, other order or grouping of rows (a joint row split, say). */
  | { kind: 'rows-reordered'; from: SlotPlace; to: SlotPlace }
  /** `date` names the day whose slots were reordered. */
  | { kind: 'order-changed'; what: 'bodies' | 'items' | 'days' | 'slots'; date?: string };

export type Change = ChangeDetail & { message: Message };

export type ChangeKind = Change['kind'];

/** The relative order of the ids both lists hold differs. */
export function orderChanged(a: readonly string[], b: readonly string[]): boolean {
  const inB = new Set(b);
  const inA = new Set(a);
  const common = a.filter((id) => inB.has(id));
  const commonB = b.filter((id) => inA.has(id));
  return common.some((id, i) => id !== commonB[i]);
}
