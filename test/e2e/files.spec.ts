// Runs in Node (tests). What the host reports about files reaches the user: a file changed
// on disk (overwrite or reload), a file that is not a session (its errors listed), a save
// that fails (the reason, and the work kept).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, expect, fixtureSession, test } from './app.ts';
import { gridTo } from './keyboard.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

async function editSomething(app: App) {
  await gridTo(app, 'r:2017-10-09:0:0', 1);
  await app.page.keyboard.press('Alt+ArrowDown');
  await expect(app.page.locator('.status-saved')).toHaveAttribute('data-dirty', 'true');
}

test('a file changed on disk: overwrite, or reload', async () => {
  const app = await App.open({ session: fixtureSession() });
  try {
    const { page } = app;
    await editSomething(app);
    const theirs = fixtureSession();
    theirs.title = { en: 'Their version', zh: '他们的版本' };
    writeFileSync(app.file, `${JSON.stringify(theirs, null, 2)}\n`);

    await page.keyboard.press('Control+s');
    const dialog = page.getByRole('dialog', { name: 'The file was changed by someone else' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('group', { name: 'Document title' }).getByLabel('EN')).toHaveValue('Their version');
    await expect(page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');

    await editSomething(app);
    writeFileSync(app.file, `${JSON.stringify(fixtureSession(), null, 2)}\n`);
    await page.keyboard.press('Control+s');
    await dialog.getByRole('button', { name: 'Overwrite' }).click();
    await expect(page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');
    const saved = JSON.parse(readFileSync(app.file, 'utf8'));
    expect(saved.title.en).toBe('Their version');
    expect(saved.days[0].slots[0].rows[1]).toEqual({ wg3: 'wg3-1a' });
  } finally {
    await app.close();
  }
});

test('a file that is not a session: its problems are listed, nothing is replaced', async () => {
  let broken = '';
  const app = await App.open({ session: fixtureSession(), openPath: () => broken });
  try {
    broken = join(app.dir, 'broken.orgwork');
    const bad = fixtureSession() as unknown as Record<string, unknown>;
    bad.version = 99;
    writeFileSync(broken, JSON.stringify(bad));
    await app.page.getByRole('button', { name: 'Open…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'This file cannot be opened' });
    await expect(dialog).toContainText('broken.orgwork');
    await expect(dialog.locator('.error-list li')).toHaveCount(1);
    await expect(dialog).toContainText('newer Orgwork');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(app.page.locator('.status-file')).toHaveText('session.orgwork');
  } finally {
    await app.close();
  }
});

test('a save that fails says why, keeps the work and offers another file', async () => {
  // The first place chosen is a folder that does not exist; the second is fine.
  let asked = 0;
  const app = await App.open({ session: fixtureSession(), savePath: (name, dir) => (++asked === 1 ? join(dir, 'no-such-folder', name) : join(dir, `other-${name}`)) });
  try {
    await editSomething(app);
    await app.page.getByRole('button', { name: 'Save as…' }).click();
    await expect(app.message()).toHaveClass(/tone-error/);
    await expect(app.message()).toContainText('Could not save');
    await expect(app.message()).toContainText('your work is still open here');
    // One sentence, the file named once (it read "Could not save X: Could not save X: …").
    expect((await app.message().innerText()).match(/Could not save/g)).toHaveLength(1);
    await expect(app.page.locator('.status-saved')).toHaveAttribute('data-dirty', 'true');
    // The way out is beside the message: another file, chosen in the save dialog.
    await app.message().getByRole('button', { name: 'Save in another file…' }).click();
    await expect(app.page.locator('.status-file')).toHaveText('other-session.orgwork');
    await expect(app.page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');
    expect(asked).toBe(2);
  } finally {
    await app.close();
  }
});

test('unsaved changes are not dropped by New without asking', async () => {
  const app = await App.open({ session: fixtureSession() });
  try {
    await editSomething(app);
    await app.page.getByRole('button', { name: 'New', exact: true }).click();
    const dialog = app.page.getByRole('dialog', { name: /Save changes to/ });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(app.page.locator('.status-file')).toHaveText('session.orgwork');
    await app.page.getByRole('button', { name: 'New', exact: true }).click();
    await dialog.getByRole('button', { name: "Don't save" }).click();
    await expect(app.page.locator('.status-file')).toHaveText('Untitled');
    await expect(app.page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');
  } finally {
    await app.close();
  }
});

test('work kept by the recovery journal is offered back at start', async () => {
  const app = await App.open({ session: fixtureSession() });
  try {
    const recovered = fixtureSession();
    recovered.title = { en: 'Recovered work', zh: '恢复的工作' };
    await app.host.handlers.writeRecovery({ id: 'crashed-window', path: app.file, name: 'session.orgwork', session: recovered });
    await app.page.reload();
    const dialog = app.page.getByRole('dialog', { name: 'Restore unsaved work?' });
    await dialog.getByRole('button', { name: 'Restore session.orgwork' }).click();
    await expect(app.page.getByRole('group', { name: 'Document title' }).getByLabel('EN')).toHaveValue('Recovered work');
    await expect(app.page.locator('.status-saved')).toHaveAttribute('data-dirty', 'true');
    // One message about it, not two: the notice above the grid, kept until saved.
    await expect(app.page.locator('.document-notice')).toHaveText(/unsaved work restored/);
    await expect(app.message()).toHaveText('');
    expect(await app.host.handlers.listRecovery()).toEqual([]);
  } finally {
    await app.close();
  }
});

test('Ctrl+S while typing in a field saves the text typed so far, and the typing goes on', async () => {
  const app = await App.open({ session: fixtureSession() });
  try {
    const { page } = app;
    const title = page.getByRole('group', { name: 'Document title' }).getByLabel('EN');
    await title.fill('Provisional agenda');
    await page.keyboard.press('Control+s');
    await expect(page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');
    expect(app.saved().title.en).toBe('Provisional agenda');
    // Still in the field, the caret where it was.
    await expect(title).toBeFocused();
    await page.keyboard.type(' (draft)');
    await expect(title).toHaveValue('Provisional agenda (draft)');
  } finally {
    await app.close();
  }
});
