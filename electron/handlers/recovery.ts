// Runs in Node. The recovery journal: while a document has unsaved changes, the renderer
// sends it here every few seconds; after a crash the next start finds it and offers it back.
// One file per open document in <dataDir>/recovery, written atomically, so a crash during a
// journal write leaves the previous journal entry, never half of one.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecoveryEntry } from '../../shared/api.ts';
import { parseSessionValue } from '../../shared/model/index.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import type { HandlerDeps } from './deps.ts';
import type { PathGrants } from './path-grants.ts';

const folderOf = (deps: HandlerDeps) => join(deps.dataDir, 'recovery');
// Ids come from the renderer: keep them to a safe file name.
const fileOf = (deps: HandlerDeps, id: string) => join(folderOf(deps), `${id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`);

export async function writeRecovery(deps: HandlerDeps, grants: PathGrants, entry: Omit<RecoveryEntry, 'savedAt'>): Promise<void> {
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
      if (session.ok && typeof raw.id === 'string') entries.push({ ...raw, path: grants.grant(typeof raw.path === 'string' ? raw.path : null), session: session.session });
    } catch {
      // A journal we cannot read is no worse than no journal.
    }
  }
  return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function discardRecovery(deps: HandlerDeps, id: string): Promise<void> {
  await rm(fileOf(deps, id), { force: true });
}
