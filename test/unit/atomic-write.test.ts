// Runs in Node (tests). What a write killed half-way leaves behind (a `.NAME.<hex>.tmp` beside
// the file) is swept by the next successful write of that file, once it is old enough not to
// be another process's write in progress; other files are never touched.
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STALE_TEMP_MS, writeFileAtomic } from '../../electron/files/atomic-write.ts';

describe('writeFileAtomic', () => {
  it('writes, keeps a backup, and sweeps only stale leftovers of the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgwork-atomic-'));
    const target = join(dir, 'week.orgwork');
    writeFileSync(target, 'old');
    const old = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
    const leftovers = {
      stale: '.week.orgwork.0123456789ab.tmp',
      fresh: '.week.orgwork.ba9876543210.tmp',
      otherFile: '.other.orgwork.0123456789ab.tmp',
      notOurs: '.week.orgwork.notatempfile.tmp',
    };
    for (const name of Object.values(leftovers)) writeFileSync(join(dir, name), 'partial');
    for (const name of [leftovers.stale, leftovers.otherFile, leftovers.notOurs]) utimesSync(join(dir, name), old, old);

    await writeFileAtomic(target, 'new', { keepBackup: true });

    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual([leftovers.otherFile, leftovers.fresh, leftovers.notOurs, 'week.orgwork', 'week.orgwork.bak'].sort());
  });
});
