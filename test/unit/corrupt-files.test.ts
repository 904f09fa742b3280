// Runs in Node (tests). Start-up cannot crash on our own damaged files: conf (the store under
// electron-store) throws on a preferences file that is not JSON; the file is kept aside as
// preferences.corrupt-<date>.json and the store opens with its defaults.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { corruptCopyPath, openSettingAsideDamaged } from '../../electron/files/corrupt-file.ts';

const NOW = new Date('2026-12-06T04:30:15Z');
const openPreferences = (cwd: string) => new Conf<Record<string, unknown>>({ cwd, configName: 'preferences', projectName: 'orgwork-test', defaults: { uiLang: 'en' } });

describe('a damaged preferences file', () => {
  it('makes the store throw at start-up without the recovery (what crashed the app)', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'orgwork-prefs-'));
    writeFileSync(join(cwd, 'preferences.json'), '{"uiLang": "zh", ');
    expect(() => openPreferences(cwd)).toThrow(SyntaxError);
  });

  it('is kept aside as preferences.corrupt-<date>.json and the store starts with defaults, saying where', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'orgwork-prefs-'));
    const file = join(cwd, 'preferences.json');
    writeFileSync(file, '{"uiLang": "zh", ');
    const { value: store, setAside } = openSettingAsideDamaged(file, () => openPreferences(cwd), NOW);
    expect(setAside).toBe(join(cwd, 'preferences.corrupt-2026-12-06T04-30-15.json'));
    expect(readFileSync(setAside!, 'utf8')).toBe('{"uiLang": "zh", ');
    expect(store.get('uiLang')).toBe('en');
    store.set('uiLang', 'zh');
    expect(JSON.parse(readFileSync(file, 'utf8')).uiLang).toBe('zh');
  });

  it('a sound file opens as it is and nothing is set aside', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'orgwork-prefs-'));
    const file = join(cwd, 'preferences.json');
    writeFileSync(file, '{"uiLang": "zh"}');
    const { value: store, setAside } = openSettingAsideDamaged(file, () => openPreferences(cwd), NOW);
    expect(setAside).toBeNull();
    expect(store.get('uiLang')).toBe('zh');
    expect(readdirSync(cwd)).toEqual(['preferences.json']);
  });

  it('other errors are not taken for damage: the file stays where it is', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'orgwork-prefs-'));
    const file = join(cwd, 'preferences.json');
    writeFileSync(file, '{}');
    expect(() =>
      openSettingAsideDamaged(file, () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      }),
    ).toThrow('denied');
    expect(readdirSync(cwd)).toEqual(['preferences.json']);
  });

  it('names the copy after the file and the moment', () => {
    expect(corruptCopyPath('/data/library.json', NOW)).toBe('/data/library.corrupt-2026-12-06T04-30-15.json');
  });
});
