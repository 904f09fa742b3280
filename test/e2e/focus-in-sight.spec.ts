// Runs in Node (tests). The cell that has the keyboard focus is in sight: not under the sticky
// column headers, not under the time column when the grid scrolls sideways, and the times and
// day names stay at the left edge while it does.
import { generateLargeSession } from '../bench/generate.ts';
import { App, expect, test } from './app.ts';

test('a line the keyboard moves up to is not left under the column headers', async ({ app }) => {
  const { page } = app;
  // Body names in both languages: the tallest header.
  await page.getByRole('button', { name: 'Both' }).click();
  const lines = page.locator('.grid [role="rowgroup"]:not(.grid-head) [role="row"]');
  const above = lines.nth(5);
  const from = lines.nth(6).locator('[data-col="0"]');
  await from.evaluate((element) => (element as unknown as { focus(o: object): void }).focus({ preventScroll: true }));
  const head = (await page.locator('.grid-head').boundingBox())!;
  // The line above is half under the headers: in the scroll area, but not in sight.
  const aboveBox = (await above.boundingBox())!;
  await page.locator('.grid-scroll').evaluate((element, by) => (element.scrollTop += by), aboveBox.y - (head.y + head.height / 2));
  await page.keyboard.press('ArrowUp');
  const focused = await app.focused();
  expect(focused.line).toBe(await above.locator('[data-col="0"]').getAttribute('data-line'));
  expect((await app.cell(focused.line!, 0).boundingBox())!.y).toBeGreaterThanOrEqual(head.y + head.height - 1);
});

test('scrolled sideways, the times and the day names stay at the left, and the focused cell stays clear of them', async () => {
  const session = generateLargeSession(2017);
  const app = await App.open({ session });
  try {
    const { page } = app;
    const line = `r:${session.days[0]!.date}:0:0`;
    const lastCol = session.bodies.length;
    // Six bodies do not fit at 1366 px: reaching the last one scrolls the grid sideways.
    await app.cell(line, lastCol).click();
    const scroller = page.locator('.grid-scroll');
    expect(await scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    const edge = (await scroller.boundingBox())!.x;
    const time = (await app.cell(line, 0).boundingBox())!;
    expect(Math.abs(time.x - edge)).toBeLessThan(1);
    const dayName = (await page.locator('.day-heading-text').first().boundingBox())!;
    expect(dayName.x).toBeGreaterThanOrEqual(edge);
    expect(dayName.x).toBeLessThan(edge + time.width);

    // A cell half under the time column is in the scroll area but not in sight: moving the
    // focus onto it by keyboard scrolls it clear.
    await app.cell(line, 3).evaluate((element) => (element as unknown as { focus(o: object): void }).focus({ preventScroll: true }));
    const second = (await app.cell(line, 2).boundingBox())!;
    await scroller.evaluate((element, by) => (element.scrollLeft += by), second.x - edge - time.width / 2);
    await page.keyboard.press('ArrowLeft');
    expect((await app.focused()).col).toBe('2');
    expect((await app.cell(line, 2).boundingBox())!.x).toBeGreaterThanOrEqual(edge + time.width - 1);
  } finally {
    await app.close();
  }
});
