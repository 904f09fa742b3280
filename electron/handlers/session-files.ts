// Runs in Node. Opening and saving session files so that work is never lost: a file that does
// not load is never written to; a save is atomic and keeps the previous version as .bak; a
// file changed on disk since it was read is not overwritten without asking; any failure
// leaves the session in memory and says why.
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { SESSION_EXTENSION, type OpenedDocument, type OpenResult, type ReadSessionResult, type SaveRequest, type SaveResult } from '../../shared/api.ts';
import { withCurrentLineage } from '../../shared/merge/lineage.ts';
import { parseSession, serializeSession } from '../../shared/model/index.ts';
import type { Lineage, Session } from '../../shared/model/types.ts';
import { newSession } from '../../shared/schedule/index.ts';
import { weekdaysOfNextWeek } from './next-week.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import type { HandlerDeps } from './deps.ts';
import { revisionLibrary } from './library.ts';
import { fileErrorMessage } from './messages.ts';
import { withRecentFile } from './preferences.ts';
import { currentStamp, stampOfBytes } from './stamp.ts';
import { isTemporaryLocation } from './temporary-location.ts';
import { learnFromSavedSession } from './termbase.ts';
import { notGrantedMessage, type PathGrants } from './path-grants.ts';

export { SESSION_EXTENSION };

/** Adds to recent files. A preferences store that cannot be written must not fail an open or a save. */
async function remember(deps: HandlerDeps, path: string): Promise<void> {
  try {
    const { recentFiles } = await deps.preferences.get();
    await deps.preferences.set({ recentFiles: withRecentFile(recentFiles, path) });
  } catch {
    // The document itself is fine; only the Open Recent menu misses one entry.
  }
}

/** Keeps the revision in the library. A library that cannot be written must not fail an open or a save. */
async function rememberRevision(deps: HandlerDeps, session: Session, editedFrom?: Lineage): Promise<void> {
  try {
    await revisionLibrary(deps.dataDir).remember(session, deps.now(), editedFrom);
  } catch {
    // Only a later merge misses this version as a possible common ancestor.
  }
}

/**
 * Reads and parses a session file, for opening it or for comparing the open one with it. The
 * content read is a revision: a file from an older Orgwork (or edited by hand) gets a lineage in
 * memory now, so that the next save records where it came from, and the library keeps it as a
 * possible common ancestor.
 */
async function readSessionAt(deps: HandlerDeps, path: string): Promise<Exclude<OpenResult, { status: 'opened' | 'cancelled' }> | { status: 'read'; session: Session; bytes: Buffer }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { status: 'failed', path, reason: fileErrorMessage('open', path, error) };
  }
  const parsed = parseSession(bytes.toString('utf8'));
  if (!parsed.ok) return { status: 'invalid', path, errors: parsed.errors };
  const session = withCurrentLineage(parsed.session);
  await rememberRevision(deps, session);
  return { status: 'read', session, bytes };
}

/** Asks for a session file and reads it without opening it (compare, merge): not a recent file. */
export async function readSessionFile(deps: HandlerDeps): Promise<ReadSessionResult> {
  const path = await deps.dialogs.chooseOpenPath();
  if (!path) return { status: 'cancelled' };
  const read = await readSessionAt(deps, path);
  return read.status === 'read' ? { status: 'read', path, name: basename(path), session: read.session } : read;
}

/** May this window name `path` (see path-grants.ts)? */
async function granted(deps: HandlerDeps, grants: PathGrants, path: string): Promise<boolean> {
  if (grants.allows(path)) return true;
  try {
    return grants.allows(path, (await deps.preferences.get()).recentFiles);
  } catch {
    return false;
  }
}

export async function openSessionFile(deps: HandlerDeps, grants: PathGrants, requested?: string): Promise<OpenResult> {
  if (requested !== undefined && !(await granted(deps, grants, requested))) return { status: 'failed', path: requested, reason: notGrantedMessage(requested) };
  const path = requested ?? grants.grant(await deps.dialogs.chooseOpenPath());
  if (!path) return { status: 'cancelled' };
  const read = await readSessionAt(deps, path);
  if (read.status !== 'read') return read;
  const { session, bytes } = read;
  const stamp = await stampOfBytes(path, bytes);
  await remember(deps, path);
  const document: OpenedDocument = {
    path,
    name: basename(path),
    session,
    stamp,
    notices: isTemporaryLocation(path, deps.temporaryFolders) ? ['temporary-location'] : [],
  };
  return { status: 'opened', document };
}

export async function newSessionDocument(deps: HandlerDeps): Promise<OpenedDocument> {
  const { from, to } = weekdaysOfNextWeek(deps.now());
  return { path: null, name: '', session: newSession({ id: deps.newId(), bodies: 2, from, to }), stamp: null, notices: [] };
}

function suggestedName(request: SaveRequest): string {
  if (request.path) return basename(request.path);
  const symbol = request.session.bodies[0]?.symbol;
  return `${symbol ? symbol.replace(/[\\/:*?"<>|]+/g, '-') : 'session'}${SESSION_EXTENSION}`;
}

export async function saveSessionFile(deps: HandlerDeps, grants: PathGrants, request: SaveRequest): Promise<SaveResult> {
  const askWhere = request.saveAs || request.temporaryLocation || request.path === null;
  if (!askWhere && request.path && !(await granted(deps, grants, request.path))) return { status: 'failed', path: request.path, reason: notGrantedMessage(request.path) };
  // A temporary folder is no place to propose: the mail program may empty it.
  const folder = request.path && !request.temporaryLocation ? dirname(request.path) : deps.documentsFolder;
  let target = askWhere ? grants.grant(await deps.dialogs.chooseSavePath(suggestedName(request), folder)) : request.path;
  if (!target) return { status: 'cancelled' };
  if (!target.endsWith(SESSION_EXTENSION) && askWhere) target = grants.grant(target + SESSION_EXTENSION);

  if (target === request.path && request.stamp && !request.overwriteExternalChange) {
    try {
      const onDisk = await currentStamp(target);
      if (onDisk && onDisk.hash !== request.stamp.hash) return { status: 'changed-on-disk', path: target };
    } catch (error) {
      return { status: 'failed', path: target, reason: fileErrorMessage('save', target, error) };
    }
  }

  // Every save records where this version comes from (its lineage), see shared/merge/lineage.ts.
  const saved = withCurrentLineage(request.session);
  const text = serializeSession(saved);
  try {
    await writeFileAtomic(target, text, { keepBackup: true });
    const stamp = await stampOfBytes(target, text);
    await remember(deps, target);
    await learnFromSavedSession(deps, request.session);
    await rememberRevision(deps, saved, request.session.lineage);
    return { status: 'saved', path: target, name: basename(target), stamp, lineage: saved.lineage! };
  } catch (error) {
    return { status: 'failed', path: target, reason: fileErrorMessage('save', target, error) };
  }
}

