// Runs everywhere (shared). Bodies, their agenda items, and the session's own fields.
import type { Draft } from 'immer';
import type { Body, Item, LangText, Session } from '../../model/types.ts';
import { edit, refuse, uniqueId, type EditResult } from '../edit.ts';
import { bodyAt, describeItem, itemAt, requireDate } from '../refs.ts';

const hasText = (text: LangText | undefined) => Object.values(text ?? {}).some((v) => typeof v === 'string' && v.trim() !== '');

function requireBodyDates(body: Pick<Body, 'from' | 'to'>): void {
  requireDate(body.from);
  requireDate(body.to);
  if (body.from > body.to) refuse('reversedDates', { from: body.from, to: body.to });
}

function requireFreeNumber(session: Draft<Session>, body: string, number: string, self?: string): void {
  if (number.trim() === '') refuse('emptyText', { field: { en: 'The item number', zh: '项目编号' } });
  if (session.items.some((it) => it.body === body && it.number === number && it.id !== self)) {
    refuse('numberTaken', { body: bodyAt(session, body).name, number });
  }
}

function requireItemFields(item: Pick<Item, 'joint' | 'documents'>): void {
  if (item.joint !== undefined && item.joint.trim() === '') refuse('emptyText', { field: { en: 'The joint key', zh: '联合标识' } });
  if (item.documents?.some((doc) => doc.symbol.trim() === '')) {
    refuse('emptyText', { field: { en: 'A document symbol', zh: '文件编号' } });
  }
}

/** "See the annotation of item X" must name an item of another body, or the document would refer to nothing. */
function requireOtherBodysItem(session: Draft<Session>, body: string, target: string): void {
  const referred = itemAt(session, target);
  if (referred.body === body) refuse('seeAnnotationSameBody', describeItem(session, referred));
}

/** Takes every cell naming one of `itemIds` out of the schedule; rows left empty go too. */
function unplace(draft: Draft<Session>, itemIds: ReadonlySet<string>): void {
  for (const day of draft.days) {
    for (const slot of day.slots) {
      for (const row of slot.rows) {
        for (const [bodyId, itemId] of Object.entries(row)) if (itemIds.has(itemId)) delete row[bodyId];
      }
      slot.rows = slot.rows.filter((row) => Object.keys(row).length > 0);
    }
  }
}

export type NewBody = Omit<Body, 'id'> & { id?: string };

export function addBody(session: Session, body: NewBody): EditResult {
  return edit(session, (draft) => {
    if (!hasText(body.name)) refuse('emptyText', { field: { en: 'The body name', zh: '机构名称' } });
    requireBodyDates(body);
    const taken = draft.bodies.map((b) => b.id);
    if (body.id && taken.includes(body.id)) refuse('idTaken', { id: body.id });
    const id = body.id || uniqueId(body.name.en ?? 'body', taken);
    draft.bodies.push({ ...body, id });
    return id;
  });
}

export function editBody(session: Session, id: string, patch: Partial<Omit<Body, 'id'>>): EditResult {
  return edit(session, (draft) => {
    const body = bodyAt(draft, id);
    const next = { ...body, ...patch, id };
    if (!hasText(next.name)) refuse('emptyText', { field: { en: 'The body name', zh: '机构名称' } });
    requireBodyDates(next);
    Object.assign(body, patch);
  });
}

/** Removes a body with its items and every placement of them. */
export function removeBody(session: Session, id: string): EditResult {
  return edit(session, (draft) => {
    const body = bodyAt(draft, id);
    const itemIds = new Set(draft.items.filter((it) => it.body === id).map((it) => it.id));
    unplace(draft, itemIds);
    draft.items = draft.items.filter((it) => it.body !== id);
    draft.bodies.splice(draft.bodies.indexOf(body), 1);
  });
}

export type NewItem = Omit<Item, 'id'> & { id?: string };

export function addItem(session: Session, item: NewItem): EditResult {
  return edit(session, (draft) => {
    bodyAt(draft, item.body);
    requireFreeNumber(draft, item.body, item.number);
    const taken = draft.items.map((it) => it.id);
    requireItemFields(item);
    if (item.id && taken.includes(item.id)) refuse('idTaken', { id: item.id });
    const id = item.id || uniqueId(`${item.body}-${item.number}`, taken);
    draft.items.push({ ...item, id });
    return id;
  });
}

export function editItem(session: Session, id: string, patch: Partial<Omit<Item, 'id'>>): EditResult {
  return edit(session, (draft) => {
    const item = itemAt(draft, id);
    const next = { ...item, ...patch };
    bodyAt(draft, next.body);
    if (next.body !== item.body) {
      const placed = draft.days.some((d) => d.slots.some((s) => s.rows.some((r) => Object.values(r).includes(id))));
      if (placed) refuse('bodyChangePlaced', describeItem(draft, item));
    }
    requireFreeNumber(draft, next.body, next.number, id);
    requireItemFields(next);
    if (next.seeAnnotationOf !== undefined) requireOtherBodysItem(draft, next.body, next.seeAnnotationOf);
    for (const [key, value] of Object.entries(patch)) {
      // undefined in a patch clears an optional field (an annex title no longer wanted).
      if (value === undefined) delete (item as Record<string, unknown>)[key];
      else (item as Record<string, unknown>)[key] = value;
    }
  });
}

/** Removes an item and every placement of it. */
export function removeItem(session: Session, id: string): EditResult {
  return edit(session, (draft) => {
    const item = itemAt(draft, id);
    unplace(draft, new Set([id]));
    draft.items.splice(draft.items.indexOf(item), 1);
  });
}

export type SessionFields = Partial<
  Pick<
    Session,
    | 'title'
    | 'venue'
    | 'timeZone'
    | 'languages'
    | 'meetingFormat'
    | 'parallelLimit'
    | 'displayTimeZones'
    | 'annex'
    | 'convener'
    | 'issued'
    | 'distribution'
    | 'originalLanguage'
    | 'conventions'
  >
>;

/** What the file format refuses must not get in through an edit, or the saved file would not open. */
function requireSessionFields(patch: SessionFields): void {
  const limit = patch.parallelLimit;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1)) refuse('badParallelLimit', { value: limit });
  if (patch.displayTimeZones?.some((zone) => zone.trim() === '')) refuse('emptyText', { field: { en: 'A time zone', zh: '时区' } });
  if (patch.issued !== undefined) requireDate(patch.issued);
}

export function editSession(session: Session, patch: SessionFields): EditResult {
  return edit(session, (draft) => {
    requireSessionFields(patch);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) delete (draft as Record<string, unknown>)[key];
      else (draft as Record<string, unknown>)[key] = value;
    }
  });
}
