// Runs in Node (tests). The desktop menus' commands reach the features they name: each opens
// its dialog or panel in the renderer, as a click in Electron's application menu would (the
// browser host plays the command through the same onMenuCommand listener).
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { App, expect, fixtureSession, test } from './app.ts';

test.use({
  app: async ({}, use) => {
    let other = '';
    const app = await App.open({ session: fixtureSession(), openPath: () => other });
    other = join(app.dir, 'other.orgwork');
    writeFileSync(other, `${JSON.stringify({ ...fixtureSession(), venue: { en: 'Geneva', zh: '日内瓦' } }, null, 2)}\n`);
    await use(app);
    await app.close();
  },
});

test('File, Edit and Help menu commands open the wizard, import, share, compare, merge, pairing, review and the keyboard reference', async ({ app }) => {
  const { page } = app;
  const opens = async (command: Parameters<App['host']['menu']>[0], dialog: string) => {
    await app.host.menu(command);
    const shown = page.getByRole('dialog', { name: dialog });
    await expect(shown, command).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(shown, command).toHaveCount(0);
  };
  await opens('new-wizard', 'New session');
  await opens('import-agenda', 'Import agenda');
  await opens('share', 'Share by email');

  await app.host.menu('compare');
  await expect(page.getByText('Changes from session.orgwork to other.orgwork')).toBeVisible();
  await expect(page.getByText(/Geneva/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Close comparison' }).click();

  await app.host.menu('merge');
  await expect(page.getByRole('dialog')).toContainText('other.orgwork');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Edit ▸ Fill Missing Translations… reviews what the term base can fill (or says there is nothing).
  await app.host.menu('fill-translations');
  await expect(page.getByRole('dialog', { name: 'Review filled translations' }).or(app.message().filter({ hasText: 'Nothing to fill' }))).toBeVisible();
  await page.keyboard.press('Escape');
  await opens('pair-joint', 'Pair joint items');
  await opens('keys', 'Keyboard');
});
