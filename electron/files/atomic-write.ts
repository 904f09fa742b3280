// Runs in Node (main process and CLI). Writing a file so that a crash, a full disk or a
// yanked USB stick never leaves half a file: write a temporary file beside the target,
// fsync it, then rename over the target (atomic on one file system).
import { randomBytes } from 'node:crypto';
import { open, rename, rm, copyFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Copy the file being replaced to `<target>.bak` first. */
  keepBackup?: boolean;
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
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
}

async function copyIfExists(from: string, to: string): Promise<void> {
  try {
    await copyFile(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
