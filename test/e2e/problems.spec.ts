// Runs in Node (tests). The problems panel: grouped by severity with counts, live as the plan
// is edited, and a click on a problem's place takes the grid focus there.
import { App, expect, fixtureSession, test } from './app.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

test('problems are grouped by severity, follow edits, and reveal their place', async () => {
  const session = fixtureSession();
  // WG.2's item 2 leaves the joint row of Thursday morning: its partner WG.3 item 5 is alone.
  session.days[3]!.slots[0]!.rows[0] = { wg3: 'wg3-5' };
  const app = await App.open({ session });
  try {
    const { page } = app;
    await page.getByRole('tab', { name: /^Problems/ }).click();
    const errors = page.getByRole('region', { name: '1 error' });
    await expect(errors).toBeVisible();
    await expect(page.getByRole('region', { name: '1 note' })).toBeVisible();
    await expect(page.locator('.status-bar')).toContainText('1 error');

    await errors.getByRole('button').first().click();
    // The focus lands on the empty cell where the partner should be: WG.2's column.
    await expect.poll(() => app.focused()).toMatchObject({ line: 'r:2017-10-12:0:0', col: '2' });

    // Live: taking the lone half of the joint discussion out of that row ends the error.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Delete');
    await expect(errors).toHaveCount(0);
    await expect(page.locator('.status-bar')).toContainText('0 errors');
  } finally {
    await app.close();
  }
});
