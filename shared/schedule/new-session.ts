// Runs everywhere (shared). An empty back-to-back week to start from: N bodies meeting
// over the same weekdays, two standard meetings a day, no items yet.
import { eachDayOfInterval, isWeekend } from 'date-fns';
import { LANGS, label } from '../i18n.ts';
import { dateOf, isoDate } from '../model/calendar.ts';
import { CURRENT_VERSION, SESSION_FORMAT, type LangText, type Session } from '../model/types.ts';
import { refuse } from './edit.ts';
import { STANDARD_SLOTS, type SlotTimes } from './ops/days.ts';
import { requireDate } from './refs.ts';

export interface NewSessionOptions {
  /** A fresh UUID; passed in because shared/ has no source of randomness of its own. */
  id: string;
  bodies: number;
  from: string;
  to: string;
  /** The meeting slots of each day; the standard two (10:00–13:00, 15:00–18:00) unless given. */
  slots?: readonly SlotTimes[];
}

function bilingual(key: string, params: Record<string, string | number> = {}): LangText {
  return Object.fromEntries(LANGS.map((lang) => [lang, label(key, lang, params)]));
}

/** The weekdays from `from` to `to`, both included. */
export function weekdaysBetween(from: string, to: string): string[] {
  requireDate(from);
  requireDate(to);
  if (from > to) refuse('reversedDates', { from, to });
  return eachDayOfInterval({ start: dateOf(from), end: dateOf(to) })
    .filter((d) => !isWeekend(d))
    .map(isoDate);
}

/** Throws a Refusal (see edit.ts) when the dates are not a usable range. */
export function newSession(options: NewSessionOptions): Session {
  const dates = weekdaysBetween(options.from, options.to);
  if (dates.length === 0) refuse('noWeekdays', { from: options.from, to: options.to });
  return {
    format: SESSION_FORMAT,
    version: CURRENT_VERSION,
    id: options.id,
    title: bilingual('doc:placeholder.title'),
    annex: { showYear: false, markJoint: true },
    bodies: Array.from({ length: options.bodies }, (_, i) => ({
      id: `wg${i + 1}`,
      name: bilingual('doc:placeholder.body', { n: i + 1 }),
      meeting: bilingual('doc:placeholder.meeting'),
      from: dates[0]!,
      to: dates.at(-1)!,
    })),
    items: [],
    days: dates.map((date) => ({ date, slots: (options.slots ?? STANDARD_SLOTS).map((t) => ({ start: t.start, end: t.end, rows: [] })) })),
  };
}
