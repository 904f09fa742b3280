// Runs in Node (tests). Issue 12, point 3: drops that tell the truth. While dragging, only
// places that will take the drop light up: a joint row held over one body's empty cell shows
// no highlight there (the gap it would go into instead does), while a single item of that
// body does light the same cell up. A refusal's message goes once a later edit succeeds.
import type { Lang } from '../../shared/i18n.ts';
import { App, expect, fixtureSession, test } from './app.ts';
import { drop, dragOver } from './pointer.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

const REFUSAL = { en: 'This is the first meeting slot; there is no earlier one.', zh: '这是第一个会议时段，前面没有时段了。' } as const;

for (const uiLang of ['en', 'zh'] as Lang[]) {
  test(`only accepted drop places light up; a refusal clears after the next edit, ${uiLang}`, async ({}, testInfo) => {
    const app = await App.open({ session: fixtureSession(), uiLang, docLang: uiLang });
    try {
      const { page } = app;
      // Thursday morning: the joint row 5 | 2, then WG.2's item 3 with WG.3's cell empty.
      const jointChip = app.cell('r:2017-10-12:0:0', 1).locator('.chip');
      const emptyCell = app.cell('r:2017-10-12:0:1', 1);
      await expect(jointChip).toHaveClass(/chip-joint/);
      await expect(emptyCell).toHaveClass(/empty-cell/);

      await dragOver(page, jointChip, emptyCell);
      await expect(page.locator('.drop-target').first()).toBeAttached();
      await expect(emptyCell.locator('.cell-drop')).toHaveCount(0);
      await expect(page.locator('.is-over')).toHaveCount(1);
      await expect(page.locator('.gap .drop-target.is-over')).toHaveCount(1);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-joint-over-cell.png`) });
      // Let go over the toolbar, away from every target: nothing changes.
      await page.mouse.move(600, 15, { steps: 4 });
      await drop(page);
      await expect(page.locator('.drop-target')).toHaveCount(0);
      await expect(page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');

      // WG.3's item 4, dragged from the agenda, fits that cell: there it lights up.
      const single = app.agendaItem('wg3-4');
      await dragOver(page, single, emptyCell);
      await expect(emptyCell.locator('.cell-drop.is-over')).toHaveCount(1);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-item-over-cell.png`) });
      await page.mouse.move(600, 15, { steps: 4 });
      await drop(page);
      await expect(page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');

      // A refusal (no slot before the week's first) stays until an edit succeeds.
      await app.cell('r:2017-10-09:0:0', 1).click();
      await page.keyboard.press('Alt+ArrowUp');
      await expect(app.message()).toContainText(REFUSAL[uiLang]);
      await page.keyboard.press('Alt+ArrowDown');
      await expect(app.message()).not.toContainText(REFUSAL[uiLang]);
      await expect(app.cell('r:2017-10-09:0:1', 1)).toContainText('1(a)');

      // And after a pointer drop that is accepted: item 4 into Thursday's empty WG.3 cell.
      await app.cell('r:2017-10-09:0:0', 1).click();
      await page.keyboard.press('Alt+ArrowUp');
      await expect(app.message()).toContainText(REFUSAL[uiLang]);
      await dragOver(page, single, emptyCell);
      await drop(page);
      await expect(app.cell('r:2017-10-12:0:1', 1)).toContainText('4');
      await expect(app.message()).not.toContainText(REFUSAL[uiLang]);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-after-drop.png`) });
      const saved = await app.save();
      expect(saved.days.find((d) => d.date === '2017-10-12')!.slots[0]!.rows[1]).toEqual({ wg3: 'wg3-4', wg2: 'wg2-3' });
    } finally {
      await app.close();
    }
  });
}

// Issue 15, point 6: after a pointer drop the grid's focus is on what was dropped, in view,
// so the keys act on it straight away (P and Alt+↑ used to ask to move the grid focus first).
for (const uiLang of ['en', 'zh'] as Lang[]) {
  test(`the grid focus follows a pointer drop, ${uiLang}`, async ({}, testInfo) => {
    const app = await App.open({ session: fixtureSession(), uiLang, docLang: uiLang });
    try {
      const { page } = app;
      await dragOver(page, app.agendaItem('wg3-4'), app.cell('r:2017-10-12:0:1', 1));
      await drop(page);
      await expect.poll(() => app.focused()).toEqual({ line: 'r:2017-10-12:0:1', col: '1', item: undefined, tag: 'DIV' });
      await expect(app.cell('r:2017-10-12:0:1', 1)).toBeInViewport();
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-focus-after-drop.png`) });
      // Alt+↓ moves that row on at once: into Thursday afternoon's empty slot.
      await page.keyboard.press('Alt+ArrowDown');
      await expect(app.cell('r:2017-10-12:1:0', 1)).toContainText('4');
      await expect(app.message()).not.toHaveClass(/tone-error/);
      await expect.poll(() => app.focused()).toMatchObject({ line: 'r:2017-10-12:1:0' });

      // A whole row dragged down its own slot: the focus lands where the row now is.
      await dragOver(page, app.cell('r:2017-10-09:0:0', 1).locator('.chip'), app.gap('2017-10-09', 0, 3));
      await drop(page);
      await expect(app.cell('r:2017-10-09:0:2', 1)).toContainText('1(a)');
      await expect.poll(() => app.focused()).toMatchObject({ line: 'r:2017-10-09:0:2', col: '1' });
      await page.keyboard.press('Alt+ArrowUp');
      await expect(app.cell('r:2017-10-09:0:1', 1)).toContainText('1(a)');
    } finally {
      await app.close();
    }
  });
}
