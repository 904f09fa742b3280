// Runs everywhere (shared). Where a version of a session comes from. Each version is known by
// its revision: the SHA-256 of its file text without the lineage, so the same content has the
// same revision on every computer. A save records the revision it was edited from (`parent`),
// a merge also the other copy's (`merged`); walking these links back from two copies finds the
// version both started from, the base of a three-way merge.
import { serializeSession } from '../model/serialize.ts';
import type { Lineage, Session } from '../model/types.ts';
import { sha256Hex } from '../hash/sha256.ts';

export function withoutLineage(session: Session): Session {
  if (session.lineage === undefined) return session;
  const { lineage: _lineage, ...rest } = session;
  return rest;
}

/** The content hash of the session: its canonical file text without the lineage. */
export function revisionOf(session: Session): string {
  return sha256Hex(serializeSession(withoutLineage(session)));
}

/**
 * The lineage that describes this content. Unchanged since it was opened or saved: the
 * lineage it has. Edited since: a new revision whose parent is the one it was edited from.
 * No lineage yet (a new session, a file from an older Orgwork): a first revision.
 */
export function lineageOf(session: Session): Lineage {
  const revision = revisionOf(session);
  const known = session.lineage;
  if (known?.revision === revision) return known;
  return known ? { revision, parent: known.revision } : { revision };
}

/** The session with the lineage that describes it (what open and save record). */
export function withCurrentLineage(session: Session): Session {
  const lineage = lineageOf(session);
  return lineage === session.lineage ? session : { ...session, lineage };
}

/**
 * The revision a session was opened or saved as; for content never saved, its own. Unsaved
 * edits are not a revision of their own: nothing keeps them, so no walk could pass them.
 */
export function sourceRevision(session: Session): string {
  return session.lineage?.revision ?? revisionOf(session);
}

/** The lineage of a merge result: edited from `ours`, with `theirs` merged in. */
export function mergedLineage(result: Session, ours: Session, theirs: Session): Lineage {
  const parent = sourceRevision(ours);
  const other = sourceRevision(theirs);
  const revision = revisionOf(result);
  if (revision === parent) return ours.lineage ?? { revision };
  return other === parent || other === revision ? { revision, parent } : { revision, parent, merged: [other] };
}

/** What is known of a revision: the links of its lineage. */
export type LineageLinks = Pick<Lineage, 'parent' | 'merged'>;

function linksOf(lineage: LineageLinks): string[] {
  return [...(lineage.parent ? [lineage.parent] : []), ...(lineage.merged ?? [])];
}

/**
 * The nearest revision both `a` and `b` descend from (either may be it), or null. `lookup`
 * gives the links of a revision seen before (the library); `usable` says whether a revision
 * can serve as a base (its text is kept), else the walk goes on past it.
 */
export function findCommonAncestor(
  a: Lineage,
  b: Lineage,
  lookup: (revision: string) => LineageLinks | undefined,
  usable: (revision: string) => boolean = () => true,
): string | null {
  const links = (revision: string): string[] => {
    if (revision === a.revision) return linksOf(a);
    if (revision === b.revision) return linksOf(b);
    const known = lookup(revision);
    return known ? linksOf(known) : [];
  };
  const walk = (start: string): string[] => {
    const seen = new Set([start]);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      for (const next of links(queue[i]!)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return queue;
  };
  const ancestorsOfA = new Set(walk(a.revision));
  // Breadth first from b: the first shared revision is the nearest one.
  return walk(b.revision).find((revision) => ancestorsOfA.has(revision) && usable(revision)) ?? null;
}
