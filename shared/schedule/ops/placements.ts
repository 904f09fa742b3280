// Runs everywhere (shared). Placing items in slots and moving rows: the edits of the grid.
import type { Draft } from 'immer';
import type { Item, Row, Session, Slot } from '../../model/types.ts';
import { edit, refuse, type EditResult } from '../edit.ts';
import { jointDiscussions } from '../joint-discussions.ts';
import { describeItem, isInSlot, itemAt, requirePosition, rowAt, slotAt, type RowRef, type SlotRef } from '../refs.ts';

function requireNotInSlot(session: Draft<Session>, slot: Slot, item: Item): void {
  if (isInSlot(slot, item.id)) refuse('alreadyInSlot', describeItem(session, item));
}

/** Places an item as a new row of a slot, at `position` (default: after the last row). */
export function placeItem(session: Session, args: { item: string; at: SlotRef; position?: number }): EditResult {
  return edit(session, (draft) => {
    const item = itemAt(draft, args.item);
    const slot = slotAt(draft, args.at);
    requireNotInSlot(draft, slot, item);
    const position = args.position ?? slot.rows.length;
    requirePosition(position, slot.rows.length);
    slot.rows.splice(position, 0, { [item.body]: item.id });
  });
}

/** Places an item into its body's empty cell of an existing row. */
export function placeItemInRow(session: Session, args: { item: string; at: RowRef }): EditResult {
  return edit(session, (draft) => {
    const item = itemAt(draft, args.item);
    const slot = slotAt(draft, args.at);
    const row = rowAt(draft, args.at);
    const occupant = row[item.body];
    if (occupant !== undefined) refuse('cellTaken', describeItem(draft, itemAt(draft, occupant)));
    requireNotInSlot(draft, slot, item);
    row[item.body] = item.id;
  });
}

/**
 * The items of one joint discussion, one per body: those with that `joint` key, or the
 * sub-items joint through their headings (see joint-discussions.ts), in file order.
 */
export function jointPartners(session: Session, joint: string): Item[] {
  return [...(jointDiscussions(session.items).groups.get(joint) ?? [])];
}

/** Places every body's item of the joint discussion `joint` together in one new row. */
export function placeJointItem(session: Session, args: { joint: string; at: SlotRef; position?: number }): EditResult {
  const partners = jointPartners(session, args.joint);
  return edit(session, (draft) => {
    if (partners.length === 0) refuse('noJointPartners', { joint: args.joint });
    const slot = slotAt(draft, args.at);
    const row: Row = {};
    for (const item of partners) {
      const taken = row[item.body];
      if (taken !== undefined) refuse('jointSameBody', { body: describeItem(draft, item).body, joint: args.joint });
      requireNotInSlot(draft, slot, item);
      row[item.body] = item.id;
    }
    const ordered: Row = {};
    for (const body of draft.bodies) if (row[body.id] !== undefined) ordered[body.id] = row[body.id]!;
    const position = args.position ?? slot.rows.length;
    requirePosition(position, slot.rows.length);
    slot.rows.splice(position, 0, ordered);
  });
}

/**
 * Moves a row within its slot or to another slot. `position` is where the row ends up
 * in the target slot, counted after it has left its old place.
 */
export function moveRow(session: Session, args: { from: RowRef; to: SlotRef; position?: number }): EditResult {
  return edit(session, (draft) => {
    const source = slotAt(draft, args.from);
    rowAt(draft, args.from);
    const target = slotAt(draft, args.to);
    const [row] = source.rows.splice(args.from.row, 1);
    if (target !== source) {
      for (const itemId of Object.values(row!)) requireNotInSlot(draft, target, itemAt(draft, itemId));
    }
    const position = args.position ?? target.rows.length;
    requirePosition(position, target.rows.length);
    target.rows.splice(position, 0, row!);
  });
}

export function removeRow(session: Session, at: RowRef): EditResult {
  return edit(session, (draft) => {
    rowAt(draft, at);
    slotAt(draft, at).rows.splice(at.row, 1);
  });
}

/** Takes one body's item out of a row; a row left empty goes too. */
export function removeFromRow(session: Session, args: { at: RowRef; body: string }): EditResult {
  return edit(session, (draft) => {
    const row = rowAt(draft, args.at);
    if (row[args.body] === undefined) {
      const body = draft.bodies.find((b) => b.id === args.body);
      refuse('cellEmpty', { body: body?.name ?? args.body });
    }
    delete row[args.body];
    if (Object.keys(row).length === 0) slotAt(draft, args.at).rows.splice(args.at.row, 1);
  });
}

/**
 * The common case of an item running over into the next meeting: the row is repeated at
 * the top of the following slot (the next day's first slot after the last of a day).
 */
export function continueInNextSlot(session: Session, from: RowRef): EditResult {
  return edit(session, (draft) => {
    const row = rowAt(draft, from);
    const dayIndex = draft.days.findIndex((d) => d.date === from.date);
    const day = draft.days[dayIndex]!;
    const next = day.slots[from.slot + 1] ?? draft.days.slice(dayIndex + 1).find((d) => d.slots.length > 0)?.slots[0];
    if (!next) refuse('noNextSlot');
    for (const itemId of Object.values(row)) requireNotInSlot(draft, next, itemAt(draft, itemId));
    next.rows.unshift({ ...row });
  });
}
