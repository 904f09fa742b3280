// Runs in Node (tests). A file dropped on the window is granted only when it is an existing
// regular file named .orgwork (its link target too), and then opens as File ▸ Open would;
// anything else the renderer names this way is refused with a message, is not granted, and
// is never quoted. Through the handler table, as the renderer reaches it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callHandler, createHandlers } from '../../electron/handlers/index.ts';
import { InvalidArguments } from '../../electron/handlers/arguments.ts';
import { SECRET, victimHarness } from './handler-harness.ts';
import { copyFixture, fixtureSession } from './fixtures.ts';

function setUp() {
  const harness = victimHarness();
  const drop = (path: unknown) => callHandler(harness.table, 'openDroppedFile', [path]);
  /** Whether the window may now save over `path` by name: what a grant is for. */
  const maySaveOver = async (path: string) => (await harness.table.saveSession({ session: fixtureSession(), path, stamp: null })).status === 'saved';
  return { ...harness, drop, maySaveOver };
}

describe('a file dropped on the window', () => {
  it('a session file opens, and may be saved by name afterwards', async () => {
    const { drop, session, maySaveOver, deps } = setUp();
    const result = await drop(session);
    expect(result).toMatchObject({ status: 'opened', document: { path: session, name: 'plan.orgwork', session: { id: fixtureSession().id } } });
    expect((await deps.preferences.get()).recentFiles).toContain(session);
    expect(await maySaveOver(session)).toBe(true);
  });

  it('the extension counts in any case', async () => {
    const { drop, root } = setUp();
    const shouting = join(root, 'PLAN.ORGWORK');
    copyFixture(shouting);
    expect(await drop(shouting)).toMatchObject({ status: 'opened', document: { name: 'PLAN.ORGWORK' } });
  });

  it('a file that is not .orgwork is refused, not granted, and not quoted', async () => {
    const { drop, victim, maySaveOver } = setUp();
    const result = await drop(victim);
    expect(result).toMatchObject({
      status: 'failed',
      path: victim,
      reason: { en: 'victim.txt is not an Orgwork session (a .orgwork file), so it was not opened.', zh: expect.stringContaining('不是 Orgwork 会议文件') },
    });
    expect(JSON.stringify(result)).not.toMatch(/root:x|secret-token/u);
    expect(await maySaveOver(victim)).toBe(false);
    expect(readFileSync(victim, 'utf8')).toBe(SECRET);
  });

  it('a .orgwork name that links to another kind of file is refused: saves go through links', async () => {
    const { drop, victim, root, maySaveOver } = setUp();
    const disguised = join(root, 'notes.orgwork');
    symlinkSync(victim, disguised);
    expect(await drop(disguised)).toMatchObject({ status: 'failed', reason: { en: expect.stringContaining('is not an Orgwork session') } });
    expect(await maySaveOver(disguised)).toBe(false);
    expect(readFileSync(victim, 'utf8')).toBe(SECRET);
  });

  it('a link to a session file under another .orgwork name opens', async () => {
    const { drop, session, root } = setUp();
    const link = join(root, 'shortcut.orgwork');
    symlinkSync(session, link);
    expect(await drop(link)).toMatchObject({ status: 'opened', document: { path: link } });
  });

  it('a file that does not exist is refused with the reason', async () => {
    const { drop, root, maySaveOver } = setUp();
    const missing = join(root, 'gone.orgwork');
    expect(await drop(missing)).toMatchObject({ status: 'failed', path: missing, reason: { en: `Could not open ${missing}: the file does not exist.` } });
    expect(await maySaveOver(missing)).toBe(false);
  });

  it('a folder named .orgwork is refused with the reason', async () => {
    const { drop, root } = setUp();
    const folder = join(root, 'archive.orgwork');
    mkdirSync(folder);
    expect(await drop(folder)).toMatchObject({ status: 'failed', reason: { en: `Could not open ${folder}: it is a folder, not a file.`, zh: expect.any(String) } });
  });

  it('a pipe named .orgwork is refused at once instead of leaving the read waiting', async () => {
    const { drop, root } = setUp();
    const pipe = join(root, 'pipe.orgwork');
    execFileSync('mkfifo', [pipe]);
    expect(await drop(pipe)).toMatchObject({ status: 'failed', reason: { en: `Could not open ${pipe}: it is not a regular file.` } });
  });

  it('a relative path is refused: it would be read against the main process folder', async () => {
    const { drop } = setUp();
    expect(await drop('plan.orgwork')).toMatchObject({ status: 'failed', reason: { en: expect.stringContaining('cannot tell where plan.orgwork is') } });
  });

  it('arguments other than one path do not reach the handler', async () => {
    const { drop, table, session } = setUp();
    await expect(drop(42)).rejects.toThrow(InvalidArguments);
    await expect(drop('')).rejects.toThrow(InvalidArguments);
    await expect(callHandler(table, 'openDroppedFile', [session, session])).rejects.toThrow(InvalidArguments);
  });

  it('a file dropped on one window is granted to that window only', async () => {
    const setup = setUp();
    // Recent files are granted to every window: keep the dropped file out of that list.
    const deps = { ...setup.deps, preferences: { ...setup.deps.preferences, set: setup.deps.preferences.get } };
    const first = createHandlers(deps);
    const second = createHandlers(deps);
    expect(await first.openDroppedFile(setup.session)).toMatchObject({ status: 'opened' });
    expect(await second.saveSession({ session: fixtureSession(), path: setup.session, stamp: null })).toMatchObject({ status: 'failed' });
  });
});
