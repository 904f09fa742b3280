// Runs in Node (tests). Issue 7, compare and merge in the app: comparing the open session with
// another copy lists exactly the scripted edits and marks the moved row in the grid; a merge
// from a common version the app has opened lists the one conflict, takes the pick, is one
// undoable edit, and what is saved afterwards loads. axe checks the panel and the dialog.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { revisionOf, withCurrentLineage } from '../../shared/merge/index.ts';
import { parseSession, serializeSession, type Session } from '../../shared/model/index.ts';
import { App, expect, fixtureSession, test } from './app.ts';
import { gridTo } from './keyboard.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

const WG3 = 'Working Group on International Cooperation';
const NEW_TITLE = 'Bilateral consultations on transfer of proceedings';

/** The fixture with item 4 of WG.3 moved to Thursday afternoon (empty there) and item 3 retitled. */
function otherCopy(): Session {
  const session = structuredClone(fixtureSession());
  session.days[1]!.slots[0]!.rows.splice(1, 1);
  session.days[3]!.slots[1]!.rows.push({ wg3: 'wg3-4' });
  session.items.find((item) => item.id === 'wg3-3')!.title.en = NEW_TITLE;
  return session;
}

async function seriousViolations(app: App, what: string): Promise<string[]> {
  const results = await new AxeBuilder({ page: app.page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

async function chooseFromCompareMenu(app: App, entry: RegExp) {
  await app.page.getByRole('button', { name: /^(Compare|比较)/ }).click();
  await app.page.getByRole('menuitem', { name: entry }).click();
}

test('compare with a file: the change list shows exactly the scripted edits, the grid marks the moved row', async ({}, testInfo) => {
  let other = '';
  const app = await App.open({ session: fixtureSession(), openPath: () => other });
  try {
    const { page } = app;
    other = join(app.dir, 'copy from Li.orgwork');
    writeFileSync(other, serializeSession(otherCopy()));
    await chooseFromCompareMenu(app, /Compare with file/);

    const panel = page.getByTestId('compare-panel');
    await expect(panel.getByRole('heading', { name: 'Changes from session.orgwork to copy from Li.orgwork' })).toBeFocused();
    await expect(panel.getByRole('status')).toHaveText('2 changes');
    await expect(panel.locator('.change')).toHaveText([
      `Changed the title (English) of item 3 of ${WG3}: “Good practices in bilateral consultations between central authorities, including preparation, follow-up of cases, training and participation” → “${NEW_TITLE}”`,
      `Moved item 4 of ${WG3} from Tuesday, 10 October, 10 a.m.–1 p.m. to Thursday, 12 October, 3–6 p.m.`,
    ]);
    await expect(panel.getByRole('heading', { level: 3 })).toHaveText(['Agenda items (1)', 'Placements (1)']);

    // The grid marks the moved row (and the retitled item), with words for screen readers.
    const moved = app.cell('r:2017-10-10:0:1', 1).locator('.chip');
    await expect(moved).toHaveClass(/diff-moved/);
    await expect(moved).toContainText('Moved to another meeting in the other copy');
    await expect(app.cell('r:2017-10-10:0:0', 1).locator('.chip')).toHaveClass(/diff-changed/);
    await expect(app.cell('r:2017-10-09:0:0', 1).locator('.chip')).not.toHaveAttribute('data-diff');
    await expect(page.locator('.chip[data-diff]')).toHaveCount(2);

    // Choosing a change goes to it in the grid.
    await panel.getByRole('button', { name: /^Moved item 4/ }).click();
    await expect(app.cell('r:2017-10-10:0:1', 1)).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Item 4' })).toBeVisible();
    expect(await seriousViolations(app, 'comparison panel')).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('compare-en.png') });

    // The list follows edits of the open copy: making the same move here leaves one change.
    await page.keyboard.press('Alt+PageDown');
    await page.keyboard.press('Alt+PageDown');
    await page.keyboard.press('Alt+PageDown');
    await page.keyboard.press('Alt+PageDown');
    await expect(app.cell('r:2017-10-12:1:0', 1)).toContainText('4');
    await expect(panel.getByRole('status')).toHaveText('1 change');
    await expect(page.locator('.chip[data-diff="moved"]')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(panel.getByRole('status')).toHaveText('2 changes');

    await panel.getByRole('button', { name: 'Close comparison' }).click();
    await expect(panel).toHaveCount(0);
    await expect(page.locator('.chip[data-diff]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Compare/ })).toBeFocused();
  } finally {
    await app.close();
  }
});

test('merge with one conflict from a common version: pick theirs, apply, undo, and the saved file loads', async ({}, testInfo) => {
  let other = '';
  // The app opens the fixture, so its library knows that revision: both copies descend from it.
  const app = await App.open({ session: fixtureSession(), openPath: () => other });
  try {
    const { page } = app;
    const theirs = fixtureSession();
    theirs.days[1]!.slots[0]!.rows.splice(1, 1);
    theirs.days[3]!.slots[1]!.rows.push({ wg3: 'wg3-4' });
    theirs.items.find((item) => item.id === 'wg2-3')!.title.en = 'Their title of item 3';
    other = join(app.dir, 'theirs.orgwork');
    writeFileSync(other, serializeSession(withCurrentLineage({ ...theirs, lineage: { revision: revisionOf(fixtureSession()) } })));

    // Ours: item 1(a) of WG.3 after 1(b) (theirs left that alone), and item 4 of WG.3 moved
    // one meeting later, to Wednesday morning (theirs moved it elsewhere: the conflict).
    await gridTo(app, 'r:2017-10-09:0:0', 1);
    await page.keyboard.press('Alt+ArrowDown');
    await gridTo(app, 'r:2017-10-10:0:1', 1);
    await page.keyboard.press('Alt+PageDown');
    await expect(app.cell('r:2017-10-11:0:0', 1)).toContainText('4');

    await chooseFromCompareMenu(app, /Merge with file/);
    const dialog = page.getByRole('dialog', { name: 'Merge theirs.orgwork into session.orgwork' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Common version found');
    const conflicts = dialog.locator('.conflict');
    await expect(conflicts).toHaveCount(1);
    await expect(conflicts.locator('legend')).toHaveText(`The two copies place item 4 of ${WG3} differently`);
    await expect(conflicts.getByRole('radio', { name: /Keep mine/ })).toHaveAccessibleName('Keep mine This copy: placed in Wednesday, 11 October, 10 a.m.–1 p.m.');
    await expect(conflicts.getByRole('radio', { name: /Take theirs/ })).toHaveAccessibleName('Take theirs The other copy: placed in Thursday, 12 October, 3–6 p.m.');
    // The non-conflicting edit of theirs is in the preview already.
    await expect(dialog.locator('.merge-summary')).toContainText('1 change from theirs.orgwork will be added.');
    await expect(dialog.locator('.merge-preview .change')).toHaveText([/^Changed the title \(English\) of item 3 of Working Group of Government Experts.*“Their title of item 3”$/]);

    // Applying before picking says what is missing and goes there.
    await dialog.getByRole('button', { name: 'Apply merge' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Choose a copy for the remaining difference before applying the merge.');
    await expect(conflicts.getByRole('radio', { name: /Keep mine/ })).toBeFocused();

    await conflicts.getByRole('radio', { name: /Take theirs/ }).check();
    await expect(dialog.locator('.merge-summary')).toContainText('2 changes from theirs.orgwork will be added.');
    await expect(dialog.locator('.merge-preview .change')).toContainText([/Moved item 4 of Working Group on International Cooperation from Wednesday, 11 October, 10 a\.m\.–1 p\.m\. to Thursday, 12 October, 3–6 p\.m\./]);
    expect(await seriousViolations(app, 'merge dialog')).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('merge-en.png') });

    await dialog.getByRole('button', { name: 'Apply merge' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(app.message()).toContainText('Merged theirs.orgwork: 2 changes.');
    // The grid shows theirs: item 4 on Thursday afternoon, no longer on Wednesday morning.
    await expect(app.cell('r:2017-10-12:1:0', 1)).toContainText('4');
    await expect(app.cell('r:2017-10-11:0:0', 2)).toContainText('1(a)');

    // One undo takes the whole merge back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(app.cell('r:2017-10-11:0:0', 1)).toContainText('4');
    await expect(page.locator('[data-line="e:2017-10-12:1"]').first()).toBeVisible();
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(app.cell('r:2017-10-12:1:0', 1)).toContainText('4');

    const saved = await app.save();
    const reparsed = parseSession(serializeSession(saved));
    expect(reparsed.ok).toBe(true);
    expect(saved.days[3]!.slots[1]!.rows).toEqual([{ wg3: 'wg3-4' }]);
    expect(saved.items.find((item) => item.id === 'wg2-3')!.title.en).toBe('Their title of item 3');
    expect(saved.days[0]!.slots[0]!.rows.slice(0, 2)).toEqual([{ wg3: 'wg3-1b' }, { wg3: 'wg3-1a' }]);
    // The file records the merge: edited from the version opened, with theirs merged in.
    expect(saved.lineage).toEqual({ revision: revisionOf(saved), parent: revisionOf(fixtureSession()), merged: [revisionOf(theirs)] });
  } finally {
    await app.close();
  }
});

test('without a common version: says so, and every difference is a pick (Chinese interface)', async ({}, testInfo) => {
  let other = '';
  const app = await App.open({ session: fixtureSession(), uiLang: 'zh', docLang: 'both', openPath: () => other });
  try {
    const { page } = app;
    other = join(app.dir, 'unrelated.orgwork');
    // No lineage, and content this computer never saw: no common version.
    writeFileSync(other, serializeSession(otherCopy()));
    await chooseFromCompareMenu(app, /与文件比较/);
    const panel = page.getByTestId('compare-panel');
    await expect(panel.getByRole('heading', { name: '从 session.orgwork 到 unrelated.orgwork 的更改' })).toBeVisible();
    await expect(panel.getByRole('status')).toHaveText('2 处更改');
    await expect(app.cell('r:2017-10-10:0:1', 1).locator('.chip')).toContainText('在另一副本中已移至另一次会议');
    await page.screenshot({ path: testInfo.outputPath('compare-zh.png') });

    // By keyboard: the menu button opens on its first entry, ↓ moves to "Merge with file…".
    const compareButton = page.getByRole('button', { name: /^比较/ });
    await compareButton.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: /与文件比较/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    // Escape is the safe way out: nothing changes, focus goes back to the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(compareButton).toBeFocused();
    await chooseFromCompareMenu(app, /与文件合并/);
    await expect(dialog).toContainText('未找到共同版本：进行双向比较，请对每处差异逐一选择。');
    await expect(dialog.locator('.conflict')).toHaveCount(2);
    await dialog.locator('.conflict').nth(0).getByRole('radio', { name: /采用另一副本/ }).check();
    await dialog.locator('.conflict').nth(1).getByRole('radio', { name: /保留本副本/ }).check();
    expect(await seriousViolations(app, 'merge dialog (zh)')).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('merge-zh.png') });
    await dialog.getByRole('button', { name: '应用合并' }).click();
    await expect(dialog).toHaveCount(0);
    // Only the picked title came over; the placement stayed as here, so one change is left.
    await expect(panel.getByRole('status')).toHaveText('1 处更改');
    await expect(compareButton).toBeFocused();
  } finally {
    await app.close();
  }
});
