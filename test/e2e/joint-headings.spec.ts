// Runs in Node (tests). Issue 12, point 1, in the editor: a week whose agendas mark only the
// heading joint ("1. 组织事项（联合项目）：") gets no error where 1(a)/1(a) and 1(b)/1(b) share
// rows, shows them as joint chips across both bodies, places them together, and the pairing
// dialog proposes the sub-items under a paired heading.
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { parseSession, type Session } from '../../shared/model/index.ts';
import { App, expect, test } from './app.ts';
import { gridTo, placeFromAgenda } from './keyboard.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

function headingsSession(): Session {
  const text = readFileSync(new URL('../fixtures/joint-headings.orgwork', import.meta.url), 'utf8');
  const parsed = parseSession(text);
  if (!parsed.ok) throw new Error('joint-headings.orgwork does not load');
  return parsed.session;
}

test('sub-items of joint headings are one joint chip each, with no error, and are placed together', async ({}, testInfo) => {
  const app = await App.open({ session: headingsSession() });
  try {
    const { page } = app;
    await expect(page.locator('.status-bar')).toContainText('0 errors');
    for (const row of [0, 1]) {
      const line = app.gridLine(`r:2019-05-27:0:${row}`);
      await expect(line.locator('.chip-joint')).toHaveCount(1);
      await expect(line.locator('.chip')).toHaveCount(1);
    }
    await expect(app.gridLine('r:2019-05-27:0:0').locator('.chip-joint')).toContainText('会议开幕');
    // The annex preview marks each sub-item joint, as the 2017 annex marks its joint items.
    await expect(page.locator('.annex-preview')).toContainText('会议开幕（联合项目）');
    await page.screenshot({ path: testInfo.outputPath('joint-headings.png') });

    // Taken out of the grid, 1(b) goes back in with its partner: one row, one chip, no error again.
    await gridTo(app, 'r:2019-05-27:0:1', 1);
    await page.keyboard.press('Delete');
    await expect(app.gridLine('r:2019-05-27:0:1')).toContainText('利用视频会议');
    await expect(page.locator('.status-bar')).toContainText('2 unplaced');
    await gridTo(app, 'r:2019-05-27:0:0', 1);
    await placeFromAgenda(app, 'wg3-1b');
    await expect(app.gridLine('r:2019-05-27:0:1').locator('.chip-joint')).toContainText('通过议程');
    await expect(page.locator('.status-bar')).toContainText('0 errors');
    await expect(page.locator('.status-bar')).toContainText('0 unplaced');
    const saved = await app.save();
    expect(saved.days[0]!.slots[0]!.rows).toEqual([{ wg3: 'wg3-1a', wg2: 'wg2-1a' }, { wg3: 'wg3-1b', wg2: 'wg2-1b' }, { wg3: 'wg3-2' }]);
  } finally {
    await app.close();
  }
});

test('the pairing dialog proposes the sub-items under a paired heading', async ({}, testInfo) => {
  // As two imported agendas leave it: each body's joint items with keys of its own.
  const session = headingsSession();
  session.items = session.items.map((item) => (item.body === 'wg2' && item.joint ? { ...item, joint: `${item.joint}-wg2` } : item));
  const app = await App.open({ session });
  try {
    const { page } = app;
    // Before pairing, 1(a) and 1(a) are two discussions in one row: the checks say so.
    await expect(page.locator('.status-bar')).not.toContainText('0 errors');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('menuitem', { name: 'Pair joint items…' }).click();
    const pairing = page.getByRole('dialog', { name: 'Pair joint items' });
    await expect(pairing.locator('.pair-row')).toHaveCount(3);
    const heading = pairing.locator('.pair-row[data-pair="1"]');
    await expect(heading.getByLabel('Partner of Item 1 of WG.3')).toHaveValue('wg2-1');
    const subRows = heading.locator('.pair-sub-row');
    await expect(subRows).toHaveCount(2);
    await expect(heading.getByLabel('Partner of Item 1(a) of WG.3')).toHaveValue('wg2-1a');
    await expect(heading.getByLabel('Partner of Item 1(b) of WG.3')).toHaveValue('wg2-1b');
    await expect(subRows.locator('.pair-score')).toHaveText(['same letter', 'same letter']);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('pairing-sub-items.png') });
    // Unticking the heading takes its sub-items with it.
    await heading.getByRole('checkbox').uncheck();
    await expect(heading.locator('.pair-sub-row')).toHaveCount(0);
    await heading.getByRole('checkbox').check();
    await pairing.getByRole('button', { name: 'Pair 3 items' }).click();
    await expect(pairing).toBeHidden();
    await expect(page.locator('.status-bar')).toContainText('0 errors');
    await expect(app.gridLine('r:2019-05-27:0:0').locator('.chip-joint')).toHaveCount(1);
    // The sub-items keep no keys of their own: the headings' key pairs them.
    const saved = await app.save();
    const joint = (id: string) => saved.items.find((item) => item.id === id)!.joint;
    expect([joint('wg3-1a'), joint('wg2-1a')]).toEqual([undefined, undefined]);
    expect(joint('wg3-1')).toBe(joint('wg2-1'));
  } finally {
    await app.close();
  }
});
