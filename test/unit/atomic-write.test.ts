// Runs in Node (tests). What a write killed half-way leaves behind (a `.NAME.<hex>.tmp` beside
// the file) is swept by the next successful write of that file, once it is old enough not to
// be another process's write in progress; other files are never touched.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadOnlyFileError, STALE_TEMP_MS, writeFileAtomic } from '../../electron/files/atomic-write.ts';
import { cli } from './cli-harness.ts';
import { copyFixture, FIXTURE_FILE, fixtureSession } from './fixtures.ts';
import { handlerHarness } from './handler-harness.ts';

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

describe('a save keeps what the user has', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'orgwork-keep-'));

  it('writes through a symbolic link: the link stays a link and the file it points to gets the new text', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'real'));
    const real = join(dir, 'real', 'plan.orgwork');
    writeFileSync(real, 'old');
    const link = join(dir, 'plan.orgwork');
    symlinkSync(join('real', 'plan.orgwork'), link);
    await writeFileAtomic(link, 'new', { keepBackup: true });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(readFileSync(`${real}.bak`, 'utf8')).toBe('old');
  });

  it('writes through a chain of links, and a link to a file not there yet creates that file', async () => {
    const dir = folder();
    const real = join(dir, 'real.orgwork');
    symlinkSync(real, join(dir, 'one'));
    symlinkSync(join(dir, 'one'), join(dir, 'two'));
    await writeFileAtomic(join(dir, 'two'), 'first');
    expect(readFileSync(real, 'utf8')).toBe('first');
    expect(lstatSync(join(dir, 'two')).isSymbolicLink()).toBe(true);
  });

  it('keeps a private file private (0600 stays 0600)', async () => {
    const file = join(folder(), 'private.orgwork');
    writeFileSync(file, 'old', { mode: 0o600 });
    chmodSync(file, 0o600);
    await writeFileAtomic(file, 'new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('refuses a read-only file, leaving it as it was', async () => {
    const file = join(folder(), 'locked.orgwork');
    writeFileSync(file, 'old');
    chmodSync(file, 0o444);
    await expect(writeFileAtomic(file, 'new')).rejects.toBeInstanceOf(ReadOnlyFileError);
    expect(readFileSync(file, 'utf8')).toBe('old');
  });

  it('the app says a read-only file cannot be saved and offers Save As', async () => {
    const { handlers, root } = handlerHarness();
    const file = join(root, 'locked.orgwork');
    copyFixture(file);
    chmodSync(file, 0o444);
    const result = await handlers.saveSession({ session: fixtureSession(), path: file, stamp: null });
    expect(result).toMatchObject({ status: 'failed', reason: { en: expect.stringContaining('Save As'), zh: expect.stringContaining('另存为') } });
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(FIXTURE_FILE, 'utf8'));
  });

  it('the command line -o writes through a link and refuses a read-only file with exit 1', async () => {
    const dir = folder();
    const real = join(dir, 'real.orgwork');
    writeFileSync(real, 'old', { mode: 0o600 });
    const link = join(dir, 'out.orgwork');
    symlinkSync(real, link);
    const written = await cli('new', '--bodies', '2', '--from', '2026-01-05', '--to', '2026-01-09', '-o', link, '--force');
    expect(written.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toContain('orgwork-session');
    expect(statSync(real).mode & 0o777).toBe(0o600);
    chmodSync(real, 0o444);
    const refused = await cli('new', '--bodies', '2', '--from', '2026-01-05', '--to', '2026-01-09', '-o', link, '--force');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('read-only');
  });
});
