// Runs everywhere (shared). Who meets when: the meetings of each slot, for calendars. A body
// meets in a slot when it has an item in one of its rows. Bodies whose every row in the slot
// is a joint row of exactly the same bodies hold one joint meeting; a body that also takes
// items on its own in that slot (say, opens its meeting before the joint discussion starts)
// has a meeting of its own, in which its joint items are listed with the rest.
import type { Item, Session } from '../model/types.ts';
import { jointDiscussions } from './joint-discussions.ts';

export interface Meeting {
  date: string;
  start: string;
  end: string;
  /** Where the slot is in the session: `session.days[day].slots[slot]`. */
  day: number;
  slot: number;
  /** In the order of the session's bodies; more than one for a joint meeting. */
  bodyIds: string[];
  /** The rows of the slot this meeting takes up, in order. */
  rows: number[];
}

/**
 * The bodies of one row, grouped: those whose items are one joint discussion together (the
 * key `jointKeyOf` gives, see joint-discussions.ts), the rest alone.
 */
export function rowGroups(
  row: Record<string, string>,
  bodyIds: readonly string[],
  items: ReadonlyMap<string, Item>,
  jointKeyOf: ReadonlyMap<string, string>,
): string[][] {
  const byKey = new Map<string, string[]>();
  const groups: string[][] = [];
  for (const bodyId of bodyIds) {
    const item = row[bodyId] === undefined ? undefined : items.get(row[bodyId]);
    if (!item) continue;
    const key = jointKeyOf.get(item.id);
    if (key === undefined) {
      groups.push([bodyId]);
      continue;
    }
    const group = byKey.get(key);
    if (group) group.push(bodyId);
    else {
      const fresh = [bodyId];
      byKey.set(key, fresh);
      groups.push(fresh);
    }
  }
  return groups;
}

export function sessionMeetings(session: Session): Meeting[] {
  const items = new Map(session.items.map((item) => [item.id, item]));
  const { keyOf } = jointDiscussions(session.items);
  const bodyIds = session.bodies.map((body) => body.id);
  const meetings: Meeting[] = [];
  session.days.forEach((day, d) => {
    day.slots.forEach((slot, s) => {
      // body -> the group it sits in on each of its rows
      const seen = new Map<string, { rows: number[]; groups: string[] }>();
      slot.rows.forEach((row, r) => {
        for (const group of rowGroups(row, bodyIds, items, keyOf)) {
          for (const bodyId of group) {
            const entry = seen.get(bodyId) ?? { rows: [], groups: [] };
            entry.rows.push(r);
            entry.groups.push(group.length > 1 ? group.join('\u0000') : '');
            seen.set(bodyId, entry);
          }
        }
      });
      const placed = new Set<string>();
      for (const bodyId of bodyIds) {
        const entry = seen.get(bodyId);
        if (!entry || placed.has(bodyId)) continue;
        const only = entry.groups.every((g) => g !== '' && g === entry.groups[0]) ? entry.groups[0]! : '';
        const partners = only ? only.split('\u0000') : [bodyId];
        // Joint only when every partner, too, meets in nothing but that group.
        const allJoint = partners.every((p) => {
          const other = seen.get(p);
          return other !== undefined && other.groups.every((g) => g === only);
        });
        const members = allJoint ? partners : [bodyId];
        for (const member of members) placed.add(member);
        meetings.push({ date: day.date, start: slot.start, end: slot.end, day: d, slot: s, bodyIds: members, rows: entry.rows });
      }
    });
  });
  return meetings;
}
