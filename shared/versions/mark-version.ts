// Runs everywhere (shared). "Mark as sent": the session gets a named version, with the list of
// what changed since the previous named version, so the cover email of the next draft can say
// what is new (like a schedule release's changelog). The change list is computed from the
// content the previous version kept, then frozen; only the newest version keeps content.
import type { Lang } from '../i18n.ts';
import { diffSessions } from '../merge/diff.ts';
import { withoutLineage } from '../merge/lineage.ts';
import { parseSessionValue } from '../model/parse.ts';
import { serializeSession } from '../model/serialize.ts';
import type { NamedVersion, Session } from '../model/types.ts';

/** The session as a named version keeps it: no lineage, no history of its own. */
function contentOf(session: Session): unknown {
  const { versions: _versions, ...rest } = withoutLineage(session);
  // The canonical key order, so the file diffs cleanly.
  return JSON.parse(serializeSession(rest));
}

/** The session a version was sent as, when it still keeps it and it loads. */
export function versionContent(version: NamedVersion): Session | null {
  if (version.content === undefined) return null;
  const parsed = parseSessionValue(version.content);
  return parsed.ok ? parsed.session : null;
}

export function latestVersion(session: Session): NamedVersion | null {
  return session.versions?.at(-1) ?? null;
}

/**
 * What changed since the latest named version, as a change list; null when there is no
 * named version yet, or its content is missing or damaged (then nothing can be compared).
 */
export function changesSinceLatestVersion(session: Session): Record<Lang, string>[] | null {
  const latest = latestVersion(session);
  const before = latest && versionContent(latest);
  if (!before) return null;
  return diffSessions(before, withoutLineage(session)).map((change) => change.message);
}

/** The name proposed for the next version: "Draft 1", "Draft 2", … in the interface language. */
export function proposedVersionNumber(session: Session): number {
  return (session.versions?.length ?? 0) + 1;
}

/** The session with `name` marked as sent at `sent` (an ISO instant). */
export function markVersion(session: Session, name: string, sent: string): Session {
  if (name.trim() === '') throw new Error('a named version needs a name');
  const changes = changesSinceLatestVersion(session);
  const earlier = (session.versions ?? []).map((version) => {
    if (version.content === undefined) return version;
    const { content: _content, ...rest } = version;
    return rest;
  });
  const marked: NamedVersion = { name: name.trim(), sent, ...(changes && { changes }), content: contentOf(session) };
  return { ...session, versions: [...earlier, marked] };
}
