// Runs in Node (tests). The desktop shell's promises about session files, end to end in the
// browser host: a change saved is there when the file is opened again, with the previous
// version kept as .bak; edits not saved when the app is killed come back from the recovery
// journal at the next start.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowserHost, type BrowserHost } from '../../electron/browser-host/launch.ts';
import { App, expect, FIXTURE, test } from './app.ts';
import { gridTo } from './keyboard.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

/** A folder that is not a temporary one, so saving goes straight to the file. */
function workFolder(): { dir: string; file: string; dataDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'orgwork-shell-'));
  const file = join(dir, 'ctoc-2017.orgwork');
  // A writable copy: the fixture is read-only, and a save refuses a read-only file.
  writeFileSync(file, readFileSync(FIXTURE));
  const dataDir = join(dir, 'data');
  return { dir, file, dataDir };
}

async function open(file: string, dataDir: string): Promise<BrowserHost> {
  const host = await launchBrowserHost({
    file,
    dataDir,
    // The whole of /tmp is not a mail program's folder in this test.
    deps: { temporaryFolders: [join(dataDir, 'mail')] },
    dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
  });
  await expect(host.page.locator('.status-file')).toHaveText('ctoc-2017.orgwork');
  return host;
}

/** Moves the first row of Monday morning down one place: wg3-1a after wg3-1b. */
async function moveFirstRowDown(host: BrowserHost, file: string): Promise<void> {
  const { page } = host;
  await gridTo(new App(host, page, file), 'r:2017-10-09:0:0', 1);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('.status-saved')).toHaveAttribute('data-dirty', 'true');
}

test('open the 2017 fixture, change it, save, reopen: the change is there and .bak holds the old file', async () => {
  const { file, dataDir } = workFolder();
  const original = readFileSync(file, 'utf8');
  const first = await open(file, dataDir);
  try {
    await moveFirstRowDown(first, file);
    await first.page.keyboard.press('Control+s');
    await expect(first.page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');
  } finally {
    await first.close();
  }
  expect(readFileSync(`${file}.bak`, 'utf8')).toBe(original);
  const second = await open(file, dataDir);
  try {
    const rows = JSON.parse(readFileSync(file, 'utf8')).days[0].slots[0].rows;
    expect(rows.slice(0, 2)).toEqual([{ wg3: 'wg3-1b' }, { wg3: 'wg3-1a' }]);
    // And the reopened app shows it: the first chip of Monday morning is now 1(b).
    await expect(second.page.locator('[data-line="r:2017-10-09:0:0"][data-col="1"]')).toContainText('1(b)');
  } finally {
    await second.close();
  }
});

/** The Chromium processes this test process started, killed without warning (a crash). */
function killChromium(): number {
  const pids = execFileSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const chromium = pids.filter((pid) => /chrom/i.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8')));
  for (const pid of chromium) process.kill(Number(pid), 'SIGKILL');
  return chromium.length;
}

test('edits made, the app killed, a restart: the restore offer brings the edits back', async () => {
  const { file, dataDir } = workFolder();
  const prefs = { uiLang: 'en', docLang: 'zh', recentFiles: [], recoveryIntervalSeconds: 1 };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'preferences.json'), JSON.stringify(prefs));
  const original = readFileSync(file, 'utf8');

  const crashed = await open(file, dataDir);
  await moveFirstRowDown(crashed, file);
  // The journal is written within the interval while there are unsaved changes.
  await expect.poll(async () => (await crashed.handlers.listRecovery()).length, { timeout: 10_000 }).toBe(1);
  expect(killChromium()).toBeGreaterThan(0);
  await crashed.close().catch(() => {});
  expect(readFileSync(file, 'utf8')).toBe(original);

  const restarted = await launchBrowserHost({ file, dataDir, deps: { temporaryFolders: [join(dataDir, 'mail')] } });
  try {
    const dialog = restarted.page.getByRole('dialog', { name: 'Restore unsaved work?' });
    await dialog.getByRole('button', { name: 'Restore ctoc-2017.orgwork' }).click();
    await expect(restarted.page.locator('[data-line="r:2017-10-09:0:0"][data-col="1"]')).toContainText('1(b)');
    await expect(restarted.page.locator('.status-saved')).toHaveAttribute('data-dirty', 'true');
  } finally {
    await restarted.close();
  }
});
