// Runs in Node (tests). The toolbar's Export menu in the browser host: the annex as Word and
// the whole document as PDF (printed by Chromium), through the scripted save dialog, beside
// the session file under the names the symbol gives.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, expect, fixtureSession, test } from './app.ts';

test.describe('Export menu', () => {
  let app: App;
  test.beforeEach(async () => {
    app = await App.open({ session: fixtureSession(), docLang: 'zh' });
  });
  test.afterEach(async ({}, testInfo) => {
    await app.page.screenshot({ path: testInfo.outputPath('final.png') });
    await app.close();
  });

  test('exports the annex as Word by pointer and the document as PDF by keyboard', async () => {
    const { page } = app;
    const button = page.getByRole('button', { name: 'Export' });
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    // Pointer: open, choose the annex as Word.
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = page.getByRole('menu', { name: 'Export' });
    await expect(menu.getByRole('menuitem')).toHaveCount(11);
    await menu.getByRole('menuitem', { name: 'Annex as Word (.docx)' }).click();
    await expect(menu).toHaveCount(0);
    const docx = join(app.dir, 'CTOC-COP-WG.3-2017-1.annex.zh.docx');
    await expect(app.message()).toContainText('Exported CTOC-COP-WG.3-2017-1.annex.zh.docx');
    expect(existsSync(docx)).toBe(true);
    expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');

    // Keyboard: Escape closes and gives focus back; ↓ opens on the first entry; ↓ moves on.
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Annex as Word (.docx)' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(button).toBeFocused();
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Agenda document as PDF' })).toBeFocused();
    await page.keyboard.press('Enter');
    // PDF takes a moment: the toolbar says what it is doing meanwhile.
    await expect(page.getByRole('status').filter({ hasText: 'Exporting Agenda document as PDF…' })).toBeVisible();
    const pdf = join(app.dir, 'CTOC-COP-WG.3-2017-1.zh.pdf');
    await expect(app.message()).toContainText('Exported CTOC-COP-WG.3-2017-1.zh.pdf', { timeout: 30_000 });
    await expect(button).toHaveAttribute('aria-disabled', 'false');
    await expect(button).toBeFocused();
    expect(readFileSync(pdf).subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  test('says why in the interface language when the file cannot be written', async () => {
    await app.close();
    const missing = (dir: string) => join(dir, 'no-such-folder', 'annex.csv');
    app = await App.open({ session: fixtureSession(), uiLang: 'zh', savePath: (_name, dir) => missing(dir) });
    const { page } = app;
    await page.getByRole('button', { name: '导出' }).click();
    await page.getByRole('menuitem', { name: '附件表格（Excel CSV）' }).click();
    await expect(app.message()).toContainText('导出失败');
    await expect(app.message()).toContainText('文件夹不存在');
    expect(existsSync(missing(app.dir))).toBe(false);
  });
});
