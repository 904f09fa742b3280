// Runs in Node (tests). Dragging by keyboard (dnd-kit's keyboard sensor): Space picks an
// agenda item up, arrow keys go from one drop target to the next in reading order, Space drops.
import { expect, test, type App } from './app.ts';
import { agendaTo } from './keyboard.ts';

/**
 * Space on an agenda item, then wait until the drag is under way: dnd-kit starts listening
 * for the arrow keys a moment after the pick-up, and a person is never that quick.
 */
async function pickUp(app: App, item: string) {
  await agendaTo(app, item);
  await app.page.keyboard.press('Space');
  await expect(app.page.locator('.drag-preview')).toBeVisible();
  await app.page.waitForTimeout(50);
}

test('an agenda item is dragged into the grid by keyboard', async ({ app }) => {
  const { page } = app;
  await pickUp(app, 'wg3-1a');
  // First target in reading order: Monday morning's empty slot; then Monday afternoon's.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(app.cell('r:2017-10-09:1:0', 1)).toContainText('1(a)');
  // Dropped into a row's gap: before the row just placed.
  await pickUp(app, 'wg3-1b');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(app.cell('r:2017-10-09:1:0', 1)).toContainText('1(b)');
  await expect(app.cell('r:2017-10-09:1:1', 1)).toContainText('1(a)');
  // Escape cancels: nothing changes.
  await pickUp(app, 'wg3-2');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(app.cell('e:2017-10-09:0', 1)).toBeVisible();
  expect((await app.save()).days[0]!.slots[1]!.rows).toEqual([{ wg3: 'wg3-1b' }, { wg3: 'wg3-1a' }]);
});
