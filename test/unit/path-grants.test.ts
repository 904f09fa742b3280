// Runs in Node (tests). The handler table opens and saves by name only what main handed the
// window: a dialog's answer, the file it was started for, a recent file, a recovered journal
// entry. Any other path the renderer names is refused with a message, and no error ever
// quotes a file's contents. Each window has grants of its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callHandler, createHandlers } from '../../electron/handlers/index.ts';
import { releaseJournals } from '../../electron/handlers/recovery.ts';
import { SECRET, victimHarness } from './handler-harness.ts';
import { copyFixture, fixtureSession } from './fixtures.ts';

const setUp = victimHarness;

describe('paths the renderer names', () => {
  it('refuses to save over a file it was never given, and leaves the file as it was', async () => {
    const { table, victim } = setUp();
    const result = await callHandler(table, 'saveSession', [{ session: fixtureSession(), path: victim, stamp: null }]);
    expect(result).toMatchObject({ status: 'failed', path: victim, reason: { en: expect.stringContaining('did not open'), zh: expect.stringContaining('未在此窗口中打开') } });
    expect(readFileSync(victim, 'utf8')).toBe(SECRET);
  });

  it('refuses to open a file it was never given, without a word of its contents', async () => {
    const { table, victim } = setUp();
    const result = await callHandler(table, 'openSession', [victim]);
    expect(result).toMatchObject({ status: 'failed', path: victim });
    expect(JSON.stringify(result)).not.toMatch(/root:x|secret-token/u);
  });

  it('a file chosen in the Open dialog may be opened and saved by name afterwards', async () => {
    const { table, answers, session } = setUp();
    answers.push(session);
    const opened = await table.openSession();
    expect(opened.status).toBe('opened');
    expect(await table.openSession(session)).toMatchObject({ status: 'opened' });
    expect(await table.saveSession({ session: fixtureSession(), path: session, stamp: null })).toMatchObject({ status: 'saved' });
  });

  it('a file chosen in the dialog that is no session says why without quoting it', async () => {
    const { table, answers, victim } = setUp();
    answers.push(victim);
    const result = await table.openSession();
    expect(result.status).toBe('invalid');
    expect(JSON.stringify(result)).not.toMatch(/root:x|secret-token/u);
  });

  it('a file chosen in Save As may be saved again by name', async () => {
    const { table, answers, root } = setUp();
    const target = join(root, 'new.orgwork');
    answers.push(target);
    expect(await table.saveSession({ session: fixtureSession(), path: null, stamp: null })).toMatchObject({ status: 'saved', path: target });
    expect(await table.saveSession({ session: fixtureSession(), path: target, stamp: null })).toMatchObject({ status: 'saved' });
  });

  it('the file the window was started for and the recent files are granted', async () => {
    const { deps, session, root } = setUp();
    const started = createHandlers({ ...deps, initialFile: session });
    expect(await started.saveSession({ session: fixtureSession(), path: session, stamp: null })).toMatchObject({ status: 'saved' });
    const recent = join(root, 'recent.orgwork');
    copyFixture(recent);
    await deps.preferences.set({ recentFiles: [recent] });
    expect(await createHandlers(deps).openSession(recent)).toMatchObject({ status: 'opened' });
  });

  it('grants are kept per window: another window may not name what one was given', async () => {
    const setup = setUp();
    const { answers, session } = setup;
    // Recent files are granted to every window: keep this file out of that list.
    const deps = { ...setup.deps, preferences: { ...setup.deps.preferences, set: setup.deps.preferences.get } };
    const first = createHandlers(deps);
    const second = createHandlers(deps);
    answers.push(session);
    await first.openSession();
    expect(await first.saveSession({ session: fixtureSession(), path: session, stamp: null })).toMatchObject({ status: 'saved' });
    expect(await second.saveSession({ session: fixtureSession(), path: session, stamp: null })).toMatchObject({ status: 'failed' });
  });

  it('a journal entry keeps only a granted path, and recovering it grants that path again', async () => {
    const { table, deps, answers, session, victim, grants } = setUp();
    answers.push(session);
    await table.openSession();
    await table.writeRecovery({ id: 'a', path: session, name: 'plan.orgwork', session: fixtureSession() });
    await table.writeRecovery({ id: 'b', path: victim, name: 'victim.txt', session: fixtureSession() });
    releaseJournals(grants); // the window closed without saving
    const later = createHandlers(deps);
    const entries = await later.listRecovery();
    expect(Object.fromEntries(entries.map((e) => [e.id, e.path]))).toEqual({ a: session, b: null });
    expect(await later.saveSession({ session: fixtureSession(), path: session, stamp: null })).toMatchObject({ status: 'saved' });
  });
});
