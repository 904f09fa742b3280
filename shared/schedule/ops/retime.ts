// Runs everywhere (shared). Retiming the meetings of a session, or of chosen days, from a
// slot template (in person 10–13/15–18, hybrid 12–14/16–18, or times of the user's own): one
// edit, so one undo step, whatever the number of meetings. What is placed in a slot stays.
import { minutesOf } from '../../model/calendar.ts';
import type { Session } from '../../model/types.ts';
import { edit, refuse, type EditResult } from '../edit.ts';
import { dayAt, requireTimes } from '../refs.ts';
import { sortSlots, type SlotTimes } from './days.ts';

export interface RetimeArgs {
  /** The times of a day's meetings, in any order; they must not overlap. */
  template: readonly SlotTimes[];
  /** The days to retime; all of them when absent. */
  dates?: readonly string[];
}

const distance = (a: SlotTimes, b: SlotTimes) => Math.abs(minutesOf(a.start) - minutesOf(b.start));

/**
 * Which of the template's times (indexes into `template`, in order) each of a day's slots
 * takes: a day with as many slots as the template takes them in order; a day with fewer takes
 * those nearest its own start times, in order (an afternoon-only day keeps an afternoon
 * meeting). Null when the day has more slots than the template has times.
 */
export function templateFit(slots: readonly SlotTimes[], template: readonly SlotTimes[]): number[] | null {
  if (slots.length > template.length) return null;
  let best: { cost: number; picks: number[] } | null = null;
  const choose = (slot: number, from: number, picks: number[], cost: number) => {
    if (best && cost >= best.cost) return;
    if (slot === slots.length) {
      best = { cost, picks: [...picks] };
      return;
    }
    // Leave room for the slots still to come.
    for (let t = from; t <= template.length - (slots.length - slot); t++) {
      picks.push(t);
      choose(slot + 1, t + 1, picks, cost + distance(slots[slot]!, template[t]!));
      picks.pop();
    }
  };
  choose(0, 0, [], 0);
  return (best as { picks: number[] } | null)?.picks ?? null;
}

/** The template's times in time order; refused when a time is invalid or two overlap. */
function orderedTemplate(template: readonly SlotTimes[]): SlotTimes[] {
  if (template.length === 0) refuse('templateEmpty');
  for (const times of template) requireTimes(times.start, times.end);
  const ordered = [...template].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  ordered.forEach((times, i) => {
    const before = ordered[i - 1];
    if (before && minutesOf(times.start) < minutesOf(before.end)) refuse('templateOverlap', { first: `${before.start}–${before.end}`, second: `${times.start}–${times.end}` });
  });
  return ordered;
}

/** Gives the meetings of `dates` (default: every day) the template's times. Slots already at those times are left as they are. */
export function retimeDays(session: Session, args: RetimeArgs): EditResult {
  return edit(session, (draft) => {
    const template = orderedTemplate(args.template);
    const days = args.dates ? args.dates.map((date) => dayAt(draft, date)) : draft.days;
    for (const day of days) {
      const ordered = [...day.slots].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
      const fit = templateFit(ordered, template);
      if (!fit) refuse('templateTooFewSlots', { date: day.date, slots: day.slots.length, times: template.length });
      ordered.forEach((slot, i) => {
        const times = template[fit[i]!]!;
        // Assigning an equal value leaves the draft unchanged: a day already on the template is no edit.
        slot.start = times.start;
        slot.end = times.end;
      });
      sortSlots(day.slots);
    }
  });
}

/** How many meetings `retimeDays` would give other times (0: nothing to do), or its refusal. */
export function retimedCount(session: Session, args: RetimeArgs): { ok: true; count: number; session: Session } | Extract<EditResult, { ok: false }> {
  const result = retimeDays(session, args);
  if (!result.ok) return result;
  let count = 0;
  session.days.forEach((day, d) => {
    const after = result.session.days[d]!;
    if (after === day) return;
    // Immer keeps a slot it did not change: a new object is a retimed meeting.
    count += after.slots.filter((slot) => !day.slots.includes(slot)).length;
  });
  return { ok: true, count, session: result.session };
}
