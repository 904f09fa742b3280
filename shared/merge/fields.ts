// Runs everywhere (shared). A session, a body or an item as a flat list of fields, which is
// what compare and merge work on: each language of a text is a field of its own
// (`title.en`, `title.zh`), so an English edit in one copy and a Chinese edit in the other
// are no conflict. A text also has a presence field (`title`), so an empty text and no text
// stay apart. A body's first and last days are one field (`dates`): taking one from each
// copy could give a body that ends before it starts. Fields this version does not know (from
// a newer minor version) are fields too, compared as whole values.
import type { Body, Day, Item, Session, Slot } from '../model/types.ts';

export type Fields = Map<string, unknown>;

export interface Shape {
  /** Fields holding a LangText. */
  texts: readonly string[];
  /** Fields that are not fields of the entity (its id, its lists of children). */
  skip: readonly string[];
  /** Several fields taken as one, under a name of their own. */
  groups?: Record<string, readonly string[]>;
}

// Named versions are history, not content: a compare does not list them, a merge keeps both
// copies' (shared/versions/merge-versions.ts).
export const SESSION_SHAPE: Shape = { texts: ['title', 'convener', 'venue'], skip: ['format', 'version', 'lineage', 'bodies', 'items', 'days', 'versions'] };
export const BODY_SHAPE: Shape = { texts: ['name', 'meeting'], skip: ['id'], groups: { dates: ['from', 'to'] } };
export const ITEM_SHAPE: Shape = { texts: ['title', 'annexTitle', 'shortTitle', 'annotation'], skip: ['id'] };
/** A day's and a slot's own fields: a slot's times go together, like a body's dates. */
export const DAY_SHAPE: Shape = { texts: [], skip: ['date', 'slots'] };
export const SLOT_SHAPE: Shape = { texts: [], skip: ['rows'], groups: { times: ['start', 'end'] } };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function fieldsOf(entity: Session | Body | Item | Day | Slot, shape: Shape): Fields {
  const source = entity as unknown as Record<string, unknown>;
  const fields: Fields = new Map();
  const grouped = new Set(Object.values(shape.groups ?? {}).flat());
  for (const [name, members] of Object.entries(shape.groups ?? {})) {
    const values = members.map((member) => source[member]);
    if (values.some((v) => v !== undefined)) fields.set(name, values);
  }
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined || shape.skip.includes(key) || grouped.has(key)) continue;
    if (shape.texts.includes(key) && isRecord(value)) {
      fields.set(key, true);
      for (const [lang, text] of Object.entries(value)) if (text !== undefined) fields.set(`${key}.${lang}`, text);
    } else {
      fields.set(key, value);
    }
  }
  return fields;
}

/**
 * The entity's own fields back from a flat list; the caller adds its id and children. A text
 * is there when its presence field is, or any of its languages (one copy removed an annex
 * title, the other edited its English: the English edit is not lost).
 */
export function entityFields(fields: Fields, shape: Shape): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of fields) {
    const dot = key.indexOf('.');
    const text = dot > 0 ? key.slice(0, dot) : null;
    if (text !== null && shape.texts.includes(text)) {
      ((out[text] ??= {}) as Record<string, unknown>)[key.slice(dot + 1)] = value;
      continue;
    }
    const members = shape.groups?.[key];
    if (members) {
      members.forEach((member, i) => {
        const v = (value as unknown[])[i];
        if (v !== undefined) out[member] = v;
      });
    } else if (shape.texts.includes(key)) {
      out[key] ??= {};
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Every field key of any of the versions, in a stable order (first seen first). */
export function unionKeys(...versions: (Fields | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const fields of versions) for (const key of fields?.keys() ?? []) keys.add(key);
  return [...keys];
}

/** Deep equality of plain JSON values; the order of an object's keys does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameValue(v, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  return keys.length === Object.keys(y).filter((k) => y[k] !== undefined).length && keys.every((k) => sameValue(x[k], y[k]));
}

/** The keys whose values differ; a text's presence field only when none of its languages changed. */
export function changedKeys(before: Fields, after: Fields): string[] {
  const changed = unionKeys(before, after).filter((key) => !sameValue(before.get(key), after.get(key)));
  return changed.filter((key) => !changed.some((other) => other.startsWith(`${key}.`)));
}
