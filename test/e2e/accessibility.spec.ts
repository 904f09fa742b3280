// Runs in Node (tests). Issue 4, done when: axe-core reports no serious or critical violation
// on the main screen, the inspector (item, body, slot, session) and the annex preview.
import { AxeBuilder } from '@axe-core/playwright';
import { App, expect, fixtureSession, test } from './app.ts';

test.use({ app: async ({}, use) => {
  const app = await App.open({ session: fixtureSession() });
  await use(app);
  await app.close();
} });

async function seriousViolations(app: App, what: string) {
  const results = await new AxeBuilder({ page: app.page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return serious.map((v) => `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

test('no serious or critical axe violations', async ({ app }) => {
  const { page } = app;
  const found: string[] = [];
  found.push(...(await seriousViolations(app, 'main screen, session inspector')));
  await app.cell('r:2017-10-11:0:2', 1).click();
  await expect(page.getByRole('heading', { name: 'Item 5' })).toBeVisible();
  found.push(...(await seriousViolations(app, 'item inspector (joint placement)')));
  await app.cell('h', 2).click();
  found.push(...(await seriousViolations(app, 'body inspector')));
  await app.cell('r:2017-10-09:0:0', 0).click();
  found.push(...(await seriousViolations(app, 'slot inspector')));
  await page.getByRole('group', { name: 'Document' }).getByRole('button', { name: 'Both' }).click();
  await page.getByRole('button', { name: 'Tall' }).click();
  found.push(...(await seriousViolations(app, 'preview in both languages')));
  await page.getByRole('group', { name: 'Interface' }).getByRole('button', { name: '中文' }).click();
  found.push(...(await seriousViolations(app, 'Chinese interface')));
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog')).toBeVisible();
  found.push(...(await seriousViolations(app, 'keyboard dialog')));
  expect(found).toEqual([]);
});
