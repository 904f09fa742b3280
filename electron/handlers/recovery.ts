// Runs in Node. The recovery journal: while a document has unsaved changes, the renderer
// sends it here every few seconds; after a crash the next start finds it and offers it back.
// One file per open document in <dataDir>/recovery, written atomically, so a crash during a
// journal write leaves the previous journal entry, never half of one.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileStamp, RecoveryEntry } from '../../shared/api.ts';
import { parseSessionValue } from '../../shared/model/index.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import type { HandlerDeps } from './deps.ts';
import type { PathGrants } from './path-grants.ts';

const folderOf = (deps: HandlerDeps) => join(deps.dataDir, 'recovery');
// Ids come from the renderer: keep them to a safe file name.
const fileOf = (deps: HandlerDeps, id: string) => join(folderOf(deps), `${id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`);

/**
 * The journals open windows are writing, by id, and the window (its handler table's grants)
 * writing each: another window started meanwhile must not offer them as crash leftovers, nor
 * delete them. One process holds every window, so one map.
 */
const liveJournals = new Map<string, PathGrants>();

/** A window closed: its journal, if any is left, is a leftover for the next start to offer. */
export function releaseJournals(owner: PathGrants): void {
  for (const [id, writer] of liveJournals) if (writer === owner) liveJournals.delete(id);
}

const ownedByOther = (id: string, owner: PathGrants) => {
  const writer = liveJournals.get(id);
  return writer !== undefined && writer !== owner;
};

export async function writeRecovery(deps: HandlerDeps, grants: PathGrants, entry: Omit<RecoveryEntry, 'savedAt'>): Promise<void> {
  if (ownedByOther(entry.id, grants)) throw new Error('writeRecovery: another window writes this journal');
  liveJournals.set(entry.id, grants);
  await mkdir(folderOf(deps), { recursive: true });
  // The journal keeps only a path this window was given: recovering it grants it again.
  const path = entry.path && grants.allows(entry.path) ? entry.path : null;
  const full: RecoveryEntry = { ...entry, path, savedAt: deps.now().toISOString() };
  await writeFileAtomic(fileOf(deps, entry.id), JSON.stringify(full));
}

/** Every readable journal entry, newest first; unreadable ones are skipped, not fatal. */
export async function listRecovery(deps: HandlerDeps, grants: PathGrants): Promise<RecoveryEntry[]> {
  let names: string[];
  try {
    names = await readdir(folderOf(deps));
  } catch {
    return [];
  }
  const entries: RecoveryEntry[] = [];
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    try {
      const raw = JSON.parse(await readFile(join(folderOf(deps), name), 'utf8')) as RecoveryEntry;
      const session = parseSessionValue(raw.session);
      if (session.ok && typeof raw.id === 'string' && !ownedByOther(raw.id, grants)) entries.push({ ...raw, path: grants.grant(typeof raw.path === 'string' ? raw.path : null), stamp: stampOrNull(raw.stamp), session: session.session });
    } catch {
      // A journal we cannot read is no worse than no journal.
    }
  }
  return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** A journal's stamp as written, or null (journals of older versions have none; a damaged one counts as none). */
function stampOrNull(value: unknown): FileStamp | null {
  const stamp = value as FileStamp | null | undefined;
  return stamp && typeof stamp.mtimeMs === 'number' && typeof stamp.size === 'number' && typeof stamp.hash === 'string' ? { mtimeMs: stamp.mtimeMs, size: stamp.size, hash: stamp.hash } : null;
}

export async function discardRecovery(deps: HandlerDeps, grants: PathGrants, id: string): Promise<void> {
  if (ownedByOther(id, grants)) return;
  liveJournals.delete(id);
  await rm(fileOf(deps, id), { force: true });
}
