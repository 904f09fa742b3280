// Runs everywhere (shared). What the new-session wizard builds from the officer's choices: the
// bodies with their names, meetings, symbols and dates, the days those dates cover with the
// slots of an in-person or a hybrid week, and (if asked) the standard skeleton agenda of each
// body in both languages. One pure function, so the wizard and its tests build the same thing.
import type { LangText, MeetingFormat, Session } from '../model/types.ts';
import { refuse, Refusal, uniqueId, type EditResult } from './edit.ts';
import { newSession } from './new-session.ts';
import { addBody, addItem } from './ops/agenda.ts';
import { requireDate } from './refs.ts';
import { SLOT_TEMPLATES } from './ops/days.ts';
import { skeletonAgenda } from './wizard.ts';

export interface WizardBody {
  name: LangText;
  meeting?: LangText;
  symbol?: string;
  /** First and last day the body meets (YYYY-MM-DD). */
  from: string;
  to: string;
}

export interface NewSessionChoices {
  /** A fresh id for the session (shared/ has no randomness of its own). */
  id: string;
  bodies: readonly WizardBody[];
  /** Give each body the standard skeleton agenda, in both languages. */
  skeleton: boolean;
  /** The slot template of every day: in person 10:00–13:00 and 15:00–18:00, hybrid two-hour slots. */
  format: MeetingFormat;
  /** Where the bodies meet, and the venue's IANA time zone ("Europe/Vienna"). */
  venue?: LangText;
  timeZone?: string;
}

const trimmed = (text: LangText | undefined): LangText =>
  Object.fromEntries(Object.entries(text ?? {}).flatMap(([lang, value]) => (value?.trim() ? [[lang, value.trim()]] : [])));

/** "wg3" for CTOC/COP/WG.3/2017/1: the part of the symbol that tells bodies apart; else from the English name. */
export function bodyIdFor(body: Pick<WizardBody, 'name' | 'symbol'>, taken: readonly string[]): string {
  const part = body.symbol?.split('/').find((segment) => /^[A-Z]+\.\d+$/.test(segment));
  return uniqueId(part ? part.replace(/[^A-Za-z0-9]/g, '') : (body.name.en ?? 'body'), taken);
}

/** The session the wizard's choices describe, or why it cannot be built (the first refusal). */
export function buildNewSession(choices: NewSessionChoices): EditResult {
  try {
    if (choices.bodies.length === 0) refuse('lastBody');
    for (const body of choices.bodies) {
      requireDate(body.from);
      requireDate(body.to);
      if (body.from > body.to) refuse('reversedDates', { from: body.from, to: body.to });
    }
    const from = choices.bodies.map((body) => body.from).sort()[0]!;
    const to = choices.bodies.map((body) => body.to).sort().at(-1)!;
    let session: Session = newSession({ id: choices.id, bodies: 0, from, to, slots: SLOT_TEMPLATES[choices.format] });
    if (choices.format === 'hybrid') session = { ...session, meetingFormat: 'hybrid' };
    const venue = trimmed(choices.venue);
    if (Object.keys(venue).length > 0) session = { ...session, venue };
    if (choices.timeZone?.trim()) session = { ...session, timeZone: choices.timeZone.trim() };
    for (const body of choices.bodies) {
      const meeting = trimmed(body.meeting);
      const symbol = body.symbol?.trim();
      const name = trimmed(body.name);
      const id = bodyIdFor({ name, ...(symbol ? { symbol } : {}) }, session.bodies.map((b) => b.id));
      const added = addBody(session, {
        id,
        name,
        ...(Object.keys(meeting).length > 0 ? { meeting } : {}),
        ...(symbol ? { symbol } : {}),
        from: body.from,
        to: body.to,
      });
      if (!added.ok) return added;
      session = added.session;
      if (!choices.skeleton) continue;
      for (const item of skeletonAgenda()) {
        const result = addItem(session, { body: id, number: item.number, title: item.title });
        if (!result.ok) return result;
        session = result.session;
      }
    }
    return { ok: true, session };
  } catch (error) {
    // newSession and requireDate refuse by throwing; the wizard shows the reason instead.
    if (error instanceof Refusal) return { ok: false, error: error.reason };
    throw error;
  }
}

/** "CTOC/COP/WG.3/2017/1" in `year`: only a part that is a year changes ("…/2018/1"). */
export function symbolInYear(symbol: string, year: string): string {
  return symbol
    .split('/')
    .map((part) => (/^(19|20)\d\d$/.test(part) ? year : part))
    .join('/');
}

/** "CTOC/COP/WG.3/" for "CTOC/COP/WG.3/2017/1": the series a symbol belongs to, whatever the year. */
export function symbolPrefix(symbol: string): string {
  const parts = symbol.split('/');
  const year = parts.findIndex((part) => /^(19|20)\d\d$/.test(part));
  return year > 0 ? `${parts.slice(0, year).join('/')}/` : symbol;
}
