// Runs in Node (tests). The recovery journal keeps the file's stamp, so Save after a restore
// still asks before overwriting a copy changed on disk; and a journal another open window is
// writing is neither offered to nor deleted by a second window.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers/index.ts';
import { PathGrants } from '../../electron/handlers/path-grants.ts';
import { releaseJournals } from '../../electron/handlers/recovery.ts';
import { expectOk, copyFixture } from './fixtures.ts';
import { handlerHarness } from './handler-harness.ts';
import { editSession } from '../../shared/schedule/index.ts';

describe('the recovery journal', () => {
  it('keeps the stamp: Save after a restore does not overwrite a newer copy on disk without asking', async () => {
    const { handlers, deps, root, grants } = handlerHarness();
    const file = join(root, 'plan.orgwork');
    copyFixture(file);
    const opened = await handlers.openSession(file);
    if (opened.status !== 'opened') throw new Error('not opened');
    const edited = expectOk(editSession(opened.document.session, { title: { en: 'Mine', zh: '我的' } })).session;
    await handlers.writeRecovery({ id: 'crashed', path: file, name: 'plan.orgwork', stamp: opened.document.stamp, session: edited });
    releaseJournals(grants); // the window crashed
    // A colleague's newer copy arrives while the app is down.
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Vienna"', '"Wien"'));

    const next = createHandlers(deps);
    const [entry] = await next.listRecovery();
    expect(entry).toMatchObject({ id: 'crashed', path: file, stamp: opened.document.stamp });
    expect(await next.saveSession({ session: entry!.session, path: file, stamp: entry!.stamp ?? null })).toEqual({ status: 'changed-on-disk', path: file });
    expect(readFileSync(file, 'utf8')).toContain('"Wien"');
  });

  it('a journal without a stamp (an older version wrote it) still loads, with none', async () => {
    const { handlers, deps, grants } = handlerHarness();
    await handlers.writeRecovery({ id: 'old', path: null, name: 'x', session: expectOk(editSession((await handlers.newSession()).session, {})).session });
    releaseJournals(grants);
    expect((await createHandlers(deps).listRecovery())[0]).toMatchObject({ id: 'old', stamp: null });
  });

  it("a second window neither offers nor deletes the live journal of another open window", async () => {
    const { handlers, deps, grants } = handlerHarness();
    const session = (await handlers.newSession()).session;
    await handlers.writeRecovery({ id: 'window-1', path: null, name: '', session });
    const secondGrants = new PathGrants();
    const second = createHandlers(deps, {}, secondGrants);
    expect(await second.listRecovery()).toEqual([]);
    await second.discardRecovery('window-1');
    expect(existsSync(join(deps.dataDir, 'recovery', 'window-1.json'))).toBe(true);
    // Once the first window is gone, its journal is a leftover to offer.
    releaseJournals(grants);
    expect((await second.listRecovery()).map((e) => e.id)).toEqual(['window-1']);
    releaseJournals(secondGrants);
  });
});
