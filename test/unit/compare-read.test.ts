// Runs in Node (tests). Reading the other copy for compare and merge: the file is asked for,
// read and checked like an open, but it is not opened — not a recent file — and its revision is
// kept in the library, so a later merge can find it as a common ancestor.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callHandler } from '../../electron/handlers/index.ts';
import { revisionOf, withCurrentLineage } from '../../shared/merge/index.ts';
import { serializeSession } from '../../shared/model/index.ts';
import { editSession } from '../../shared/schedule/index.ts';
import { copyFixture, expectOk, fixtureSession } from './fixtures.ts';
import { handlerHarness } from './handler-harness.ts';

describe('readSessionFile', () => {
  it('asks for a file and returns its session, name and path without making it a recent file', async () => {
    const { handlers, root, answers, asked } = handlerHarness();
    const file = join(root, 'copy from Li.orgwork');
    copyFixture(file);
    answers.push(file);
    const result = await handlers.readSessionFile();
    expect(asked).toEqual(['open']);
    if (result.status !== 'read') throw new Error(`expected read, got ${result.status}`);
    expect(result).toMatchObject({ path: file, name: 'copy from Li.orgwork' });
    expect(result.session.items.map((item) => item.id)).toEqual(fixtureSession().items.map((item) => item.id));
    // The content is a revision, as on open.
    expect(result.session.lineage).toEqual({ revision: revisionOf(fixtureSession()) });
    expect((await handlers.getPreferences()).recentFiles).toEqual([]);
  });

  it('keeps the revision read in the library: two copies edited from it find it as their common version', async () => {
    const { handlers, root, answers } = handlerHarness();
    const file = join(root, 'base.orgwork');
    copyFixture(file);
    answers.push(file);
    const read = await handlers.readSessionFile();
    if (read.status !== 'read') throw new Error(read.status);
    const ours = withCurrentLineage(expectOk(editSession(read.session, { venue: { en: 'Geneva', zh: '日内瓦' } })).session);
    const theirs = withCurrentLineage(expectOk(editSession(read.session, { title: { en: 'Other title', zh: '其他标题' } })).session);
    const ancestor = await handlers.commonAncestor(ours, theirs);
    expect(ancestor && revisionOf(ancestor)).toBe(revisionOf(fixtureSession()));
  });

  it('cancels quietly when no file is chosen', async () => {
    const { handlers } = handlerHarness();
    expect(await handlers.readSessionFile()).toEqual({ status: 'cancelled' });
  });

  it('reports a file that is not a session with its errors, and leaves it untouched', async () => {
    const { handlers, root, answers } = handlerHarness();
    const file = join(root, 'notes.orgwork');
    const text = serializeSession(fixtureSession()).replace('"format": "orgwork-session"', '"format": "something-else"');
    writeFileSync(file, text);
    answers.push(file);
    const result = await handlers.readSessionFile();
    expect(result.status).toBe('invalid');
    if (result.status === 'invalid') expect(result.errors.length).toBeGreaterThan(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('says why a file cannot be read', async () => {
    const { handlers, root, answers } = handlerHarness();
    const file = join(root, 'gone.orgwork');
    answers.push(file);
    const result = await handlers.readSessionFile();
    expect(result).toMatchObject({ status: 'failed', path: file });
    if (result.status === 'failed') expect(result.reason.en).toContain('gone.orgwork');
  });

  it('takes no arguments from the renderer', async () => {
    const { handlers } = handlerHarness();
    await expect(callHandler(handlers, 'readSessionFile', ['/etc/passwd'])).rejects.toThrow(/readSessionFile/);
  });
});
