// Runs in Node. A file's stamp: enough to tell "the file on disk is still what we read".
// The hash decides (a sync tool may touch mtime without changing a byte); size and mtime
// are kept for display and a cheap first look.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { FileStamp } from '../../shared/api.ts';

export function hashOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function stampOfBytes(path: string, bytes: Uint8Array | string): Promise<FileStamp> {
  const info = await stat(path);
  return { mtimeMs: info.mtimeMs, size: info.size, hash: hashOf(bytes) };
}

/** The stamp of the file as it is now, or null when it is gone. */
export async function currentStamp(path: string): Promise<FileStamp | null> {
  try {
    return await stampOfBytes(path, await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
