// Runs in Node (main process, browser host, tests). The library of revisions (library.ts) read
// for the new-session wizard: the past sessions to start from and the bodies they hold, and the
// week a new session is planned for by the host's clock (not the renderer's).
import type { NewSessionDefaults } from '../../shared/api.ts';
import { parseSession } from '../../shared/model/index.ts';
import type { Session } from '../../shared/model/types.ts';
import { libraryBodies as bodiesOf, pastSessionEntries, type LibraryBody, type LibraryRevision, type PastSessionEntry } from '../../shared/schedule/library-entries.ts';
import type { HandlerDeps } from './deps.ts';
import { openLibrary } from './library-db.ts';
import { weekdaysOfNextWeek } from './next-week.ts';

interface StoredRevision {
  text?: unknown;
  seen?: unknown;
}

/** The revisions kept with their text; one that no longer loads (or was edited by hand into something else) is left out. */
async function revisionsWithText(deps: HandlerDeps): Promise<LibraryRevision[]> {
  const stored = (await openLibrary(deps.dataDir)).data.revisions;
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return [];
  return Object.entries(stored as Record<string, StoredRevision>).flatMap(([revision, record]) => {
    if (typeof record?.text !== 'string') return [];
    const parsed = parseSession(record.text);
    return parsed.ok ? [{ revision, session: parsed.session, seen: typeof record.seen === 'string' ? record.seen : '' }] : [];
  });
}

export async function newSessionDefaults(deps: HandlerDeps): Promise<NewSessionDefaults> {
  return { id: deps.newId(), ...weekdaysOfNextWeek(deps.now()) };
}

export async function libraryBodies(deps: HandlerDeps): Promise<LibraryBody[]> {
  return bodiesOf(await revisionsWithText(deps));
}

export async function pastSessions(deps: HandlerDeps): Promise<PastSessionEntry[]> {
  return pastSessionEntries(await revisionsWithText(deps));
}

export async function pastSession(deps: HandlerDeps, revision: string): Promise<Session | null> {
  return (await revisionsWithText(deps)).find((entry) => entry.revision === revision)?.session ?? null;
}
