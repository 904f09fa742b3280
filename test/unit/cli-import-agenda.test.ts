// Runs in Node (tests). `orgwork import-agenda FILE`: an agenda copied as text, printed as items.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-harness.ts';
import { WG2_2017_ZH, WG3_2017_EN } from './agenda-seeds.ts';

function fileWith(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'orgwork-cli-')), 'agenda.txt');
  writeFileSync(file, text);
  return file;
}

describe('orgwork import-agenda', () => {
  it('prints the items of a Chinese agenda as JSON, guessing the language', async () => {
    const { code, stdout, stderr } = await cli('import-agenda', fileWith(WG2_2017_ZH));
    expect([code, stderr]).toEqual([0, '']);
    const items = JSON.parse(stdout);
    expect(items.map((item: { number: string }) => item.number)).toEqual(['1', '1(a)', '1(b)', '2', '3', '4', '5']);
    expect(items[5]).toEqual({ number: '4', title: '其他事项', joint: 'joint-4' });
  });

  it('reads an English agenda with --lang en', async () => {
    const { code, stdout } = await cli('import-agenda', '--lang', 'en', fileWith(WG3_2017_EN));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[7]).toEqual({ number: '6', title: 'Other matters', joint: 'other-matters' });
  });

  it('reads the other UN languages: French guessed from the text, Arabic with --lang ar', async () => {
    const french = await cli('import-agenda', fileWith('1. Questions d’organisation :\na) Ouverture de la réunion ;\nb) Adoption de l’ordre du jour et organisation des travaux.\n2. Questions diverses (point commun).'));
    expect([french.code, french.stderr]).toEqual([0, '']);
    expect(JSON.parse(french.stdout)).toEqual([
      { number: '1', title: 'Questions d’organisation' },
      { number: '1(a)', title: 'Ouverture de la réunion' },
      { number: '1(b)', title: 'Adoption de l’ordre du jour et organisation des travaux' },
      { number: '2', title: 'Questions diverses', joint: 'joint-2' },
    ]);
    const arabic = await cli('import-agenda', '--lang', 'ar', fileWith('١- المسائل التنظيمية:\n(أ) افتتاح الاجتماع؛\n(ب) إقرار جدول الأعمال وتنظيم الأعمال.'));
    expect(JSON.parse(arabic.stdout).map((item: { number: string }) => item.number)).toEqual(['1', '1(a)', '1(b)']);
  });

  it('prints warnings on standard error in the interface language, items still on standard output', async () => {
    const file = fileWith('1. 组织事项。\n3. 其他事项。');
    const { code, stdout, stderr } = await cli('import-agenda', file, '--ui-lang', 'zh');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(2);
    expect(stderr).toBe(`${file}: 第 2 行：项目 3 紧接在项目 1 之后\n`);
  });

  it('exits 1 for a text without items and 2 for a bad language or a missing file argument', async () => {
    const empty = await cli('import-agenda', fileWith('Provisional agenda'));
    expect([empty.code, empty.stdout]).toEqual([1, '']);
    expect(empty.stderr).toContain('no agenda items found');
    expect((await cli('import-agenda', '--lang', 'de', fileWith('1. x'))).code).toBe(2);
    expect((await cli('import-agenda')).code).toBe(2);
    expect((await cli('import-agenda', join(tmpdir(), 'no-such-agenda.txt'))).code).toBe(1);
  });

  it('has help in both languages', async () => {
    expect((await cli('import-agenda', '--help')).stdout).toContain('Usage: orgwork import-agenda FILE [--lang ar|en|es|fr|ru|zh]');
    expect((await cli('import-agenda', '--help', '--ui-lang', 'zh')).stdout).toContain('用法：orgwork import-agenda FILE');
    expect((await cli('--help')).stdout).toContain('import-agenda FILE [--lang ar|en|es|fr|ru|zh]');
  });
});
