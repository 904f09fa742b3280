// Runs everywhere (shared). The named versions of a merge: both copies' history, since each
// copy may have been sent out under a name. Never a conflict — a version that was sent stays
// sent. Only the latest keeps its content (the base of the next change list).
import type { NamedVersion } from '../model/types.ts';

const keyOf = (version: NamedVersion) => `${version.sent}\u0000${version.name}`;

export function mergeVersions(ours: readonly NamedVersion[] | undefined, theirs: readonly NamedVersion[] | undefined): NamedVersion[] | undefined {
  if (!theirs?.length) return ours ? [...ours] : undefined;
  if (!ours?.length) return [...theirs];
  const byKey = new Map<string, NamedVersion>();
  for (const version of [...ours, ...theirs]) {
    const known = byKey.get(keyOf(version));
    // The same version in both copies: the one still holding its content wins.
    if (!known || (known.content === undefined && version.content !== undefined)) byKey.set(keyOf(version), version);
  }
  const all = [...byKey.values()].sort((a, b) => (a.sent < b.sent ? -1 : a.sent > b.sent ? 1 : 0));
  return all.map((version, index) => {
    if (index === all.length - 1 || version.content === undefined) return version;
    const { content: _content, ...rest } = version;
    return rest;
  });
}
