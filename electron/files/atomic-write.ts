// Runs in Node (main process and CLI). Writing a file so that a crash, a full disk or a
// yanked USB stick never leaves half a file: write a temporary file beside the target,
// fsync it, then rename over the target (atomic on one file system) and fsync the folder,
// so that the new name survives a power cut too. What the user has stays as it was: a
// symbolic link keeps pointing where it did (the file it points to is what is written), the
// file keeps its permissions (a 0600 file stays private), and a read-only file is refused
// (ReadOnlyFileError), never replaced behind the user's back.
import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, readlink, rename, rm, copyFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export interface AtomicWriteOptions {
  /** Copy the file being replaced to `<target>.bak` first. */
  keepBackup?: boolean;
}

/** A temporary file of a write older than this was left by a crash, not by a write in progress. */
export const STALE_TEMP_MS = 10 * 60 * 1000;

const tempName = (target: string, tag: string) => `.${basename(target)}.${tag}.tmp`;

/** The file is marked read-only: saving over it would undo what its owner chose. Save As elsewhere. */
export class ReadOnlyFileError extends Error {
  readonly code = 'EREADONLYFILE';
  constructor(readonly path: string) {
    super(`${path} is read-only`);
  }
}

const MAX_LINKS = 40;

/** The file a write of `path` must replace: `path` itself, or the end of its chain of symbolic links (which may not exist yet). */
export async function writeTargetOf(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    const info = await lstat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (!info?.isSymbolicLink()) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: 'ELOOP' });
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const target = await writeTargetOf(path);
  const existing = await stat(target).catch(() => null);
  // No write bit for anyone: the owner made it read-only on purpose (root could write anyway).
  if (existing && existing.isFile() && (existing.mode & 0o222) === 0) throw new ReadOnlyFileError(path);
  const temp = join(dirname(target), tempName(target, randomBytes(6).toString('hex')));
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    if (existing?.isFile()) await handle.chmod(existing.mode & 0o7777);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (options.keepBackup) await copyIfExists(target, `${target}.bak`);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(target));
  await sweepStaleTemps(target);
}

/** Makes a rename in `folder` durable. Windows cannot open a folder for this; NTFS journals renames itself. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Best effort: the file's own data is already on disk.
  } finally {
    await handle?.close();
  }
}

/**
 * Removes what earlier writes of `target` left behind when the process was killed between
 * creating the temporary file and renaming it. Best effort: the write itself has succeeded.
 */
async function sweepStaleTemps(target: string): Promise<void> {
  const folder = dirname(target);
  const [before, after] = tempName(target, '\u0000').split('\u0000') as [string, string];
  const isTempOfTarget = (name: string) => name.startsWith(before) && name.endsWith(after) && /^[0-9a-f]{12}$/.test(name.slice(before.length, -after.length));
  try {
    const names = (await readdir(folder)).filter(isTempOfTarget);
    for (const name of names) {
      const path = join(folder, name);
      const info = await stat(path).catch(() => null);
      if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS) await rm(path, { force: true });
    }
  } catch {
    // A folder that cannot be listed keeps its leftovers; nothing else depends on it.
  }
}

async function copyIfExists(from: string, to: string): Promise<void> {
  try {
    await copyFile(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
