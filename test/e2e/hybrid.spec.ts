// Runs in Node (tests). Issue 5, item 6: a hybrid session shows each meeting's time in its
// display time zones. The 2017 week retimed as the 2020 hybrid meetings were (12:00–14:00 and
// 16:00–18:00 in Vienna), switched to hybrid in the session inspector: New York sees 6–8 a.m.
import type { Lang } from '../../shared/i18n.ts';
import type { Session } from '../../shared/model/types.ts';
import { App, expect, fixtureSession, test } from './app.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

/** The fixture with every first slot at 12:00–14:00 and every second at 16:00–18:00. */
function retimedFixture(): Session {
  const session = fixtureSession();
  const times = [
    { start: '12:00', end: '14:00' },
    { start: '16:00', end: '18:00' },
  ];
  return { ...session, days: session.days.map((day) => ({ ...day, slots: day.slots.map((slot, i) => ({ ...slot, ...times[Math.min(i, 1)]! })) })) };
}

const TEXT = {
  en: { format: 'Meeting format', hybrid: 'Hybrid (remote participation)', newYork: 'New York 6–8 a.m.', nairobi: 'Nairobi 1–3 p.m.', add: 'Add a time zone', addButton: 'Add', sydney: 'Sydney 1–3 a.m. +1', remove: 'Remove Nairobi' },
  zh: { format: '会议形式', hybrid: '混合形式（远程参会）', newYork: '纽约 上午6时至8时', nairobi: '内罗毕 下午1时至3时', add: '添加时区', addButton: '添加', sydney: '悉尼 上午1时至3时 +1', remove: '删除内罗毕' },
} as const;

for (const uiLang of ['en', 'zh'] as Lang[]) {
  test(`hybrid session: slot times in other zones, ${uiLang} interface`, async ({}, testInfo) => {
    const text = TEXT[uiLang];
    const app = await App.open({ session: retimedFixture(), uiLang, docLang: uiLang });
    try {
      const { page } = app;
      const firstSlot = app.cell('r:2017-10-09:0:0', 0);
      const zone = (cell: typeof firstSlot, name: string) => cell.locator(`[data-zone="${name}"]`);
      await expect(firstSlot.locator('.zone-times')).toHaveCount(0);

      // In person → hybrid, through the session inspector (one editSession, so one undo step).
      await page.getByRole('combobox', { name: text.format }).selectOption({ label: text.hybrid });
      await expect(zone(firstSlot, 'America/New_York')).toHaveText(text.newYork);
      await expect(zone(firstSlot, 'Africa/Nairobi')).toHaveText(text.nairobi);
      await expect(firstSlot.locator('.zone-time')).toHaveCount(5);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-hybrid.png`) });

      // Sydney: 16:00 in Vienna is 1 a.m. there the next day.
      await page.getByRole('combobox', { name: text.add }).selectOption('Australia/Sydney');
      await page.getByRole('button', { name: text.addButton, exact: true }).click();
      const secondSlot = app.cell('r:2017-10-09:1:0', 0);
      await expect(zone(secondSlot, 'Australia/Sydney')).toHaveText(text.sydney);
      await page.getByRole('button', { name: text.remove }).click();
      await expect(zone(firstSlot, 'Africa/Nairobi')).toHaveCount(0);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-hybrid-zones.png`) });

      // Undo: Nairobi back, Sydney gone, then in person again.
      await page.keyboard.press('Control+z');
      await expect(zone(firstSlot, 'Africa/Nairobi')).toHaveText(text.nairobi);
      await page.keyboard.press('Control+z');
      await expect(zone(secondSlot, 'Australia/Sydney')).toHaveCount(0);
      await page.keyboard.press('Control+z');
      await expect(firstSlot.locator('.zone-times')).toHaveCount(0);

      // Redo and save: the file says hybrid, with the default zones left implicit.
      await page.keyboard.press('Control+y');
      await expect(zone(firstSlot, 'America/New_York')).toHaveText(text.newYork);
      const saved = await app.save();
      expect(saved.meetingFormat).toBe('hybrid');
      expect(saved.displayTimeZones).toBeUndefined();
    } finally {
      await app.close();
    }
  });
}
