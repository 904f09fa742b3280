// Runs everywhere (shared). A session looked up once for every rule: items, placements per
// item and per body, agendas in order, sub-items, joint groups. The rules run on each edit
// while the officer types, so each of them reads these maps instead of scanning the session.
import type { DocLang } from '../i18n.ts';
import { sessionLanguages } from '../model/languages.ts';
import type { Body, Item, Row, Session } from '../model/types.ts';
import { inAgendaOrder, parentNumber } from '../schedule/agenda-numbers.ts';
import { jointDiscussions } from '../schedule/joint-discussions.ts';

/** One cell of the grid: an item in a row. */
export interface Placement {
  item: string;
  body: string;
  /** Indexes into session.days, day.slots and slot.rows. */
  day: number;
  slot: number;
  row: number;
  /** Position of the slot and of the row in the whole schedule, in the order the annex shows them. */
  slotSeq: number;
  rowSeq: number;
}

export interface SessionIndex {
  session: Session;
  /** The languages the session declares for its documents. */
  languages: readonly DocLang[];
  bodies: ReadonlyMap<string, Body>;
  /** Body ids in the order of the annex columns. */
  bodyIds: readonly string[];
  items: ReadonlyMap<string, Item>;
  /** Each item's placements in schedule order; none for an item never placed. */
  placementsOfItem: ReadonlyMap<string, readonly Placement[]>;
  /** Each body's placements in schedule order. */
  placementsOfBody: ReadonlyMap<string, readonly Placement[]>;
  /** Each body's items in agenda order (by number, then file order). */
  agendas: ReadonlyMap<string, readonly Item[]>;
  /** item id -> its direct sub-items ("1" -> "1(a)", "1(b)"). */
  subItems: ReadonlyMap<string, readonly Item[]>;
  /** item id -> the item it is a sub-item of. */
  parents: ReadonlyMap<string, Item>;
  /** joint discussion -> its items, in file order: a shared key, or sub-items joint through their headings. */
  jointGroups: ReadonlyMap<string, readonly Item[]>;
  /** item id -> its joint discussion (see jointGroups); items on their own are absent. */
  jointKeyOf: ReadonlyMap<string, string>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function placements(session: Session): { ofItem: Map<string, Placement[]>; ofBody: Map<string, Placement[]> } {
  const ofItem = new Map<string, Placement[]>();
  const ofBody = new Map<string, Placement[]>();
  let slotSeq = 0;
  let rowSeq = 0;
  session.days.forEach((day, d) => {
    day.slots.forEach((slot, s) => {
      slot.rows.forEach((row, r) => {
        for (const [body, item] of Object.entries(row)) {
          const placement: Placement = { item, body, day: d, slot: s, row: r, slotSeq, rowSeq };
          push(ofItem, item, placement);
          push(ofBody, body, placement);
        }
        rowSeq++;
      });
      slotSeq++;
    });
  });
  return { ofItem, ofBody };
}

function agendaStructure(session: Session) {
  const itemsOfBody = new Map<string, Item[]>();
  const byNumber = new Map<string, Item>();
  for (const item of session.items) {
    push(itemsOfBody, item.body, item);
    byNumber.set(`${item.body}\n${item.number.trim()}`, item);
  }
  const agendas = new Map([...itemsOfBody].map(([body, items]) => [body, inAgendaOrder(items)]));

  const subItems = new Map<string, Item[]>();
  const parents = new Map<string, Item>();
  for (const agenda of agendas.values()) {
    for (const item of agenda) {
      const number = parentNumber(item.number);
      const parent = number === null ? undefined : byNumber.get(`${item.body}\n${number}`);
      if (!parent) continue;
      parents.set(item.id, parent);
      push(subItems, parent.id, item);
    }
  }
  return { agendas, subItems, parents };
}

export function indexSession(session: Session): SessionIndex {
  const { ofItem, ofBody } = placements(session);
  const joint = jointDiscussions(session.items);
  return {
    session,
    languages: sessionLanguages(session),
    bodies: new Map(session.bodies.map((body) => [body.id, body])),
    bodyIds: session.bodies.map((body) => body.id),
    items: new Map(session.items.map((item) => [item.id, item])),
    placementsOfItem: ofItem,
    placementsOfBody: ofBody,
    ...agendaStructure(session),
    jointGroups: joint.groups,
    jointKeyOf: joint.keyOf,
  };
}

/** The item, then the headings above it: "1(a)(i)", "1(a)", "1". */
export function* selfAndHeadings(index: SessionIndex, item: Item): Generator<Item> {
  for (let current: Item | undefined = item; current; current = index.parents.get(current.id)) yield current;
}

/** Whether the item or one of the headings above it is placed: then the item is on the schedule. */
export function isCovered(index: SessionIndex, item: Item): boolean {
  for (const current of selfAndHeadings(index, item)) if (index.placementsOfItem.has(current.id)) return true;
  return false;
}

export function rowOf(index: SessionIndex, placement: Placement): Row {
  return index.session.days[placement.day]!.slots[placement.slot]!.rows[placement.row]!;
}
