// Runs in Node (tests). The import dialog in the other UN languages (issue 16 point 5): a box's
// language chosen among the six, the French agenda pasted for a body whose items have English
// and Chinese titles adds their French titles by number, an Arabic box reads right to left,
// and the dialog stays clean for axe.
import { expect, seriousViolations, test } from './app.ts';

const WG3_FR = `1. Questions d’organisation :
a) Ouverture de la réunion ;
b) Adoption de l’ordre du jour et organisation des travaux.
6. Questions diverses (point commun).`;

const WG3_AR = `١- المسائل التنظيمية:
(أ) افتتاح الاجتماع؛
(ب) إقرار جدول الأعمال وتنظيم الأعمال.`;

test('the French agenda adds French titles to the items by number; an Arabic box reads right to left', async ({ app }, testInfo) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('menuitem', { name: 'Import agenda…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import agenda' });
  await expect(dialog.getByLabel('Add the items to')).toHaveValue('wg3');

  // The second box becomes French; the first stays Chinese.
  await dialog.getByLabel('Language of box 2').selectOption({ label: 'French' });
  await dialog.getByLabel('Agenda in French').fill(WG3_FR);
  await expect(dialog.getByRole('status')).toHaveText('4 items, 1 joint.');
  await expect(dialog.getByRole('columnheader', { name: 'French title' })).toBeVisible();
  await expect(dialog.locator('tr[data-number="1(a)"]')).toContainText('Ouverture de la réunion');
  await expect(dialog.getByText('4 items have numbers this body already uses')).toBeVisible();
  expect(await seriousViolations(app)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('import-fr.png') });

  // Arabic in the first box: right to left, and said when it holds another language.
  await dialog.getByLabel('Language of box 1').selectOption({ label: 'Arabic' });
  await dialog.getByLabel('Agenda in Arabic').fill(WG3_AR);
  await expect(dialog.getByLabel('Agenda in Arabic')).toHaveAttribute('dir', 'rtl');
  await expect(dialog.locator('tr[data-number="1(b)"] td[lang="ar"]')).toHaveText('إقرار جدول الأعمال وتنظيم الأعمال');
  // Choosing the other box's language swaps the two boxes.
  await dialog.getByLabel('Language of box 2').selectOption({ label: 'Arabic' });
  await expect(dialog.getByLabel('Language of box 1')).toHaveValue('fr');
  await dialog.getByLabel('Language of box 1').selectOption({ label: 'Spanish' });
  await dialog.getByLabel('Agenda in Spanish').fill(WG3_FR);
  await expect(dialog.getByText('This text looks French, not Spanish. Is it in the right box?')).toBeVisible();
  // Back to French: the French text is still there, merged with the Arabic by number.
  await dialog.getByLabel('Language of box 1').selectOption({ label: 'French' });
  await expect(dialog.getByLabel('Agenda in French')).toHaveValue(WG3_FR);
  await expect(dialog.getByRole('status')).toHaveText('4 items, 1 joint.');
  expect(await seriousViolations(app)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('import-ar.png') });

  await dialog.getByRole('button', { name: 'Add 4 items' }).click();
  await expect(dialog).toBeHidden();
  // The 2017 bodies have joint items: pairing is proposed next; they are paired already.
  const pairing = page.getByRole('dialog', { name: 'Pair joint items' });
  await pairing.getByRole('button', { name: 'Cancel' }).click();
  await expect(pairing).toBeHidden();
  const saved = await app.save();
  const titles = Object.fromEntries(saved.items.filter((item) => item.body === 'wg3').map((item) => [item.number, item.title]));
  expect(titles['1(a)']).toEqual({ en: 'Opening of the meeting', zh: '会议开幕', fr: 'Ouverture de la réunion', ar: 'افتتاح الاجتماع' });
  expect(titles['6']).toMatchObject({ en: 'Other matters', zh: '其他事项', fr: 'Questions diverses' });
  expect(titles['2']).not.toHaveProperty('fr');
});
