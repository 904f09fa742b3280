// Runs in Node (main process and CLI). Writing a file so that a crash, a full disk or a
// yanked USB stick never leaves half a file: write a temporary file beside the target,
// fsync it, then rename over the target (atomic on one file system).
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, copyFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Copy the file being replaced to `<target>.bak` first. */
  keepBackup?: boolean;
}

/** A temporary file of a write older than this was left by a crash, not by a write in progress. */
export const STALE_TEMP_MS = 10 * 60 * 1000;

const tempName = (target: string, tag: string) => `.${basename(target)}.${tag}.tmp`;

export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = join(dirname(target), tempName(target, randomBytes(6).toString('hex')));
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
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
  await sweepStaleTemps(target);
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
