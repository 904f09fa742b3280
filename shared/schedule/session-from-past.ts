// Runs everywhere (shared). "Start from a past session": last year's session as this year's
// draft. Every date moves by the same whole number of weeks, into the week of `from`, so each
// day keeps its weekday (a Monday opening stays a Monday); each body's meeting becomes the
// next of its series (eighth → ninth, in both languages) and the year in its document symbol
// follows its dates (CTOC/COP/WG.3/2017/1 → …/2018/1). Ids, items and placements stay as they
// were, so the week is planned as it was last time. Items' document lists are left out: they
// are the past meeting's documents; annotations are kept as the text to revise.
import { addWeeks, differenceInCalendarWeeks } from 'date-fns';
import { produce } from 'immer';
import { dateOf, isoDate } from '../model/calendar.ts';
import type { Session } from '../model/types.ts';
import { requireDate } from './refs.ts';
import { proposeNextMeeting } from './wizard.ts';

export interface FromPastOptions {
  /** A day of the week the new session is held in, e.g. its first day (YYYY-MM-DD). */
  from: string;
  /** A fresh UUID for the new session. */
  id: string;
}

const WEEK_STARTS_ON_MONDAY = { weekStartsOn: 1 } as const;

/** The first date the session uses: the earliest of its bodies' first days and its days. */
function firstDate(session: Session): string | undefined {
  return [...session.bodies.map((body) => body.from), ...session.days.map((day) => day.date)].sort()[0];
}

/** "CTOC/COP/WG.3/2017/1" with 2017 as `year`: only a part of the symbol that is exactly the old year changes. */
function symbolInYear(symbol: string, oldYear: string, year: string): string {
  return symbol
    .split('/')
    .map((part) => (part === oldYear ? year : part))
    .join('/');
}

/** Throws a Refusal (see edit.ts) when `from` is not a calendar date. */
export function sessionFromPast(past: Session, options: FromPastOptions): Session {
  requireDate(options.from);
  const start = firstDate(past) ?? options.from;
  const weeks = differenceInCalendarWeeks(dateOf(options.from), dateOf(start), WEEK_STARTS_ON_MONDAY);
  const shift = (date: string) => isoDate(addWeeks(dateOf(date), weeks));
  return produce(past, (draft) => {
    draft.id = options.id;
    if (draft.issued !== undefined) draft.issued = shift(draft.issued);
    for (const body of draft.bodies) {
      const [oldYear, from] = [body.from.slice(0, 4), shift(body.from)];
      if (body.symbol !== undefined) body.symbol = symbolInYear(body.symbol, oldYear, from.slice(0, 4));
      [body.from, body.to] = [from, shift(body.to)];
      const next = body.meeting && proposeNextMeeting(body.meeting);
      if (next) body.meeting = next;
    }
    for (const item of draft.items) delete item.documents;
    for (const day of draft.days) day.date = shift(day.date);
  });
}
