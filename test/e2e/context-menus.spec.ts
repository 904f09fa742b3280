// Runs in Node (tests). Issue 15, point 3: context menus on a chip, an empty cell, a slot's
// time, a day heading and an agenda entry — by pointer (right-click) and by keyboard (Shift+F10,
// the Menu key) — each entry doing what its key or button does. axe with a menu open.
import type { Lang } from '../../shared/i18n.ts';
import { App, expect, fixtureSession, seriousViolations, test } from './app.ts';
import { agendaTo } from './keyboard.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

const TEXT = {
  en: { duplicate: 'Duplicate the day…', duplicateTitle: 'Duplicate Tuesday, 10 October', duplicateButton: 'Duplicate', down: 'Move down (Alt+↓)', removeDay: 'Delete the day (2 placements go with it)', retimeDay: "Retime this day's meetings…", retime: 'Retime meetings', place: 'Place at grid focus (P)', placeHere: 'Place the selected item here (P)', evening: '6–9 p.m.', before: 'Insert a meeting before', after: 'Insert a meeting after', undo: 'Undo', undoTip: 'Undo: Added the meeting of Monday, 9 October, 6–9 p.m.', keysTitle: 'Keyboard', keysInsert: 'insert a meeting before or after it', textFields: 'In a text field', noRoom: 'here is no room for a meeting before the one of 08:00 to 10:00 on 2017-10-09' },
  zh: { duplicate: '复制此日…', duplicateTitle: '复制10月10日，星期二', duplicateButton: '复制', down: '下移（Alt+↓）', removeDay: '删除此日（连同 2 项安排）', retimeDay: '重新安排本日会议时间…', retime: '重新安排会议时间', place: '安排到表格焦点处（P）', placeHere: '把选中的项目放在这里（P）', evening: '下午6时至晚上9时', before: '在此之前插入一场会议', after: '在此之后插入一场会议', undo: '撤销', undoTip: '撤销：新增10月9日，星期一下午6时至晚上9时的会议', keysTitle: '键盘操作', keysInsert: '在其前或其后插入一场会议', textFields: '在文本框中', noRoom: '2017-10-09 08:00 至 10:00 的会议之前没有空余时间安排会议' },
} as const;

for (const uiLang of ['en', 'zh'] as Lang[]) {
  test(`context menus by pointer and keyboard, ${uiLang}`, async ({}, testInfo) => {
    const text = TEXT[uiLang];
    const app = await App.open({ session: fixtureSession(), uiLang, docLang: uiLang });
    try {
      const { page } = app;
      const menu = page.getByRole('menu');

      // A chip, right-clicked: the menu opens where the pointer is; Move down.
      await app.cell('r:2017-10-09:0:0', 1).click({ button: 'right', position: { x: 40, y: 10 } });
      await expect(menu.getByRole('menuitem').first()).toBeFocused();
      const cellBox = (await app.cell('r:2017-10-09:0:0', 1).boundingBox())!;
      const menuBox = (await menu.boundingBox())!;
      expect(Math.abs(menuBox.x - (cellBox.x + 40))).toBeLessThanOrEqual(2);
      expect(Math.abs(menuBox.y - (cellBox.y + 10))).toBeLessThanOrEqual(2);
      expect(await seriousViolations(app)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-chip-menu.png`) });
      await menu.getByRole('menuitem', { name: text.down }).click();
      await expect(menu).toHaveCount(0);
      await expect(app.cell('r:2017-10-09:0:1', 1)).toContainText('1(a)');

      // The same chip by keyboard: Shift+F10, ↓ to Move up, Enter; the focus comes back to the grid.
      await app.cell('r:2017-10-09:0:1', 1).focus();
      await page.keyboard.press('Shift+F10');
      await expect(menu.getByRole('menuitem').first()).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(app.cell('r:2017-10-09:0:0', 1)).toContainText('1(a)');
      await expect.poll(() => app.focused()).toMatchObject({ line: 'r:2017-10-09:0:0' });

      // A day heading: deleting says how much goes with it; Escape closes and gives the focus back.
      await app.cell('d:2017-10-10', 0).click({ button: 'right' });
      await expect(menu.getByRole('menuitem', { name: text.removeDay })).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-day-menu.png`) });
      await page.keyboard.press('Escape');
      await expect(menu).toHaveCount(0);
      await expect.poll(() => app.focused()).toMatchObject({ line: 'd:2017-10-10' });

      // Duplicating the day asks for a date (the next free weekday proposed), and is one undo step.
      await app.cell('d:2017-10-10', 0).focus();
      await page.keyboard.press('Shift+F10');
      await menu.getByRole('menuitem', { name: text.duplicate }).click();
      const copyDialog = page.getByRole('dialog', { name: text.duplicateTitle });
      await expect(copyDialog.locator('input[type="date"]')).toHaveValue('2017-10-16');
      await copyDialog.getByRole('button', { name: text.duplicateButton, exact: true }).click();
      await expect(app.cell('r:2017-10-16:0:1', 1)).toContainText('4');
      await page.keyboard.press('Control+z');
      await expect(app.cell('d:2017-10-16', 0)).toHaveCount(0);

      // A slot's time, by the Menu key: retime the day's meetings, in the dialog with that day chosen.
      await app.cell('r:2017-10-10:0:0', 0).focus();
      await page.keyboard.press('ContextMenu');
      await menu.getByRole('menuitem', { name: text.retimeDay }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: text.retime });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('checkbox', { checked: true })).toHaveCount(1);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);

      // A slot's time: insert a meeting after the afternoon one (18:00–21:00, empty, focused;
      // one undo step), and before the morning one (08:00–10:00); before that, no room is left.
      await app.cell('r:2017-10-09:1:0', 0).click({ button: 'right' });
      await expect(menu.getByRole('menuitem', { name: text.after })).toBeVisible();
      expect(await seriousViolations(app)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-slot-menu.png`) });
      await menu.getByRole('menuitem', { name: text.after }).click();
      await expect(app.cell('e:2017-10-09:2', 0)).toContainText(text.evening);
      await expect.poll(() => app.focused()).toMatchObject({ line: 'e:2017-10-09:2', col: '0' });
      // One undo step, named for what it does.
      const undo = page.getByRole('button', { name: text.undo, exact: true });
      await undo.hover();
      await expect(undo).toHaveAttribute('title', text.undoTip);
      await page.keyboard.press('Control+z');
      await expect(app.cell('e:2017-10-09:2', 0)).toHaveCount(0);
      await app.cell('r:2017-10-09:0:0', 0).focus();
      await page.keyboard.press('Shift+F10');
      await expect(menu.getByRole('menuitem').first()).toHaveAccessibleName(text.before);
      await page.keyboard.press('Enter');
      await expect.poll(() => app.focused()).toMatchObject({ line: 'e:2017-10-09:0', col: '0' });
      await expect(app.cell('r:2017-10-09:1:0', 1)).toContainText('1(a)');
      await page.keyboard.press('Shift+F10');
      await page.keyboard.press('Enter');
      await expect(app.message()).toContainText(text.noRoom);
      await expect(app.cell('e:2017-10-09:0', 0)).toHaveCount(1);
      await page.keyboard.press('Control+z');
      await expect(app.cell('r:2017-10-09:0:0', 1)).toContainText('1(a)');

      // An empty cell offers to place the selected item there.
      await app.agendaItem('wg3-4').click();
      await app.cell('r:2017-10-12:0:1', 1).click({ button: 'right' });
      await menu.getByRole('menuitem', { name: text.placeHere }).click();
      await expect(app.cell('r:2017-10-12:0:1', 1)).toContainText('4');

      // An agenda entry, by keyboard: place at the grid's focus (an empty slot).
      await app.cell('e:2017-10-12:1', 1).click();
      await agendaTo(app, 'wg3-3');
      await page.keyboard.press('Shift+F10');
      await expect(menu.getByRole('menuitem', { name: text.place })).toBeFocused();
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-agenda-menu.png`) });
      await page.keyboard.press('Enter');
      await expect(app.cell('r:2017-10-12:1:0', 1)).toContainText('3');

      // F1 lists inserting a meeting with the context menu's keys, and the keys of text fields.
      await page.keyboard.press('F1');
      const keys = page.getByRole('dialog', { name: text.keysTitle });
      await expect(keys).toContainText(text.keysInsert);
      await expect(keys.getByRole('heading', { name: text.textFields })).toBeVisible();
      expect(await seriousViolations(app)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-keys.png`) });
      await page.keyboard.press('Escape');
      await expect(keys).toHaveCount(0);
    } finally {
      await app.close();
    }
  });
}
