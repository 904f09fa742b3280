// Runs everywhere (shared). The library of revisions (every session this computer saved or
// opened) seen as the wizard needs it: the past sessions to start from, one entry per session
// (its latest revision), and the bodies they hold with their latest meeting, so the next one
// is proposed in both languages (eighth → ninth, 第八次会议 → 第九次会议).
import type { LangText, Session } from '../model/types.ts';
import { proposeNextMeeting } from './wizard.ts';
import { symbolPrefix } from './wizard-session.ts';

/** One revision of the library, parsed. */
export interface LibraryRevision {
  revision: string;
  session: Session;
  /** When this computer first saw it (ISO instant). */
  seen: string;
}

export interface PastSessionEntry {
  revision: string;
  title: LangText;
  bodies: { name: LangText; symbol?: string }[];
  /** First and last day of the session (YYYY-MM-DD); empty when it has no days or bodies. */
  from: string;
  to: string;
  seen: string;
}

export interface LibraryBody {
  /** What tells one body from another across sessions: its symbol series, else its name. */
  key: string;
  name: LangText;
  /** Its latest meeting as the library knows it, and the one after it (null when no ordinal is named). */
  meeting?: LangText;
  nextMeeting: LangText | null;
  /** The symbol of its latest meeting, and the series ("CTOC/COP/WG.3/"). */
  symbol?: string;
  symbolPrefix?: string;
  /** The dates of its latest meeting. */
  from: string;
  to: string;
  /** Where and in which time zone its latest meeting was held, as a starting point for the next. */
  venue?: LangText;
  timeZone?: string;
}

function datesOf(session: Session): { from: string; to: string } {
  const dates = [...session.bodies.flatMap((body) => [body.from, body.to]), ...session.days.map((day) => day.date)].sort();
  return { from: dates[0] ?? '', to: dates.at(-1) ?? '' };
}

/** The latest revision of each session (by session id), latest session first. */
export function latestRevisions(revisions: readonly LibraryRevision[]): LibraryRevision[] {
  const latest = new Map<string, LibraryRevision>();
  for (const entry of revisions) {
    const known = latest.get(entry.session.id);
    if (!known || entry.seen >= known.seen) latest.set(entry.session.id, entry);
  }
  return [...latest.values()].sort((a, b) => datesOf(b.session).from.localeCompare(datesOf(a.session).from) || b.seen.localeCompare(a.seen));
}

export function pastSessionEntries(revisions: readonly LibraryRevision[]): PastSessionEntry[] {
  return latestRevisions(revisions).map(({ revision, session, seen }) => ({
    revision,
    title: session.title,
    bodies: session.bodies.map((body) => ({ name: body.name, ...(body.symbol ? { symbol: body.symbol } : {}) })),
    ...datesOf(session),
    seen,
  }));
}

const bodyKey = (body: Session['bodies'][number]) => (body.symbol ? symbolPrefix(body.symbol) : (body.name.en ?? body.name.zh ?? body.id).trim().toLowerCase());

/** Every body of the library once, at its latest meeting (latest dates), in the order of their names. */
export function libraryBodies(revisions: readonly LibraryRevision[]): LibraryBody[] {
  const latest = new Map<string, LibraryBody>();
  for (const { session } of latestRevisions(revisions)) {
    for (const body of session.bodies) {
      const key = bodyKey(body);
      const known = latest.get(key);
      if (known && known.from >= body.from) continue;
      latest.set(key, {
        key,
        name: body.name,
        ...(body.meeting ? { meeting: body.meeting } : {}),
        nextMeeting: body.meeting ? proposeNextMeeting(body.meeting) : null,
        ...(body.symbol ? { symbol: body.symbol, symbolPrefix: symbolPrefix(body.symbol) } : {}),
        from: body.from,
        to: body.to,
        ...(session.venue ? { venue: session.venue } : {}),
        ...(session.timeZone ? { timeZone: session.timeZone } : {}),
      });
    }
  }
  return [...latest.values()].sort((a, b) => (a.name.en ?? a.name.zh ?? '').localeCompare(b.name.en ?? b.name.zh ?? ''));
}
