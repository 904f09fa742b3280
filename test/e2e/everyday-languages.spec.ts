// Runs in Node (tests). Issue 15, points 7 and 8: the drag preview and the "place at grid
// focus" hint speak the document's language, screen-reader drag announcements the
// interface's; the inspector names an item's joint partners, never its internal key; a
// "Saved"/"Opened" message goes with the next edit.
import type { DocumentLang } from '../../shared/api.ts';
import type { Lang } from '../../shared/i18n.ts';
import { App, expect, fixtureSession, test } from './app.ts';
import { agendaTo } from './keyboard.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

const CASES: { uiLang: Lang; docLang: DocumentLang; title: string; picked: RegExp; partners: string; saved: string }[] = [
  { uiLang: 'en', docLang: 'zh', title: '在获得电子证据方面的最新动态', picked: /^(Picked up|4 Recent developments in obtaining electronic evidence is over the agenda)/, partners: 'Discussed jointly with WG.2 2.', saved: 'Saved session.orgwork.' },
  { uiLang: 'zh', docLang: 'en', title: 'Recent developments in obtaining electronic evidence', picked: /^(已拿起|4 在获得电子证据方面的最新动态 位于 议程)/, partners: '与WG.2项目2联合讨论。', saved: '已保存 session.orgwork。' },
];

for (const { uiLang, docLang, title, picked, partners, saved } of CASES) {
  test(`drag preview in the document's language, announcements in the interface's, ${uiLang} interface, ${docLang} document`, async ({}, testInfo) => {
    const app = await App.open({ session: fixtureSession(), uiLang, docLang });
    try {
      const { page } = app;
      // The place-here hint names the selected item as the document does.
      await app.agendaItem('wg3-4').click();
      await expect(page.locator('.place-here-detail')).toContainText(title);

      // Picked up by keyboard: the preview in the document's language, the announcement in the interface's.
      await agendaTo(app, 'wg3-4');
      await page.keyboard.press('Space');
      const preview = page.locator('.drag-preview');
      await expect(preview).toContainText(title);
      const liveRegions = page.locator('[id^="DndLiveRegion"]');
      await expect(liveRegions).toHaveText(picked);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-ui-${docLang}-doc-drag.png`) });
      await page.keyboard.press('Escape');
      await expect(preview).toHaveCount(0);

      // The inspector of a joint item names its partner.
      await app.cell('r:2017-10-11:0:2', 1).click();
      await expect(page.locator('.inspector-panel')).toContainText(partners);
      await expect(page.locator('.inspector-panel')).not.toContainText('Joint key');

      // "Saved …" goes with the next edit.
      await app.save();
      await expect(app.message()).toContainText(saved);
      await app.cell('r:2017-10-09:0:0', 1).click();
      await page.keyboard.press('Alt+ArrowDown');
      await expect(app.message()).not.toContainText(saved);
    } finally {
      await app.close();
    }
  });
}

// Issue 15, point 8: a body added after the first proposes the first body's dates (back-to-back
// bodies meet the same week), not the wizard's defaults again.
test("a second body in the wizard takes the first body's dates", async ({}, testInfo) => {
  const app = await App.open({ session: fixtureSession(), uiLang: 'en', docLang: 'en' });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('menuitem', { name: 'New session from wizard…' }).click();
    const wizard = page.getByRole('dialog', { name: 'New session' });
    await wizard.getByRole('button', { name: 'Add a new body' }).click();
    const defaultFrom = await wizard.getByLabel('First day (Body 1)').inputValue();
    await wizard.getByLabel('First day (Body 1)').fill('2026-05-18');
    await wizard.getByLabel('Last day (Body 1)').fill('2026-05-22');
    await wizard.getByRole('button', { name: 'Add a new body' }).click();
    await expect(wizard.getByLabel('First day (Body 2)')).toHaveValue('2026-05-18');
    await expect(wizard.getByLabel('Last day (Body 2)')).toHaveValue('2026-05-22');
    expect(defaultFrom).not.toBe('2026-05-18');
    await page.screenshot({ path: testInfo.outputPath('1366x768-en-wizard-second-body.png') });
  } finally {
    await app.close();
  }
});
