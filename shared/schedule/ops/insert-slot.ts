// Runs everywhere (shared). Inserting a new, empty meeting before or after one of a day's
// meetings, in the free time there — the times are proposed, so a person only says where.
import { minutesOf, timeOfMinutes } from '../../model/calendar.ts';
import { HYBRID_MAX_MINUTES, SERVICE_HOURS } from '../../rules/time.ts';
import type { Session } from '../../model/types.ts';
import { edit, refuse, type EditResult } from '../edit.ts';
import { dayAt, slotAt, type SlotRef } from '../refs.ts';
import { sortSlots } from './days.ts';

/** A meeting shorter than this is no meeting: with less free time, the insertion is refused. */
export const MIN_MEETING_MINUTES = 30;

export type SlotSide = 'before' | 'after';

/**
 * Adds an empty meeting beside `slot`: as long as that meeting (two hours at most when the
 * session is hybrid), right before or after it, within the free time between it and its
 * neighbour (or the edge of conference services' hours: 08:00–22:00). Where less than
 * half an hour is free, it refuses and says so. Returns the new slot's index in `created`.
 */
export function insertSlot(session: Session, args: SlotRef & { side: SlotSide }): EditResult {
  return edit(session, (draft) => {
    const day = dayAt(draft, args.date);
    const at = slotAt(draft, args);
    const [start, end] = [minutesOf(at.start), minutesOf(at.end)];
    const others = day.slots.filter((s) => s !== at);
    let length = end - start;
    if (draft.meetingFormat === 'hybrid') length = Math.min(length, HYBRID_MAX_MINUTES);
    let from: number;
    let to: number;
    if (args.side === 'before') {
      // The free time ends where this meeting starts and begins where the last earlier one ends.
      const edge = Math.max(minutesOf(SERVICE_HOURS.start), ...others.filter((s) => minutesOf(s.start) < start).map((s) => minutesOf(s.end)));
      to = start;
      from = Math.max(edge, to - length);
    } else {
      const edge = Math.min(minutesOf(SERVICE_HOURS.end), ...others.filter((s) => minutesOf(s.start) >= start).map((s) => minutesOf(s.start)));
      from = end;
      to = Math.min(edge, from + length);
    }
    if (to - from < MIN_MEETING_MINUTES) refuse(args.side === 'before' ? 'noRoomBefore' : 'noRoomAfter', { date: args.date, start: at.start, end: at.end, minutes: MIN_MEETING_MINUTES });
    const slot = { start: timeOfMinutes(from), end: timeOfMinutes(to), rows: [] };
    day.slots.push(slot);
    sortSlots(day.slots);
    return String(day.slots.indexOf(slot));
  });
}
