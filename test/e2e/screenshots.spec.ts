// Runs in Node (tests). Issue 4, done when: screenshots at 1366×768 (a conference laptop) in
// Chinese and English are test artifacts, to look at. Also 1920×1080, and the week being built.
import type { Lang } from '../../shared/i18n.ts';
import { App, emptiedFixture, expect, fixtureSession, test } from './app.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

for (const uiLang of ['en', 'zh'] as Lang[]) {
  test(`screenshots, ${uiLang} interface`, async ({}, testInfo) => {
    const app = await App.open({ session: fixtureSession(), uiLang, docLang: uiLang });
    try {
      const { page } = app;
      await page.locator('.document-notice .link-button').click();
      await page.locator('.message-bar .link-button').click();
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}.png`) });
      // An item chosen in the grid: inspector, related placements, the joint chip.
      await app.cell('r:2017-10-11:0:2', 1).click();
      await expect(page.locator('.inspector-panel h2')).toContainText('5');
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-item.png`) });
      // Keyboard focus visible on a chip.
      await page.keyboard.press('ArrowDown');
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-focus.png`) });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.getByRole('group', { name: uiLang === 'en' ? 'Document' : '文件语言' }).getByRole('button').nth(2).click();
      await page.screenshot({ path: testInfo.outputPath(`1920x1080-${uiLang}-both.png`) });
    } finally {
      await app.close();
    }
  });
}

test('screenshot of a week to build, with a refusal', async ({}, testInfo) => {
  const app = await App.open({ session: emptiedFixture() });
  try {
    await app.page.keyboard.press('Tab');
    await app.agendaItem('wg3-1a').click();
    await app.cell('e:2017-10-09:0', 1).click();
    await app.page.keyboard.press('p');
    await app.page.keyboard.press('p');
    await expect(app.message()).toHaveClass(/tone-error/);
    await app.page.screenshot({ path: testInfo.outputPath('1366x768-en-building.png') });
  } finally {
    await app.close();
  }
});

// View ▸ Zoom In on a 1366×768 laptop: at 150 % the page is 911×512 CSS pixels, at 200 % 683×384.
test('zoomed to 150 % and 200 % on a laptop: the grid keeps its bodies in view, the inspector stacks the languages', async ({}, testInfo) => {
  const app = await App.open({ session: fixtureSession(), uiLang: 'zh', docLang: 'zh' });
  try {
    const { page } = app;
    await page.setViewportSize({ width: 911, height: 512 });
    const grid = page.locator('.grid-scroll');
    // Both working groups side by side without scrolling sideways.
    expect(await grid.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
    // The session's title, Chinese over English.
    const zh = (await page.getByRole('textbox', { name: '中文' }).first().boundingBox())!;
    const en = (await page.getByRole('textbox', { name: '英文' }).first().boundingBox())!;
    expect(en.y).toBeGreaterThan(zh.y + zh.height - 1);
    await page.screenshot({ path: testInfo.outputPath('zoom-150-zh.png') });
    await page.setViewportSize({ width: 683, height: 384 });
    await page.screenshot({ path: testInfo.outputPath('zoom-200-zh.png') });
  } finally {
    await app.close();
  }
});
