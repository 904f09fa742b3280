// Runs in Node (tests). Issue 15, point 1: the week at a glance. In compact density, at
// 1366×768 with the default panels, the whole 2017 week (5 days, 15 rows and an empty meeting) is in the grid's
// viewport without scrolling, the annex preview folded to its tab bar; the choice is
// remembered. axe finds nothing serious in either density.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../shared/i18n.ts';
import { App, expect, fixtureSession, seriousViolations, test } from './app.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

const COMPACT = { en: 'Compact', zh: '紧凑' } as const;

/** Chips whose box is not wholly inside the grid's visible area (below its sticky head). */
async function chipsOutOfView(app: App): Promise<string[]> {
  return app.page.evaluate(() => {
    const doc = (globalThis as any).document;
    const scroller = doc.querySelector('.grid-scroll').getBoundingClientRect();
    const head = doc.querySelector('.grid-head').getBoundingClientRect();
    const out: string[] = [];
    for (const chip of doc.querySelectorAll('.chip')) {
      const box = chip.getBoundingClientRect();
      if (box.top < head.bottom - 1 || box.bottom > scroller.bottom + 1 || box.left < scroller.left - 1 || box.right > scroller.right + 1) {
        out.push(chip.closest('[data-line]').dataset.line);
      }
    }
    return out;
  });
}

for (const uiLang of ['en', 'zh'] as Lang[]) {
  test(`compact density shows the whole 2017 week, ${uiLang}`, async ({}, testInfo) => {
    const app = await App.open({ session: fixtureSession(), uiLang, docLang: uiLang });
    try {
      const { page } = app;
      await expect(page.locator('.chip')).toHaveCount(15);
      expect((await chipsOutOfView(app)).length).toBeGreaterThan(0);
      expect(await seriousViolations(app)).toEqual([]);

      const toggle = page.getByRole('button', { name: COMPACT[uiLang], exact: true });
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.bottom-panel')).toHaveClass(/size-small/);
      await expect.poll(() => chipsOutOfView(app)).toEqual([]);
      expect(await page.locator('.grid-scroll').evaluate((el) => el.scrollTop)).toBe(0);
      // One line a row: every chip as tall as the first.
      const heights = await page.locator('.chip').evaluateAll((chips) => chips.map((chip) => Math.round(chip.getBoundingClientRect().height)));
      expect(Math.max(...heights)).toBeLessThanOrEqual(24);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-compact.png`) });
      expect(await seriousViolations(app)).toEqual([]);
      // With a context menu open, too.
      await app.cell('r:2017-10-11:0:2', 1).click({ button: 'right' });
      await expect(page.getByRole('menu')).toBeVisible();
      expect(await seriousViolations(app)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-compact-menu.png`) });
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toHaveCount(0);

      // Both document languages still fit, on the same line.
      await page.getByRole('group', { name: uiLang === 'en' ? 'Document' : '文件语言' }).getByRole('button', { name: uiLang === 'en' ? 'Both' : '中英对照' }).click();
      await expect.poll(() => chipsOutOfView(app)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-compact-both.png`) });

      // Remembered.
      await expect.poll(() => JSON.parse(readFileSync(join(app.dir, 'data', 'preferences.json'), 'utf8')).density).toBe('compact');
    } finally {
      await app.close();
    }
  });
}

for (const uiLang of ['en', 'zh'] as Lang[]) {
  test(`side panels are resized by dragging their edge and by keyboard, remembered, ${uiLang}`, async ({}, testInfo) => {
    const app = await App.open({ session: fixtureSession(), uiLang, docLang: uiLang });
    try {
      const { page } = app;
      const agenda = page.locator('.agenda-panel');
      const inspector = page.locator('.inspector-panel');
      const width = async (panel: typeof agenda) => Math.round((await panel.boundingBox())!.width);
      const before = await width(agenda);
      const edge = page.getByRole('separator', { name: uiLang === 'en' ? 'Agenda panel width' : '议程面板宽度' });
      const box = (await edge.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 200);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 60, box.y + 200, { steps: 6 });
      await page.mouse.move(box.x + box.width / 2 + 100, box.y + 200, { steps: 4 });
      await page.mouse.up();
      expect(Math.abs((await width(agenda)) - (before + 100))).toBeLessThanOrEqual(2);

      // By keyboard: ← narrows the agenda a step; ← widens the details panel (it grows leftwards).
      await edge.focus();
      await page.keyboard.press('ArrowLeft');
      expect(Math.abs((await width(agenda)) - (before + 84))).toBeLessThanOrEqual(2);
      const inspectorBefore = await width(inspector);
      await page.getByRole('separator', { name: uiLang === 'en' ? 'Details panel width' : '详细信息面板宽度' }).focus();
      await page.keyboard.press('ArrowLeft');
      expect(Math.abs((await width(inspector)) - (inspectorBefore + 16))).toBeLessThanOrEqual(2);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-resized-panels.png`) });

      const saved = () => JSON.parse(readFileSync(join(app.dir, 'data', 'preferences.json'), 'utf8')).panelWidths;
      await expect.poll(saved).toEqual({ agenda: before + 84, inspector: inspectorBefore + 16 });
    } finally {
      await app.close();
    }
  });
}
