// Runs in Node (tests). The order of a durable save, seen through the file system calls it
// makes: the new text reaches the disk before it takes the file's name, and the folder is
// synced after the rename so that the name survives a power cut too. A save that skipped
// either sync would pass every other test and still lose work when the power goes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';

const events: string[] = [];

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const label = (path: string) => (path.endsWith('.tmp') ? 'temp' : path.endsWith('session.orgwork') ? 'target' : 'folder');
  return {
    ...real,
    open: async (path: string, flags?: string) => {
      const handle = await real.open(path, flags);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        events.push(`sync ${label(String(path))}`);
        return sync();
      };
      return handle;
    },
    rename: async (from: string, to: string) => {
      events.push(`rename ${label(from)} -> ${label(to)}`);
      return real.rename(from, to);
    },
  };
});

const { writeFileAtomic } = await import('../../electron/files/atomic-write.ts');

const dir = mkdtempSync(join(tmpdir(), 'orgwork-durable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a durable save', () => {
  it('syncs the new text, then renames it over the file, then syncs the folder', async () => {
    const target = join(dir, 'session.orgwork');
    await writeFileAtomic(target, 'first\n');
    events.length = 0;
    await writeFileAtomic(target, 'second\n');
    expect(events).toEqual(['sync temp', 'rename temp -> target', 'sync folder']);
    expect(readFileSync(target, 'utf8')).toBe('second\n');
  });
});
