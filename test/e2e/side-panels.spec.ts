// Runs in Node (tests). The agenda and details panels fold away to give the grid room (a small
// or zoomed screen), by their own buttons, by keyboard and from the View menu; the choice is
// remembered, and keyboard focus is never left behind in a panel that went away.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { App, expect, fixtureSession, test } from './app.ts';
import { drag } from './pointer.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

test('hiding and showing the side panels, by pointer, keyboard and menu; remembered', async ({}, testInfo) => {
  const app = await App.open({ session: fixtureSession() });
  try {
    const { page } = app;
    const grid = page.locator('.grid-scroll');
    const agenda = page.getByRole('complementary', { name: 'Agenda' });
    const widthBefore = (await grid.boundingBox())!.width;

    await page.getByRole('button', { name: 'Hide the agenda panel' }).click();
    await expect(agenda).toHaveCount(0);
    const show = page.getByRole('button', { name: 'Show the agenda panel' });
    await expect(show).toBeFocused();
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    expect((await grid.boundingBox())!.width).toBeGreaterThan(widthBefore + 150);

    // Back by keyboard: the focus goes on to the panel's own button.
    await page.keyboard.press('Enter');
    await expect(agenda).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hide the agenda panel' })).toBeFocused();

    // View ▸ Details Panel, while typing in it: the focus goes to the rail, not to nowhere.
    await page.getByRole('textbox', { name: 'EN' }).first().focus();
    await app.host.menu('toggle-panel:inspector');
    await expect(page.locator('.inspector-panel')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Show the details panel' })).toBeFocused();
    await app.host.menu('toggle-panel:agenda');
    await expect(agenda).toHaveCount(0);

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('1366x768-en-panels-hidden.png') });

    const stored = () => JSON.parse(readFileSync(join(app.dir, 'data', 'preferences.json'), 'utf8')).hiddenPanels;
    await expect.poll(stored).toEqual(['inspector', 'agenda']);
    await page.reload();
    await expect(page.locator('.status-file')).toHaveText('session.orgwork');
    await expect(page.getByRole('button', { name: 'Show the agenda panel' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show the details panel' })).toBeVisible();
    await page.getByRole('button', { name: 'Show the details panel' }).click();
    await expect.poll(stored).toEqual(['agenda']);

    // A chip dragged out of the grid onto the folded agenda leaves the grid, as onto the agenda.
    await expect(app.cell('r:2017-10-09:0:0', 1)).toContainText('1(a)');
    await drag(page, app.cell('r:2017-10-09:0:0', 1), page.locator('.rail-agenda'));
    await expect(app.cell('r:2017-10-09:0:0', 1)).toContainText('1(b)');
  } finally {
    await app.close();
  }
});

test('the rails in the Chinese interface', async ({}, testInfo) => {
  const app = await App.open({ session: fixtureSession(), uiLang: 'zh' });
  try {
    const { page } = app;
    await page.getByRole('button', { name: '隐藏议程面板' }).click();
    await page.getByRole('button', { name: '隐藏详细信息面板' }).click();
    await expect(page.getByRole('button', { name: '显示议程面板' })).toContainText('议程');
    await expect(page.getByRole('button', { name: '显示详细信息面板' })).toContainText('详细信息');
    await page.screenshot({ path: testInfo.outputPath('1366x768-zh-panels-hidden.png') });
  } finally {
    await app.close();
  }
});
