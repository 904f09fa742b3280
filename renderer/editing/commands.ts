// Runs in the renderer. The editor's gestures (drop, move a row one step, place at the
// focus, remove, pair joint items) as edit operations built from shared/schedule. Each is
// one undo step, however many schedule operations it chains; a refusal anywhere refuses it all.
import type { Session } from '../../shared/model/types.ts';
import {
  discussionKeyOf,
  editItem,
  jointDiscussions,
  jointPartners,
  parentNumber,
  moveRow,
  placeItem,
  placeItemInRow,
  placeJointItem,
  removeFromRow,
  removeRow,
  uniqueId,
  type EditResult,
  type RowRef,
  type SlotRef,
} from '../../shared/schedule/index.ts';
import { textIn } from '../../shared/format/text.ts';
import { uiMessage } from '../state/messages.ts';
import type { EditOperation } from '../state/editor.ts';
import { allSlots } from '../state/grid-layout.ts';

/** What is being dragged: an agenda item, a whole row, or one body's cell of a shared row. */
export type DragSource = { kind: 'item'; item: string } | { kind: 'row'; at: RowRef } | { kind: 'cell'; at: RowRef; body: string };

/** Where it goes: a new row at `position` of a slot, an empty cell of a row, or back to the agenda. */
export type DropTarget = { kind: 'gap'; at: SlotRef; position: number } | { kind: 'cell'; at: RowRef; body: string } | { kind: 'unplace' };

const refusal = (key: string, params: Record<string, string | number | Record<string, string>> = {}): EditResult => ({
  ok: false,
  error: uiMessage(key, params),
});

/** Runs operations one after another as one edit; the first refusal stops everything. */
export function chain(...operations: EditOperation[]): EditOperation {
  return (session) => {
    let current = session;
    for (const operation of operations) {
      const result = operation(current);
      if (!result.ok) return result;
      current = result.session;
    }
    return { ok: true, session: current };
  };
}

const unchanged: EditOperation = (session) => ({ ok: true, session });

function rowOf(session: Session, at: RowRef) {
  return session.days.find((d) => d.date === at.date)?.slots[at.slot]?.rows[at.row];
}

function itemOf(session: Session, id: string) {
  return session.items.find((item) => item.id === id);
}

function bodyName(session: Session, id: string) {
  const name = session.bodies.find((b) => b.id === id)?.name ?? {};
  return { en: textIn(name, 'en'), zh: textIn(name, 'zh') };
}

/** An item with partners in other bodies (by its own key or its heading's) goes in as one joint row. */
function isPlacedJointly(session: Session, itemId: string): string | null {
  const joint = discussionKeyOf(session.items, itemId);
  return joint !== undefined && jointPartners(session, joint).length > 1 ? joint : null;
}

function placeNew(itemId: string, at: SlotRef, position: number): EditOperation {
  return (session) => {
    const joint = isPlacedJointly(session, itemId);
    return joint ? placeJointItem(session, { joint, at, position }) : placeItem(session, { item: itemId, at, position });
  };
}

function requireColumn(itemId: string, body: string): EditOperation {
  return (session) => {
    const item = itemOf(session, itemId);
    if (item && item.body !== body) {
      return refusal('refuse.wrongColumn', { number: item.number, body: bodyName(session, item.body), column: bodyName(session, body) });
    }
    return { ok: true, session };
  };
}

const sameSlot = (a: SlotRef, b: SlotRef) => a.date === b.date && a.slot === b.slot;

/** The row `target` names once a whole row at `from` has left its place (the rows after it shift up). */
function afterRowLeaves(from: RowRef, target: RowRef): RowRef {
  return sameSlot(from, target) && from.row < target.row ? { ...target, row: target.row - 1 } : target;
}

/** Where a row lands when it moves to `position` of `to`, counted before it leaves its place. */
function moveRowTo(from: RowRef, to: SlotRef, position: number): EditOperation {
  const landing = afterRowLeaves(from, { ...to, row: position }).row;
  if (sameSlot(from, to) && landing === from.row) return unchanged;
  return (session) => moveRow(session, { from, to, position: landing });
}

/** The row a drop puts what it carries in, for the grid's focus to follow; null for a drop on the agenda. */
export function dropDestination(source: DragSource, target: DropTarget): RowRef | null {
  if (target.kind === 'unplace') return null;
  const at = target.kind === 'gap' ? { ...target.at, row: target.position } : target.at;
  return source.kind === 'row' ? afterRowLeaves(source.at, at) : at;
}

export function dropOperation(source: DragSource, target: DropTarget): EditOperation {
  if (target.kind === 'unplace') {
    if (source.kind === 'row') return (session) => removeRow(session, source.at);
    if (source.kind === 'cell') return (session) => removeFromRow(session, { at: source.at, body: source.body });
    return unchanged;
  }
  if (source.kind === 'item') {
    if (target.kind === 'gap') return placeNew(source.item, target.at, target.position);
    return chain(requireColumn(source.item, target.body), (s) => placeItemInRow(s, { item: source.item, at: target.at }));
  }
  if (target.kind === 'gap') {
    if (source.kind === 'row') return moveRowTo(source.at, target.at, target.position);
    return (session) => {
      const itemId = rowOf(session, source.at)?.[source.body];
      if (itemId === undefined) return refusal('refuse.nothingThere');
      return chain(
        (s) => removeFromRow(s, { at: source.at, body: source.body }),
        (s) => placeItem(s, { item: itemId, at: target.at, position: target.position }),
      )(session);
    };
  }
  // Into an empty cell of another row: only a single body's item fits there.
  return (session) => {
    const row = rowOf(session, source.at);
    const bodies = source.kind === 'cell' ? [source.body] : Object.keys(row ?? {});
    if (!row || bodies.length !== 1) return refusal('refuse.jointIntoCell');
    const itemId = row[bodies[0]!]!;
    const wholeRow = source.kind === 'row';
    // Taking out a whole row shifts the rows after it up by one.
    const landing = wholeRow ? afterRowLeaves(source.at, target.at) : target.at;
    return chain(
      requireColumn(itemId, target.body),
      wholeRow ? (s) => removeRow(s, source.at) : (s) => removeFromRow(s, { at: source.at, body: bodies[0]! }),
      (s) => placeItemInRow(s, { item: itemId, at: landing }),
    )(session);
  };
}

/**
 * Whether each drop target would take `source` in `session`: the drop's own edit is tried,
 * so what a drag highlights is exactly what a drop accepts. Answers are kept per target for
 * the drag (the session does not change during one).
 */
export function dropCheck(session: Session, source: DragSource): (target: DropTarget) => boolean {
  const verdicts = new Map<string, boolean>();
  return (target) => {
    const key = JSON.stringify(target);
    let accepted = verdicts.get(key);
    if (accepted === undefined) {
      accepted = dropOperation(source, target)(session).ok;
      verdicts.set(key, accepted);
    }
    return accepted;
  };
}

/** Takes the items of a chip out of their row; a row left empty goes with them. */
export function removeChip(at: RowRef, bodies: readonly string[]): EditOperation {
  return (session) => {
    const row = rowOf(session, at);
    if (!row) return refusal('refuse.nothingThere');
    if (Object.keys(row).every((body) => bodies.includes(body))) return removeRow(session, at);
    return chain(...bodies.map((body) => (s: Session) => removeFromRow(s, { at, body })))(session);
  };
}

export interface RowMove {
  operation: EditOperation;
  /** Where the row is afterwards, for the focus to follow it. */
  destination: RowRef;
}

/**
 * One step up or down: within the slot, or across its edge into the previous slot (as
 * its last row) or the next one (as its first). With `wholeSlot`, straight to the adjacent slot.
 */
export function moveRowStep(session: Session, at: RowRef, direction: -1 | 1, wholeSlot = false): RowMove | EditResult {
  const rows = session.days.find((d) => d.date === at.date)?.slots[at.slot]?.rows.length ?? 0;
  const within = at.row + direction;
  if (!wholeSlot && within >= 0 && within < rows) {
    return { operation: (s) => moveRow(s, { from: at, to: at, position: within }), destination: { ...at, row: within } };
  }
  const slots = allSlots(session);
  const here = slots.findIndex((s) => s.date === at.date && s.slot === at.slot);
  const next = slots[here + direction];
  if (!next) return refusal(direction < 0 ? 'refuse.noEarlierSlot' : 'refuse.noLaterSlot');
  const targetRows = session.days.find((d) => d.date === next.date)?.slots[next.slot]?.rows.length ?? 0;
  const position = direction < 0 ? targetRows : 0;
  return { operation: (s) => moveRow(s, { from: at, to: next, position }), destination: { ...next, row: position } };
}

/**
 * Pairs an item with `partner` (an item of another body) as one joint discussion, or unpairs
 * it. A sub-item joint through its heading is paired elsewhere by giving it and its new
 * partner a key of their own, which overrides the heading's (see joint-discussions.ts).
 */
export function setJointPartner(itemId: string, partnerBody: string, partnerId: string | null): EditOperation {
  return (session) => {
    const item = itemOf(session, itemId);
    if (!item) return refusal('refuse.nothingThere');
    const discussion = jointDiscussions(session.items);
    const key = discussion.keyOf.get(item.id);
    const group = key === undefined ? [] : (discussion.groups.get(key) ?? []);
    const current = group.find((p) => p.body === partnerBody);
    if ((current?.id ?? null) === partnerId) return { ok: true, session };
    if (partnerId === null && discussion.inherited.has(item.id)) {
      const heading = parentNumber(item.number) ?? item.number;
      return refusal('refuse.jointThroughHeading', { number: item.number, heading });
    }
    const steps: EditOperation[] = [];
    if (current && !discussion.inherited.has(current.id)) steps.push((s) => editItem(s, current.id, { joint: undefined }));
    if (partnerId === null) {
      // Alone in its joint key now: the item is no longer joint.
      const others = group.filter((p) => p.id !== item.id && p.id !== current?.id);
      if (others.length === 0) steps.push((s) => editItem(s, item.id, { joint: undefined }));
      return chain(...steps)(session);
    }
    const partner = itemOf(session, partnerId);
    if (!partner) return refusal('refuse.nothingThere');
    const taken = session.items.flatMap((it) => (it.joint ? [it.joint] : []));
    const newKey = item.joint ?? partner.joint ?? uniqueId(`joint-${item.id}`, taken);
    steps.push((s) => editItem(s, item.id, { joint: newKey }), (s) => editItem(s, partner.id, { joint: newKey }));
    return chain(...steps)(session);
  };
}
