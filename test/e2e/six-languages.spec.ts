// Runs in Node (tests). Issue 16 in the editor: a session in the six UN languages. The
// document-language switch lists the session's languages; in Arabic the grid and the annex
// preview are mirrored (date and time on the right) and right to left while the interface
// stays left to right, the arrow keys follow what the eye sees, and axe finds nothing serious.
// The inspector shows two languages side by side (chosen, remembered), the others folded with
// their gaps said; the session's languages are edited undoably; the Export menu offers them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSession, type Session } from '../../shared/model/index.ts';
import type { Locator } from '@playwright/test';
import { App, expect, seriousViolations, test } from './app.ts';
import { agendaTo } from './keyboard.ts';

const SIX_LANGUAGES = new URL('../fixtures/six-languages.orgwork', import.meta.url).pathname;

function sixLanguages(): Session {
  const parsed = parseSession(readFileSync(SIX_LANGUAGES, 'utf8'));
  if (!parsed.ok) throw new Error('six-language fixture does not load');
  return parsed.session;
}

test.use({
  app: async ({}, use) => {
    const app = await App.open({ session: sixLanguages(), uiLang: 'en', docLang: 'zh' });
    await use(app);
    await app.close();
  },
});

const preferences = (app: App) => JSON.parse(readFileSync(join(app.host.dataDir, 'preferences.json'), 'utf8'));

/** The horizontal middle of an element on screen. */
async function middleX(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box.x + box.width / 2;
}

test('Arabic as the document language mirrors the grid and the preview, not the interface', async ({ app }, testInfo) => {
  const { page } = app;
  // More than Chinese and English: a drop-down, each language named in itself and in the interface's.
  const documentSwitch = page.getByLabel('Document', { exact: true });
  // The session's languages in its order, then both (it has Chinese and English) and all.
  await expect(documentSwitch.locator('option')).toHaveText(['العربية (Arabic)', '中文 (Chinese)', 'English', 'Français (French)', 'Русский (Russian)', 'Español (Spanish)', 'Both', 'All']);
  await expect(documentSwitch).toHaveValue('zh');

  const grid = page.getByRole('grid');
  await expect(grid).toHaveAttribute('dir', 'ltr');
  await documentSwitch.selectOption('ar');
  await expect(grid).toHaveAttribute('dir', 'rtl');
  await expect.poll(() => preferences(app)).toMatchObject({ docLang: 'ar' });

  // Mirrored: the date-and-time column on the right, WG.3 next to it, WG.2 furthest left.
  const [when, wg3, wg2] = [app.cell('h', 0), app.cell('h', 1), app.cell('h', 2)];
  expect(await middleX(when)).toBeGreaterThan(await middleX(wg3));
  expect(await middleX(wg3)).toBeGreaterThan(await middleX(wg2));
  // Document text in Arabic, right to left, each an isolate of its own; the symbol left to right.
  await expect(wg3.locator('[lang="ar"]')).toHaveText('الفريق العامل المعني بالتعاون الدولي');
  await expect(wg3.locator('[lang="ar"]')).toHaveCSS('direction', 'rtl');
  await expect(wg3.locator('.body-symbol')).toHaveAttribute('dir', 'ltr');
  const opening = app.cell('r:2017-10-09:0:0', 1);
  await expect(opening.locator('[lang="ar"]')).toHaveText('افتتاح الاجتماع');
  await expect(opening.locator('[lang="ar"]')).toHaveCSS('direction', 'rtl');
  await expect(opening.locator('[lang="ar"]')).toHaveCSS('unicode-bidi', 'isolate');
  // A title without Arabic text falls back (to English, shared/model/languages.ts): isolated, it
  // keeps its own direction inside the mirrored grid.
  await expect(app.cell('r:2017-10-09:0:2', 1)).toContainText('Transfer of criminal proceedings');
  await expect(app.cell('r:2017-10-09:0:2', 1).locator('.chip-title [lang="ar"]')).toHaveCSS('direction', 'ltr');
  // The joint chip's numbers follow the columns: WG.3's 5 on the right, WG.2's 2 on the left.
  const joint = app.cell('r:2017-10-11:0:2', 1).locator('.chip-number bdi');
  await expect(joint).toHaveText(['5', '2']);
  expect(await middleX(joint.nth(0))).toBeGreaterThan(await middleX(joint.nth(1)));
  // The symbol inside an Arabic title reads left to right, in one piece, within the Arabic text.
  await expect(app.cell('r:2017-10-11:0:2', 1)).toContainText('(CTOC/COP/WG.3/2017/1)');

  // The interface is not mirrored: the toolbar and the panels keep English's direction.
  await expect(page.locator('.toolbar')).toHaveCSS('direction', 'ltr');
  await expect(page.locator('.inspector-panel')).toHaveCSS('direction', 'ltr');
  const fileTools = page.getByRole('group', { name: 'File' }).getByRole('button');
  expect(await middleX(fileTools.first())).toBeLessThan(await middleX(fileTools.last()));
  await expect(page.locator('[data-side-panel="agenda"]')).toHaveCSS('direction', 'ltr');

  // The annex preview is the Arabic table, right to left: date and time on the right.
  const annex = page.locator('[data-annex-lang="ar"]');
  await expect(annex).toHaveAttribute('dir', 'rtl');
  await expect(annex).toHaveAttribute('lang', 'ar');
  expect(await middleX(annex.locator('th.annex-when'))).toBeGreaterThan(await middleX(annex.locator('thead th').nth(1)));

  // Keys follow the eye: → goes to the cell on the right (towards the times), ← to the left.
  await app.cell('r:2017-10-09:0:0', 0).click();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => app.focused()).toMatchObject({ line: 'r:2017-10-09:0:0', col: '1' });
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => app.focused()).toMatchObject({ line: 'r:2017-10-09:0:0', col: '2' });
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => app.focused()).toMatchObject({ line: 'r:2017-10-09:0:0', col: '1' });
  await page.keyboard.press('Home');
  await expect.poll(() => app.focused()).toMatchObject({ line: 'r:2017-10-09:0:0', col: '0' });

  await page.screenshot({ path: testInfo.outputPath('1366x768-arabic-document.png') });
  expect(await seriousViolations(app)).toEqual([]);

  // Back to Chinese: the grid is left to right again, the time column on the left.
  await documentSwitch.selectOption('zh');
  await expect(grid).toHaveAttribute('dir', 'ltr');
  expect(await middleX(when)).toBeLessThan(await middleX(wg3));
});

test('all languages: the preview shows one table per language, the Arabic one mirrored', async ({ app }, testInfo) => {
  const { page } = app;
  await page.getByLabel('Document', { exact: true }).selectOption('all');
  await expect(page.locator('[data-annex-lang]')).toHaveCount(6);
  await expect(page.locator('[data-annex-lang="ar"]')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('[data-annex-lang="fr"]')).toHaveAttribute('dir', 'ltr');
  // The grid leads with the session's first language, Arabic: mirrored, each text in its own direction.
  await expect(page.getByRole('grid')).toHaveAttribute('dir', 'rtl');
  await expect(app.cell('h', 1).locator('[lang="fr"]')).toHaveCSS('direction', 'ltr');
  await expect(app.cell('h', 1).locator('[lang="ar"]')).toHaveCSS('direction', 'rtl');
  await page.screenshot({ path: testInfo.outputPath('1366x768-all-languages.png') });
});

test('the inspector shows two languages side by side, folds the others and flags what is missing', async ({ app }, testInfo) => {
  const { page } = app;
  const inspector = page.locator('.inspector-panel');
  const pickers = inspector.getByRole('group', { name: 'Side by side' });
  // By default the session's first two: Arabic and Chinese.
  await expect(pickers.getByLabel('First language shown')).toHaveValue('ar');
  await expect(pickers.getByLabel('Second language shown')).toHaveValue('zh');

  // WG.3's item 2 has Chinese and English only.
  await app.agendaItem('wg3-2').click();
  const title = inspector.getByRole('group', { name: 'Title', exact: true });
  const arabic = title.locator('textarea[lang="ar"]');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic).toHaveAttribute('aria-invalid', 'true');
  await expect(arabic).toHaveAccessibleDescription('Translation missing');
  await expect(title.locator('textarea[lang="zh-Hans"]')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(title.locator('textarea')).toHaveCount(2);
  const more = title.getByRole('button', { name: /4 more languages/ });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(more).toContainText('(3 missing: French, Russian, Spanish)');
  await page.screenshot({ path: testInfo.outputPath('1366x768-inspector-folded.png') });

  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(title.locator('textarea')).toHaveCount(6);
  await expect(title.locator('textarea[lang="fr"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(title.locator('textarea[lang="en"]')).toHaveValue(/^Transfer of criminal proceedings/);
  expect(await seriousViolations(app)).toEqual([]);

  // Typing the French title is one edit, undone by Ctrl+Z; the flag goes and comes back.
  await title.locator('textarea[lang="fr"]').fill('Transfert des procédures pénales');
  await title.locator('textarea[lang="fr"]').press('Enter');
  await expect(title.locator('textarea[lang="fr"]')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(more).toContainText('(2 missing: Russian, Spanish)');

  // English and French side by side: remembered, and kept for the next item too.
  await pickers.getByLabel('First language shown').selectOption('en');
  await pickers.getByLabel('Second language shown').selectOption('fr');
  await expect.poll(() => preferences(app)).toMatchObject({ inspectorLangs: ['en', 'fr'] });
  await app.agendaItem('wg3-1a').click();
  const other = inspector.getByRole('group', { name: 'Title', exact: true });
  await expect(other.locator('.lang-pair textarea')).toHaveCount(2);
  await expect(other.locator('.lang-pair textarea[lang="en"]')).toHaveValue('Opening of the meeting');
  await expect(other.locator('.lang-pair textarea[lang="fr"]')).toHaveValue('Ouverture de la réunion');
  // Every language of this title is there: nothing is said missing.
  await expect(other.getByRole('button', { name: '4 more languages', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.locator('.inspector-panel').getByRole('group', { name: 'Side by side' }).getByLabel('First language shown')).toHaveValue('en');
});

test("the session's languages are chosen in the session inspector, undoably, and the checks follow", async ({ app }, testInfo) => {
  const { page } = app;
  const inspector = page.locator('.inspector-panel');
  const languages = inspector.getByRole('region', { name: 'Document languages' });
  await languages.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('1366x768-session-languages.png') });
  await expect(languages.getByRole('listitem')).toHaveText([/^Arabic/, /^Chinese/, /^English/, /^French/, /^Russian/, /^Spanish/]);
  await page.getByRole('tab', { name: /^Problems/ }).click();
  const russianGaps = page.locator('.problems .problem').filter({ hasText: 'Russian' });
  await expect.poll(() => russianGaps.count()).toBeGreaterThan(0);

  await languages.getByRole('button', { name: 'Remove Russian' }).click();
  await expect(languages.getByRole('listitem')).toHaveCount(5);
  await expect(russianGaps).toHaveCount(0);
  await expect(page.getByLabel('Document', { exact: true }).locator('option[value="ru"]')).toHaveCount(0);
  await languages.getByRole('button', { name: 'Move English up' }).click();
  await expect(languages.getByRole('listitem')).toHaveText([/^Arabic/, /^English/, /^Chinese/, /^French/, /^Spanish/]);

  await page.locator('.status-file').click();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(languages.getByRole('listitem')).toHaveText([/^Arabic/, /^Chinese/, /^English/, /^French/, /^Russian/, /^Spanish/]);
  await expect.poll(() => russianGaps.count()).toBeGreaterThan(0);

  // Adding one back after removing it puts it at the end; the file says so.
  await languages.getByRole('button', { name: 'Remove Spanish' }).click();
  await languages.getByLabel('Language to add').selectOption('es');
  await languages.getByRole('button', { name: 'Add language' }).click();
  expect((await app.save()).languages).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
});

test("the Export menu offers the session's languages and says what another language will stand in for", async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Export' }).click();
  const menu = page.getByRole('menu');
  const choices = menu.getByRole('menuitemradio');
  await expect(choices).toHaveText([/Arabic$/, /Chinese$/, /English$/, /French$/, /Russian$/, /Spanish$/, /Chinese and English$/, /All the session's languages$/]);
  // It starts on the document language shown.
  await expect(menu.getByRole('menuitemradio', { name: 'Export in: Chinese', exact: true })).toHaveAttribute('aria-checked', 'true');
  await menu.getByRole('menuitemradio', { name: 'Export in: French' }).click();
  // The choice keeps the menu open, for the format.
  await expect(menu.getByRole('menuitemradio', { name: 'Export in: French' })).toHaveAttribute('aria-checked', 'true');
  await expect(menu.getByRole('menuitem', { name: /labels have no French text: they are printed in another language/ })).toBeVisible();
  await expect(menu).not.toContainText('the English text');
});

test('dragging by keyboard in the mirrored grid: ← goes forward in reading order, → back', async () => {
  const session = sixLanguages();
  const emptied = { ...session, days: session.days.map((day) => ({ ...day, slots: day.slots.map((slot) => ({ ...slot, rows: [] })) })) };
  const app = await App.open({ session: emptied, uiLang: 'en', docLang: 'ar' });
  try {
    const { page } = app;
    await expect(page.getByRole('grid')).toHaveAttribute('dir', 'rtl');
    await agendaTo(app, 'wg3-1a');
    await page.keyboard.press('Space');
    await expect(page.locator('.drag-preview')).toBeVisible();
    await page.waitForTimeout(50);
    // As ↓ ↓ in a left-to-right grid (keyboard-drag.spec.ts): Monday morning's empty slot, then the afternoon's.
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowRight']) await page.keyboard.press(key);
    await page.keyboard.press('Space');
    await expect(app.cell('r:2017-10-09:1:0', 1)).toContainText('1(a)');
  } finally {
    await app.close();
  }
});

test('the term base offers a missing translation in any of the session languages, from the text in another', async ({ app }) => {
  const { page } = app;
  const inspector = page.locator('.inspector-panel');
  const pickers = inspector.getByRole('group', { name: 'Side by side' });
  await pickers.getByLabel('First language shown').selectOption('en');
  await pickers.getByLabel('Second language shown').selectOption('es');
  // WG.3's item 1(b) has no Spanish title; the glossary has it (HSP/GC/19/1/Add.1).
  await app.agendaItem('wg3-1b').click();
  const title = inspector.getByRole('group', { name: 'Title', exact: true });
  const spanish = title.locator('.lang-pair textarea[lang="es"]');
  await expect(spanish).toHaveValue('');
  const offer = title.locator('.term-suggestion.has-offer');
  await expect(offer).toContainText('Aprobación del programa y organización de los trabajos');
  await title.locator('.lang-pair textarea[lang="en"]').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(spanish).toHaveValue('Aprobación del programa y organización de los trabajos');
  await expect(offer).toHaveCount(0);
  expect((await app.save()).items.find((item) => item.id === 'wg3-1b')?.title.es).toBe('Aprobación del programa y organización de los trabajos');
});
