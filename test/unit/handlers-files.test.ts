import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenedDocument, OpenResult } from '../../shared/api.ts';
import { serializeSession } from '../../shared/model/index.ts';
import { editSession } from '../../shared/schedule/index.ts';
import { callHandler } from '../../electron/handlers/index.ts';
import { copyFixture, expectOk, FIXTURE_FILE, fixtureText } from './fixtures.ts';
import { handlerHarness } from './handler-harness.ts';

function opened(result: OpenResult): OpenedDocument {
  if (result.status !== 'opened') throw new Error(`expected opened, got ${JSON.stringify(result)}`);
  return result.document;
}

function withFixture() {
  const harness = handlerHarness();
  const file = join(harness.root, 'ctoc-2017.orgwork');
  copyFixture(file);
  return { ...harness, file };
}

// root ignores permission bits; an immutable folder (chattr +i) refuses even root.
const readOnlyFolder = (dir: string) =>
  process.getuid?.() === 0
    ? { lock: () => execFileSync('chattr', ['+i', dir]), unlock: () => execFileSync('chattr', ['-i', dir]) }
    : { lock: () => chmodSync(dir, 0o555), unlock: () => chmodSync(dir, 0o755) };
const READ_ONLY_POSSIBLE = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'orgwork-ro-'));
  try {
    readOnlyFolder(probe).lock();
    readOnlyFolder(probe).unlock();
    return true;
  } catch {
    return false; // a file system without chattr support (tmpfs, overlay): said in the skip
  }
})();

const retitled = (doc: OpenedDocument, en: string) => expectOk(editSession(doc.session, { title: { en, zh: '新标题' } })).session;

describe('open', () => {
  it('opens a session with its stamp and remembers it in recent files', async () => {
    const { handlers, file } = withFixture();
    const doc = opened(await handlers.openSession(file));
    expect(doc).toMatchObject({ path: file, name: 'ctoc-2017.orgwork', notices: [] });
    expect(doc.stamp!.size).toBe(Buffer.byteLength(fixtureText));
    expect((await handlers.getPreferences()).recentFiles).toEqual([file]);
  });

  it('asks for a file when none is given, and cancels quietly', async () => {
    const { handlers, asked } = withFixture();
    expect(await handlers.openSession()).toEqual({ status: 'cancelled' });
    expect(asked).toEqual(['open']);
  });

  it('reports an invalid file with its errors and never writes to it', async () => {
    const { handlers, root } = handlerHarness();
    const file = join(root, 'broken.orgwork');
    writeFileSync(file, '{"format": "orgwork-session", "version": 9}');
    const result = await handlers.openSession(file);
    expect(result).toMatchObject({ status: 'invalid', path: file, errors: [{ path: '$.version' }] });
    expect(readFileSync(file, 'utf8')).toBe('{"format": "orgwork-session", "version": 9}');
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('says why a file cannot be read', async () => {
    const { handlers, root } = handlerHarness();
    const result = await handlers.openSession(join(root, 'nowhere.orgwork'));
    expect(result).toMatchObject({ status: 'failed', reason: { en: expect.stringMatching(/Could not open .*nowhere\.orgwork: the file does not exist\./), zh: expect.stringContaining('文件不存在') } });
  });

  it('flags a file opened from a mail program\'s temporary folder', async () => {
    const { handlers, root } = handlerHarness();
    mkdirSync(join(root, 'mail-temp'));
    const file = join(root, 'mail-temp', 'ctoc.orgwork');
    copyFixture(file);
    expect(opened(await handlers.openSession(file)).notices).toEqual(['temporary-location']);
    const outlook = join(root, 'Content.Outlook', 'AB12CD34');
    mkdirSync(outlook, { recursive: true });
    copyFixture(join(outlook, 'ctoc.orgwork'));
    expect(opened(await handlers.openSession(join(outlook, 'ctoc.orgwork'))).notices).toEqual(['temporary-location']);
  });
});

describe('save', () => {
  it('saves atomically, keeping the previous version as .bak, and returns a new stamp', async () => {
    const { handlers, file } = withFixture();
    const doc = opened(await handlers.openSession(file));
    const session = retitled(doc, 'Revised agenda');
    const result = await handlers.saveSession({ session, path: file, stamp: doc.stamp });
    expect(result).toMatchObject({ status: 'saved', path: file, name: 'ctoc-2017.orgwork' });
    // The file is the session with the lineage of this save (see lineage.test.ts).
    if (result.status !== 'saved') throw new Error('not saved');
    expect(readFileSync(file, 'utf8')).toBe(serializeSession({ ...session, lineage: result.lineage }));
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(fixtureText);
    const reopened = opened(await handlers.openSession(file));
    expect(reopened.session.title.en).toBe('Revised agenda');
    if (result.status === 'saved') expect(result.stamp.hash).toBe(reopened.stamp!.hash);
  });

  it('asks before overwriting a file changed on disk since it was opened, and overwrites when told', async () => {
    const { handlers, file } = withFixture();
    const doc = opened(await handlers.openSession(file));
    writeFileSync(file, fixtureText.replace('Vienna', 'Wien'));
    const session = retitled(doc, 'Mine');
    expect(await handlers.saveSession({ session, path: file, stamp: doc.stamp })).toEqual({ status: 'changed-on-disk', path: file });
    expect(readFileSync(file, 'utf8')).toContain('Wien');
    // Reloading gives the colleague's version.
    expect(opened(await handlers.openSession(file)).session.venue!.en).toBe('Wien');
    expect(await handlers.saveSession({ session, path: file, stamp: doc.stamp, overwriteExternalChange: true })).toMatchObject({ status: 'saved' });
    expect(readFileSync(`${file}.bak`, 'utf8')).toContain('Wien');
  });

  it('Save As asks where, proposing the current folder, and adds the extension', async () => {
    const { handlers, file, root, answers, asked } = withFixture();
    const doc = opened(await handlers.openSession(file));
    answers.push(join(root, 'copy'));
    const result = await handlers.saveSession({ session: doc.session, path: file, stamp: doc.stamp, saveAs: true });
    expect(result).toMatchObject({ status: 'saved', path: join(root, 'copy.orgwork') });
    expect(asked).toEqual([`save ctoc-2017.orgwork in ${root}`]);
    expect((await handlers.getPreferences()).recentFiles.slice(0, 2)).toEqual([join(root, 'copy.orgwork'), file]);
  });

  it('asks where to keep a session opened from a temporary folder, proposing Documents', async () => {
    const { handlers, root, answers, asked, deps } = handlerHarness();
    mkdirSync(join(root, 'mail-temp'));
    const file = join(root, 'mail-temp', 'ctoc.orgwork');
    copyFixture(file);
    const doc = opened(await handlers.openSession(file));
    answers.push(null);
    expect(await handlers.saveSession({ session: doc.session, path: file, stamp: doc.stamp, temporaryLocation: true })).toEqual({ status: 'cancelled' });
    expect(asked).toEqual([`save ctoc.orgwork in ${deps.documentsFolder}`]);
  });

  it('names an untitled session after its first body\'s symbol, slashes made safe', async () => {
    const { handlers, file, asked } = withFixture();
    const doc = opened(await handlers.openSession(file));
    await handlers.saveSession({ session: doc.session, path: null, stamp: null });
    expect(asked[0]).toMatch(/^save CTOC-COP-WG.3-2017-1.orgwork in /);
  });

  it.skipIf(!READ_ONLY_POSSIBLE)('reports a read-only folder clearly and keeps the old file intact', async () => {
    const { handlers, file, root } = withFixture();
    const doc = opened(await handlers.openSession(file));
    const { lock, unlock } = readOnlyFolder(root);
    lock();
    try {
      const result = await handlers.saveSession({ session: retitled(doc, 'X'), path: file, stamp: doc.stamp });
      expect(result).toMatchObject({ status: 'failed', reason: { en: expect.stringMatching(/Could not save .*: permission denied.*your work is still open here/) } });
      expect(readFileSync(file, 'utf8')).toBe(fixtureText);
    } finally {
      unlock();
    }
  });

  it('reports a missing folder clearly', async () => {
    const { handlers, root } = handlerHarness();
    const { session } = opened(await handlers.openSession(FIXTURE_FILE));
    const result = await handlers.saveSession({ session, path: join(root, 'gone', 'x.orgwork'), stamp: null });
    expect(result).toMatchObject({ status: 'failed', reason: { en: expect.stringMatching(/Could not save .*: the folder does not exist\./) } });
  });
});

describe('arguments from the renderer', () => {
  it('refuses an invalid session instead of writing it', async () => {
    const { handlers, root } = handlerHarness();
    const target = join(root, 'x.orgwork');
    const bad = JSON.parse(fixtureText);
    bad.days[0].date = '2017-02-30';
    await expect(callHandler(handlers, 'saveSession', [{ session: bad, path: target, stamp: null }])).rejects.toThrow(/2017-02-30/);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses unknown fields and wrong types', async () => {
    const { handlers } = handlerHarness();
    await expect(callHandler(handlers, 'openSession', [42])).rejects.toThrow(/openSession/);
    await expect(callHandler(handlers, 'setPreferences', [{ uiLang: 'fr' }])).rejects.toThrow(/setPreferences/);
    await expect(callHandler(handlers, 'setPreferences', [{ shell: 'rm -rf' }])).rejects.toThrow(/setPreferences/);
    expect(await callHandler(handlers, 'setPreferences', [{ uiLang: 'zh' }])).toMatchObject({ uiLang: 'zh', docLang: 'zh' });
  });
});

describe('new session and preferences', () => {
  it('starts a new session on the weekdays of next week', async () => {
    const { handlers } = handlerHarness();
    const doc = await handlers.newSession();
    expect(doc).toMatchObject({ path: null, name: '', stamp: null });
    expect(doc.session.days.map((d) => d.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
    expect(doc.session.id).toBe('fresh-id');
  });

  it('survives a damaged preferences file, keeping what is still valid', async () => {
    const { handlers, deps } = handlerHarness();
    mkdirSync(deps.dataDir, { recursive: true });
    writeFileSync(join(deps.dataDir, 'preferences.json'), '{"uiLang": "zh", "docLang": 7, "recentFiles": "x"}');
    expect(await handlers.getPreferences()).toEqual({ uiLang: 'zh', docLang: 'zh', recentFiles: [], recoveryIntervalSeconds: 5 });
    writeFileSync(join(deps.dataDir, 'preferences.json'), 'not json');
    expect((await handlers.getPreferences()).uiLang).toBe('en');
  });

  it('remembers which side panels are hidden, and only those two', async () => {
    const { handlers } = handlerHarness();
    await handlers.setPreferences({ hiddenPanels: ['inspector'] });
    expect((await handlers.getPreferences()).hiddenPanels).toEqual(['inspector']);
    await expect(handlers.setPreferences({ hiddenPanels: ['toolbar'] as never })).rejects.toThrow();
  });

  it('remembers the page zoom within 50–300 %, and drops a zoom out of that range', async () => {
    const { handlers, deps } = handlerHarness();
    await handlers.setPreferences({ zoomFactor: 1.25 });
    expect((await handlers.getPreferences()).zoomFactor).toBe(1.25);
    await expect(handlers.setPreferences({ zoomFactor: 12 })).rejects.toThrow();
    writeFileSync(join(deps.dataDir, 'preferences.json'), '{"uiLang": "zh", "zoomFactor": 0.01}');
    expect(await handlers.getPreferences()).toEqual({ uiLang: 'zh', docLang: 'zh', recentFiles: [], recoveryIntervalSeconds: 5 });
  });
});

describe('recovery journal', () => {
  it('keeps unsaved work per document until discarded', async () => {
    const { handlers, file } = withFixture();
    const doc = opened(await handlers.openSession(file));
    const session = retitled(doc, 'Unsaved');
    await handlers.writeRecovery({ id: 'window-1', path: file, name: doc.name, session });
    await handlers.writeRecovery({ id: 'window-1', path: file, name: doc.name, session });
    const entries = await handlers.listRecovery();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: 'window-1', path: file, savedAt: '2026-11-28T10:00:00.000Z' });
    expect(entries[0]!.session).toEqual(session);
    await handlers.discardRecovery('window-1');
    expect(await handlers.listRecovery()).toEqual([]);
  });

  it('skips a damaged journal entry', async () => {
    const { handlers, deps } = handlerHarness();
    mkdirSync(join(deps.dataDir, 'recovery'), { recursive: true });
    writeFileSync(join(deps.dataDir, 'recovery', 'x.json'), '{"id": "x", "session": {"format": "nope"}}');
    expect(await handlers.listRecovery()).toEqual([]);
  });
});

describe('preferences written at once', () => {
  it('keeps every change when several arrive together', async () => {
    const { handlers } = handlerHarness();
    await Promise.all([handlers.setPreferences({ uiLang: 'zh' }), handlers.setPreferences({ docLang: 'both' }), handlers.setPreferences({ recoveryIntervalSeconds: 9 })]);
    expect(await handlers.getPreferences()).toMatchObject({ uiLang: 'zh', docLang: 'both', recoveryIntervalSeconds: 9 });
  });
});
