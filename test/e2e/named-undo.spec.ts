// Runs in Node (tests). Issue 15, point 4: Undo and Redo say what they undo — the toolbar's
// tooltips, and what a screen reader hears — in the interface language.
import type { Lang } from '../../shared/i18n.ts';
import { App, expect, fixtureSession, test } from './app.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

const TEXT = {
  en: {
    undo: 'Undo',
    redo: 'Redo',
    step: 'Moved item 1(a) of Working Group on International Cooperation from Monday, 9 October, 10 a.m.–1 p.m. to Monday, 9 October, 3–6 p.m.',
    undoTip: 'Undo: Moved item 1(a) of Working Group on International Cooperation from Monday, 9 Oc…',
    undone: 'Undone: Moved item 1(a)',
    redone: 'Redone: Moved item 1(a)',
  },
  zh: {
    undo: '撤销',
    redo: '重做',
    step: '将国际合作工作组的项目 1(a)从10月9日，星期一上午10时至下午1时移至10月9日，星期一下午3时至6时',
    undoTip: '撤销：将国际合作工作组的项目 1(a)从10月9日，星期一上午10时至下午1时移至10月9日，星期一下午3时至6时',
    undone: '已撤销：将国际合作工作组的项目 1(a)',
    redone: '已重做：将国际合作工作组的项目 1(a)',
  },
} as const;

for (const uiLang of ['en', 'zh'] as Lang[]) {
  test(`undo and redo name the step they undo, ${uiLang}`, async ({}, testInfo) => {
    const text = TEXT[uiLang];
    const app = await App.open({ session: fixtureSession(), uiLang, docLang: uiLang });
    try {
      const { page } = app;
      const undo = page.getByRole('button', { name: text.undo, exact: true });
      const redo = page.getByRole('button', { name: text.redo, exact: true });
      const announcer = page.locator('.visually-hidden[role="status"]');
      // 1(a) to the slot after: Alt+PageDown on Monday morning's first row.
      await app.cell('r:2017-10-09:0:0', 1).click();
      await page.keyboard.press('Alt+PageDown');
      await expect(app.cell('r:2017-10-09:1:0', 1)).toContainText('1(a)');
      await undo.hover();
      await expect(undo).toHaveAttribute('title', text.undoTip);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-named-undo.png`) });

      await page.keyboard.press('Control+z');
      await expect(announcer).toContainText(text.undone);
      await expect(announcer).toContainText(text.step.slice(-12));
      await redo.hover();
      await expect(redo).toHaveAttribute('title', new RegExp(`^${text.redo}`));
      await page.keyboard.press('Control+y');
      await expect(announcer).toContainText(text.redone);
      await expect(app.cell('r:2017-10-09:1:0', 1)).toContainText('1(a)');
    } finally {
      await app.close();
    }
  });
}
