// Runs in Node (tests). Issue 7, "Versions": mark the version that goes out as sent, edit, mark
// the next; the Versions tab lists both with what changed between them, undo takes a mark
// back, the file keeps the history, and the changelog is saved as text for the cover email.
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, expect, fixtureSession, test } from './app.ts';

test.use({
  app: async ({}, use, testInfo) => {
    const app = await App.open({ session: fixtureSession(), docLang: 'en' });
    await use(app);
    await app.page.screenshot({ path: testInfo.outputPath('final.png') });
    await app.close();
  },
});

const RETITLED = 'Retitled after the first draft';

test('mark as sent, edit, mark again: the history lists what changed, and the changelog is saved', async ({ app }) => {
  const { page } = app;
  const tab = page.getByRole('tab', { name: 'Versions' });
  await tab.click();
  const panel = page.getByRole('tabpanel');
  await expect(panel).toContainText('No version has been marked as sent yet.');

  // The first mark, by keyboard: the proposed name is taken with Enter.
  await panel.getByRole('button', { name: 'Mark as sent…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark this version as sent' });
  await expect(dialog.getByLabel('Name of this version')).toHaveValue('Draft 1');
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await dialog.getByLabel('Name of this version').press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(app.message()).toContainText('Marked “Draft 1” as sent.');
  await expect(panel.getByRole('list', { name: 'Versions sent, newest first' })).toContainText('Draft 1');
  await expect(panel).toContainText('No changes since then.');

  // An edit shows up as pending; an empty name is refused.
  await app.agendaItem('wg3-4').click();
  await page.getByRole('group', { name: 'Title', exact: true }).getByLabel('EN', { exact: true }).fill(RETITLED);
  await page.keyboard.press('Tab');
  await tab.click();
  await expect(panel.getByRole('region', { name: 'Changes since “Draft 1”' })).toContainText(RETITLED);
  await panel.getByRole('button', { name: 'Mark as sent…' }).click();
  await expect(dialog.getByLabel('Name of this version')).toHaveValue('Draft 2');
  await dialog.getByLabel('Name of this version').fill('   ');
  await dialog.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(dialog.getByText('Give the version a name.')).toBeVisible();
  await dialog.getByLabel('Name of this version').fill('Draft 2 to the Bureau');
  await dialog.getByRole('button', { name: 'Mark as sent' }).click();

  const list = panel.getByRole('list', { name: 'Versions sent, newest first' });
  await expect(list.getByRole('listitem').filter({ has: page.getByRole('heading') })).toHaveCount(2);
  await expect(list.getByRole('heading').first()).toContainText('Draft 2 to the Bureau');
  await expect(list).toContainText(`Changed the title (English) of item 4 of Working Group on International Cooperation`);
  await expect(list).toContainText('First version sent.');

  // Undo takes the mark back; redo brings it again.
  await page.keyboard.press('Control+z');
  await expect(list.getByRole('heading')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(list.getByRole('heading')).toHaveCount(2);

  // Saved in the file, newest last; only the newest keeps its content.
  const saved = await app.save();
  expect(saved.versions?.map((v) => v.name)).toEqual(['Draft 1', 'Draft 2 to the Bureau']);
  expect(saved.versions?.[0]?.content).toBeUndefined();
  expect(saved.versions?.[1]?.changes?.[0]?.en).toContain(RETITLED);

  // The changelog as text, through the save dialog, beside the session file.
  await panel.getByRole('button', { name: 'Save changelog…' }).click();
  await expect(app.message()).toContainText('Exported CTOC-COP-WG.3-2017-1.versions.en.txt');
  const text = readFileSync(join(app.dir, 'CTOC-COP-WG.3-2017-1.versions.en.txt'), 'utf8');
  expect(text).toMatch(/^Draft 2 to the Bureau \(sent \d{1,2} \w+ \d{4}\)\n– Changed the title \(English\) of item 4/m);
  expect(text.indexOf('Draft 2 to the Bureau')).toBeLessThan(text.indexOf('Draft 1 ('));
});

test('the Versions tab in the Chinese interface', async ({ app }) => {
  const { page } = app;
  await page.getByRole('group', { name: 'Interface' }).getByRole('button', { name: '中文' }).click();
  await page.getByRole('tab', { name: '版本' }).click();
  await page.getByRole('button', { name: '标记为已发送…' }).click();
  const dialog = page.getByRole('dialog', { name: '将此版本标记为已发送' });
  await expect(dialog.getByLabel('此版本的名称')).toHaveValue('草稿1');
  await dialog.getByRole('button', { name: '标记为已发送' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('第一个发送的版本。');
  await expect(page.getByRole('tabpanel')).toContainText('此后没有改动。');
});
