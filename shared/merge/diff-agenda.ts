// Runs everywhere (shared). The differences in what a session is about: its own fields, its
// bodies and their agenda items (added, removed, renumbered, retitled per language, other
// fields), and the order of bodies and items.
import { message, type Message } from '../i18n.ts';
import type { Item, Session } from '../model/types.ts';
import { orderChanged, type Change } from './change.ts';
import { BODY_SHAPE, changedKeys, fieldsOf, ITEM_SHAPE, SESSION_SHAPE, type Fields } from './fields.ts';
import { bodyName, fieldWhat, itemName, itemTitle, valueText } from './names.ts';

const TITLE_FIELDS = new Set(['title', 'annexTitle', 'shortTitle']);

function fieldMessage(key: string, of: Message, before: Fields, after: Fields): Message {
  return message('merge:change.field', { what: fieldWhat(key, of), before: valueText(before.get(key)), after: valueText(after.get(key)) });
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((entry) => [entry.id, entry]));
}

export function diffSessionFields(a: Session, b: Session): Change[] {
  const before = fieldsOf(a, SESSION_SHAPE);
  const after = fieldsOf(b, SESSION_SHAPE);
  const of = message('merge:name.session');
  return changedKeys(before, after).map((field) => ({
    kind: 'session-field',
    field,
    before: before.get(field),
    after: after.get(field),
    message: fieldMessage(field, of, before, after),
  }));
}

export function diffBodies(a: Session, b: Session): Change[] {
  const changes: Change[] = [];
  const inB = byId(b.bodies);
  const inA = byId(a.bodies);
  for (const body of a.bodies) {
    const other = inB.get(body.id);
    if (!other) {
      changes.push({ kind: 'body-removed', body: body.id, message: message('merge:change.bodyRemoved', { body: bodyName(a, body.id) }) });
      continue;
    }
    const before = fieldsOf(body, BODY_SHAPE);
    const after = fieldsOf(other, BODY_SHAPE);
    const of = message('merge:what.body', { body: bodyName(a, body.id) });
    for (const field of changedKeys(before, after)) {
      changes.push({ kind: 'body-field', body: body.id, field, before: before.get(field), after: after.get(field), message: fieldMessage(field, of, before, after) });
    }
  }
  for (const body of b.bodies) {
    if (!inA.has(body.id)) changes.push({ kind: 'body-added', body: body.id, message: message('merge:change.bodyAdded', { body: bodyName(b, body.id) }) });
  }
  if (orderChanged(a.bodies.map((x) => x.id), b.bodies.map((x) => x.id))) {
    changes.push({ kind: 'order-changed', what: 'bodies', message: message('merge:change.orderChanged', { what: message('merge:what.bodies') }) });
  }
  return changes;
}

function itemChanges(a: Session, item: Item, other: Item): Change[] {
  const before = fieldsOf(item, ITEM_SHAPE);
  const after = fieldsOf(other, ITEM_SHAPE);
  const name = itemName(a, item);
  return changedKeys(before, after).map((field): Change => {
    const [base = field, lang] = field.split('.');
    if (field === 'number') {
      return { kind: 'item-renumbered', item: item.id, before: item.number, after: other.number, message: message('merge:change.itemRenumbered', { item: name, after: other.number }) };
    }
    const detail = { before: before.get(field), after: after.get(field), message: fieldMessage(field, name, before, after) };
    if (TITLE_FIELDS.has(base) && lang !== undefined) {
      return { kind: 'item-retitled', item: item.id, field: base, lang, ...detail } as Change;
    }
    return { kind: 'item-field', item: item.id, field, ...detail };
  });
}

export function diffItems(a: Session, b: Session): Change[] {
  const changes: Change[] = [];
  const inB = byId(b.items);
  const inA = byId(a.items);
  for (const item of a.items) {
    const other = inB.get(item.id);
    if (other) changes.push(...itemChanges(a, item, other));
    else changes.push({ kind: 'item-removed', item: item.id, message: message('merge:change.itemRemoved', { item: itemName(a, item), title: itemTitle(item) }) });
  }
  for (const item of b.items) {
    if (!inA.has(item.id)) changes.push({ kind: 'item-added', item: item.id, message: message('merge:change.itemAdded', { item: itemName(b, item), title: itemTitle(item) }) });
  }
  if (orderChanged(a.items.map((x) => x.id), b.items.map((x) => x.id))) {
    changes.push({ kind: 'order-changed', what: 'items', message: message('merge:change.orderChanged', { what: message('merge:what.items') }) });
  }
  return changes;
}
