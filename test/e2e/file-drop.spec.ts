// Runs in Node (tests). Dropping a session file on the window opens it, as File ▸ Open does:
// an overlay says so while it is dragged over, unsaved changes are asked about first, and a
// file that is no session is said and left alone. The browser host maps the test's File to a
// real path (electron/browser-host/launch.ts); Electron's preload does it with webUtils.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, expect, fixtureSession, test } from './app.ts';
import { gridTo } from './keyboard.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

/** A second session beside the open one, with a title of its own to tell it apart. */
function otherSession(app: App): string {
  const file = join(app.dir, 'other.orgwork');
  const session = fixtureSession();
  session.title = { en: 'The dropped session', zh: '拖放的会议' };
  writeFileSync(file, `${JSON.stringify(session, null, 2)}\n`);
  return file;
}

const titleField = (app: App) => app.page.getByRole('group', { name: 'Document title' }).getByLabel('EN');

test('dropping a session file opens it; the overlay shows only while it is over the window', async ({}, testInfo) => {
  const app = await App.open({ session: fixtureSession() });
  try {
    const { page } = app;
    const other = otherSession(app);
    const overlay = page.locator('.file-drop');
    const dragging = await app.dragFileOver(other);
    await expect(overlay).toBeVisible();
    await expect(overlay).toContainText('Drop to open');
    await page.screenshot({ path: testInfo.outputPath('drop-overlay.png') });
    await app.dropDragged(dragging);
    await expect(overlay).toHaveCount(0);
    await expect(page.locator('.status-file')).toHaveText('other.orgwork');
    await expect(titleField(app)).toHaveValue('The dropped session');
    await expect(app.message()).toContainText('Opened other.orgwork.');
  } finally {
    await app.close();
  }
});

test('a dropped file that is no session is said and left alone', async ({}, testInfo) => {
  const app = await App.open({ session: fixtureSession() });
  try {
    const { page } = app;
    const notes = join(app.dir, 'notes.txt');
    writeFileSync(notes, 'minutes of the bureau meeting\n');
    const dragging = await app.dragFileOver(notes, 'text/plain');
    await app.painted();
    await expect(page.locator('.file-drop')).toHaveCount(0);
    await app.dropDragged(dragging);
    await expect(app.message()).toContainText('Not opened: notes.txt is not an Orgwork session. Only .orgwork files open when dropped here.');
    await page.screenshot({ path: testInfo.outputPath('drop-not-session.png') });
    await expect(page.locator('.status-file')).toHaveText('session.orgwork');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  } finally {
    await app.close();
  }
});

test('a file the host cannot place, and several files at once, open nothing and say why', async () => {
  const app = await App.open({ session: fixtureSession() });
  try {
    const { page } = app;
    const other = otherSession(app);
    // A drag from a web page, or into a browser: the File has no path on this computer.
    await app.dropDragged(await app.dragFilesOver([{ path: other, mapped: false }]));
    await expect(app.message()).toContainText('Orgwork cannot tell where other.orgwork is saved. Open it with File ▸ Open.');

    const twoFiles = await app.dragFilesOver([{ path: other }, { path: app.file }]);
    await app.painted();
    await expect(page.locator('.file-drop')).toHaveCount(0);
    await app.dropDragged(twoFiles);
    await expect(app.message()).toContainText('Nothing was opened: drop one session file at a time (2 were dropped).');
    await expect(page.locator('.status-file')).toHaveText('session.orgwork');
  } finally {
    await app.close();
  }
});

test('a session file gone by the time it is dropped: the host refuses it and says why, once', async () => {
  const app = await App.open({ session: fixtureSession() });
  try {
    const other = otherSession(app);
    const dragging = await app.dragFileOver(other);
    rmSync(other);
    await app.dropDragged(dragging);
    await expect(app.message()).toHaveText(`Could not open ${other}: the file does not exist.Dismiss`);
    await expect(app.page.locator('.status-file')).toHaveText('session.orgwork');
  } finally {
    await app.close();
  }
});

test('unsaved changes are asked about before a dropped file replaces them', async () => {
  const app = await App.open({ session: fixtureSession() });
  try {
    const { page } = app;
    const other = otherSession(app);
    await gridTo(app, 'r:2017-10-09:0:0', 1);
    await page.keyboard.press('Alt+ArrowDown');
    await expect(page.locator('.status-saved')).toHaveAttribute('data-dirty', 'true');

    await app.dropFile(other);
    const question = page.getByRole('dialog', { name: 'Save changes to session.orgwork?' });
    await expect(question).toBeVisible();
    // Behind the question a second drag gets no overlay: a drop there is refused.
    const behind = await app.dragFileOver(other);
    await app.painted();
    await expect(page.locator('.file-drop')).toHaveCount(0);
    await app.dropDragged(behind);
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator('.status-file')).toHaveText('session.orgwork');
    await expect(page.locator('.status-saved')).toHaveAttribute('data-dirty', 'true');

    await app.dropFile(other);
    await question.getByRole('button', { name: "Don't save" }).click();
    await expect(page.locator('.status-file')).toHaveText('other.orgwork');
    await expect(titleField(app)).toHaveValue('The dropped session');
    await expect(page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');
    // Nothing was written to the file left behind.
    expect(app.saved().days[0]!.slots[0]!.rows).toEqual(fixtureSession().days[0]!.slots[0]!.rows);
  } finally {
    await app.close();
  }
});

test('the overlay speaks the interface language', async () => {
  const app = await App.open({ session: fixtureSession(), uiLang: 'zh' });
  try {
    const dragging = await app.dragFileOver(otherSession(app));
    await expect(app.page.locator('.file-drop')).toContainText('松开即可打开');
    await app.page.evaluate((dataTransfer) => {
      const page = globalThis as any;
      page.document.body.dispatchEvent(new page.DragEvent('dragleave', { bubbles: true, dataTransfer, relatedTarget: null }));
    }, dragging);
    await expect(app.page.locator('.file-drop')).toHaveCount(0);
  } finally {
    await app.close();
  }
});
