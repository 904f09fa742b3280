// Runs in Node (main process, browser host, tests). The library of revisions: every version of
// a session this computer saved or opened, by revision, with its lineage links and its text,
// so that when two copies come back together the version both started from can be found and
// used as the base of a three-way merge. Kept under `revisions` in the library database
// (library-db.ts: one lowdb file per data folder, shared with the term base).
import { findCommonAncestor, lineageOf, revisionOf, withCurrentLineage } from '../../shared/merge/index.ts';
import { parseSession, serializeSession } from '../../shared/model/index.ts';
import type { Lineage, Session } from '../../shared/model/types.ts';
import { openLibrary, type LibraryData } from './library-db.ts';

export interface RevisionRecord {
  parent?: string;
  merged?: string[];
  /** The session's file text; absent for a revision known only as another's parent. */
  text?: string;
  /** When this computer first saw the revision (ISO instant). */
  seen: string;
}

export interface RevisionLibrary {
  /** Keeps the session (with the lineage that describes it) and, when given, the lineage it was edited from. */
  remember(session: Session, now: Date, editedFrom?: Lineage): Promise<void>;
  /** The version both sessions descend from, when this computer has seen it; null otherwise. */
  commonAncestor(a: Session, b: Session): Promise<Session | null>;
}

function links(lineage: Lineage): Pick<RevisionRecord, 'parent' | 'merged'> {
  return { ...(lineage.parent ? { parent: lineage.parent } : {}), ...(lineage.merged ? { merged: lineage.merged } : {}) };
}

type Revisions = Record<string, RevisionRecord>;

/** The revisions kept in the library; a hand-edited entry that is not an object is ignored. */
function revisionsIn(data: LibraryData): Revisions {
  const stored = data.revisions;
  if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) return stored as Revisions;
  data.revisions = {};
  return data.revisions as Revisions;
}

function record(revisions: Revisions, lineage: Lineage, now: Date, text?: string): void {
  const known = revisions[lineage.revision];
  revisions[lineage.revision] = { ...links(lineage), ...known, ...(text !== undefined ? { text } : {}), seen: known?.seen ?? now.toISOString() };
}

/**
 * How many revisions keep their text. Each is a whole session file; links (a few hashes) are
 * kept for every revision, so that walks still pass old versions, but a base older than the
 * newest texts cannot be used — the merge is then a two-way compare, which still works.
 */
export const KEPT_TEXTS = 400;

/** Drops the text of all but the `keep` most recently seen revisions. */
function pruneTexts(revisions: Revisions, keep: number): void {
  const withText = Object.entries(revisions).filter(([, record]) => record.text !== undefined);
  if (withText.length <= keep) return;
  withText.sort(([, a], [, b]) => (a.seen < b.seen ? 1 : a.seen > b.seen ? -1 : 0));
  for (const [revision, record] of withText.slice(keep)) {
    const { text: _text, ...links } = record;
    revisions[revision] = links;
  }
}

export function revisionLibrary(dataDir: string, options: { keptTexts?: number } = {}): RevisionLibrary {
  const keptTexts = options.keptTexts ?? KEPT_TEXTS;
  return {
    async remember(session, now, editedFrom) {
      const db = await openLibrary(dataDir);
      const current = withCurrentLineage(session);
      await db.update((data) => {
        const revisions = revisionsIn(data);
        if (editedFrom && editedFrom.revision !== current.lineage!.revision) record(revisions, editedFrom, now);
        record(revisions, current.lineage!, now, serializeSession(current));
        pruneTexts(revisions, keptTexts);
      });
    },
    async commonAncestor(a, b) {
      const revisions = revisionsIn((await openLibrary(dataDir)).data);
      const own = new Map([a, b].map((session) => [revisionOf(session), session]));
      const usable = (revision: string) => own.has(revision) || typeof revisions[revision]?.text === 'string';
      const found = findCommonAncestor(lineageOf(a), lineageOf(b), (revision) => revisions[revision], usable);
      if (found === null) return null;
      const mine = own.get(found);
      if (mine) return mine;
      const parsed = parseSession(revisions[found]!.text!);
      return parsed.ok ? parsed.session : null;
    },
  };
}
