// Runs in Node (tests). A large week (6 bodies × 40 items × 10 days × 3 meetings) opens with
// its first days drawn and the rest following in the background: in the end every day and
// every agenda body are there, and the keyboard reaches the last line of the week.
import { generateLargeSession } from '../bench/generate.ts';
import { App, expect, test } from './app.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

test('a large week opens from its first days, and the whole week and agenda follow', async () => {
  const session = generateLargeSession(2017);
  const app = await App.open({ session });
  try {
    const { page } = app;
    await expect(page.locator('.day-group')).toHaveCount(session.days.length);
    await expect(page.locator('.agenda-body')).toHaveCount(session.bodies.length);
    // The grid was interactive before the whole week was drawn.
    const shownFirst = await page.evaluate(() => (performance.getEntriesByName('orgwork:grid-ready')[0] as unknown as { detail: { days: number } }).detail.days);
    expect(shownFirst).toBeGreaterThan(0);
    expect(shownFirst).toBeLessThan(session.days.length);

    const lastDay = session.days.at(-1)!;
    const lastSlot = lastDay.slots.length - 1;
    const rows = lastDay.slots[lastSlot]!.rows.length;
    const lastLine = rows === 0 ? `e:${lastDay.date}:${lastSlot}` : `r:${lastDay.date}:${lastSlot}:${rows - 1}`;
    const firstDay = session.days[0]!;
    await app.cell(firstDay.slots[0]!.rows.length > 0 ? `r:${firstDay.date}:0:0` : `e:${firstDay.date}:0`, 0).click();
    await page.keyboard.press('Control+End');
    await expect.poll(async () => (await app.focused()).line).toBe(lastLine);
    await expect(app.cell(lastLine, Number((await app.focused()).col))).toBeInViewport();
  } finally {
    await app.close();
  }
});
