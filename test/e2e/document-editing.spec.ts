// Runs in Node (tests). Issue 13 points 5 and 6 in the editor: the masthead, the conventions,
// an annotation, its reference to another body's item and the item's documents are edited in
// the inspector, each undoable; the preview shows the whole document as exported; the Export
// menu says how many labels lack the document language. Screenshots at 1366×768 in English
// and Chinese, and axe on the document fields and the whole-document preview.
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Lang } from '../../shared/i18n.ts';
import { parseSession, type Session } from '../../shared/model/index.ts';
import { App, expect, test } from './app.ts';

const DOCUMENT_FIXTURE = new URL('../fixtures/ctoc-2017-document.orgwork', import.meta.url).pathname;

function documentSession(): Session {
  const parsed = parseSession(readFileSync(DOCUMENT_FIXTURE, 'utf8'));
  if (!parsed.ok) throw new Error('document fixture does not load');
  return parsed.session;
}

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

/** Leaves any text field, so Ctrl+Z undoes the session, not the typing (the file name: the status bar's counts are a button to the Problems tab). */
async function undo(app: App) {
  await app.page.locator('.status-file').click();
  await app.page.keyboard.press('Control+z');
}

async function seriousViolations(app: App): Promise<string[]> {
  const results = await new AxeBuilder({ page: app.page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

const TEXT = {
  en: { preview: 'Preview', whole: 'Whole document', tall: 'Tall', issued: 'Date of issue', distribution: 'Distribution', limited: 'Limited', note: 'Footnote on joint items', noNote: 'No footnote', annotation: 'Annotation', see: 'Refers to the annotation of', add: 'Add document', export: 'Export', enTag: 'EN', normal: 'Normal', masthead: 'Document masthead', conventions: 'Agenda conventions', documents: 'Documents' },
  zh: { preview: '预览', whole: '整份文件', tall: '加高', issued: '印发日期', distribution: '分发', limited: '限制分发', note: '联合项目的脚注', noNote: '不加脚注', annotation: '说明', see: '参见以下项目的说明', add: '添加文件', export: '导出', enTag: '英文', normal: '标准', masthead: '文件页首', conventions: '议程体例', documents: '文件' },
} as const;

for (const uiLang of ['en', 'zh'] as Lang[]) {
  test(`the document's fields, undo and the whole-document preview (${uiLang} interface)`, async ({}, testInfo) => {
    const text = TEXT[uiLang];
    const app = await App.open({ session: documentSession(), uiLang, docLang: uiLang });
    const { page } = app;
    try {
      await page.getByRole('tab', { name: text.preview }).click();
      await page.getByRole('group', { name: uiLang === 'en' ? 'Preview shows' : '预览内容' }).getByRole('button', { name: text.whole }).click();
      const preview = page.locator('[data-preview="document"]');
      await expect(preview.locator('.document-title')).toHaveText(uiLang === 'en' ? 'Provisional agenda and annotations' : '临时议程和说明');
      await expect(preview.locator('.convener')).toContainText(uiLang === 'en' ? 'Conference of the Parties' : '缔约方会议');
      await expect(preview.locator('.distribution')).toContainText('19 July 2017');
      await expect(preview.locator('.footnote')).toHaveCount(1);

      // The masthead: a new date of issue, then undone.
      const issued = page.getByLabel(text.issued);
      await issued.fill('2017-08-01');
      await issued.press('Enter');
      await expect(preview.locator('.distribution')).toContainText('1 August 2017');
      await undo(app);
      await expect(preview.locator('.distribution')).toContainText('19 July 2017');
      await page.getByRole('combobox', { name: text.distribution }).selectOption({ label: text.limited });
      await expect(preview.locator('.distribution')).toContainText('Distr.: Limited');

      // The session's conventions: no footnote on joint items.
      await page.getByRole('combobox', { name: text.note }).selectOption({ label: text.noNote });
      await expect(preview.locator('.footnote')).toHaveCount(0);
      await undo(app);
      await expect(preview.locator('.footnote')).toHaveCount(1);

      // An item: its annotation (both languages side by side), its documents in a new order.
      await app.agendaItem('wg3-2').click();
      const annotation = page.getByRole('group', { name: text.annotation, exact: true });
      const en = annotation.getByRole('textbox', { name: text.enTag });
      await expect(annotation.getByRole('textbox')).toHaveCount(2);
      await en.fill('A new first paragraph.\n\nA second one.');
      await page.locator('.status-file').click();
      await expect(preview.locator('.annotation').filter({ hasText: 'A new first paragraph.' }).locator('p')).toHaveCount(uiLang === 'en' ? 3 : 0);
      await page.getByRole('button', { name: text.add }).click();
      await page.getByRole('button', { name: uiLang === 'en' ? 'Move CTOC/COP/WG.3/2017/2 down' : '将 CTOC/COP/WG.3/2017/2 下移' }).click();
      // The focus stays on the moved document's buttons, for another move by keyboard.
      await expect(page.locator(':focus')).toHaveAttribute('id', /-1-up$/u);
      await annotation.evaluate((group) => group.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-document-annotation.png`) });
      await page.locator('.inspector-panel').getByRole('heading', { name: text.documents, exact: true }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-document-documents.png`) });
      await page.getByRole('button', { name: text.tall }).click();
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-document-preview.png`) });
      expect(await seriousViolations(app)).toEqual([]);

      const saved = await app.save();
      const item = saved.items.find((i) => i.id === 'wg3-2')!;
      expect(item.documents?.map((d) => d.symbol)).toEqual([expect.not.stringMatching(/2017\/2$/u), 'CTOC/COP/WG.3/2017/2']);
      expect(item.annotation?.en).toBe('A new first paragraph.\n\nA second one.');
      expect(saved.distribution).toBe('limited');
      expect(saved.issued).toBe('2017-07-19');
      expect(saved.conventions).toBeUndefined();
      // Three undos take back the move, the new document and the annotation.
      for (let i = 0; i < 3; i++) await undo(app);
      const restored = documentSession().items.find((i) => i.id === 'wg3-2')!;
      const undone = (await app.save()).items.find((i) => i.id === 'wg3-2')!;
      expect(undone.documents).toEqual(restored.documents);
      expect(undone.annotation).toEqual(restored.annotation);

      // The session inspector with its document sections.
      await page.getByRole('button', { name: uiLang === 'en' ? 'Session settings' : '会议设置' }).click();
      await page.getByRole('button', { name: text.normal }).click();
      await page.getByRole('heading', { name: text.masthead }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-document-masthead.png`) });
      await page.getByRole('heading', { name: text.conventions }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-document-conventions.png`) });
      expect(await seriousViolations(app)).toEqual([]);
    } finally {
      await app.close();
    }
  });
}

test("a see-annotation reference and a joint item's own conventions show in the preview, which breaks no security policy", async () => {
  const app = await App.open({ session: documentSession(), uiLang: 'en', docLang: 'en' });
  const { page } = app;
  // The preview's styles come through the CSSOM: the page's Content-Security-Policy refuses inline styles.
  const cspErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/iu.test(message.text())) cspErrors.push(message.text());
  });
  try {
    await page.getByRole('tab', { name: 'Preview' }).click();
    await page.getByRole('button', { name: 'Whole document' }).click();
    const references = page.locator('[data-preview="document"] .cross-reference');
    await expect(references).not.toHaveCount(0);
    const before = await references.count();
    await app.agendaItem('wg3-2').click();
    await page.getByRole('combobox', { name: 'Refers to the annotation of' }).selectOption({ index: 1 });
    await expect(references).toHaveCount(before + 1);

    // A joint item's own conventions: item 5's mark in the short form, then as the session again.
    const line = page.locator('[data-preview="document"] .agenda').first().locator('li').filter({ hasText: 'Development of the questionnaire' });
    await expect(line).toContainText('(joint item of the Working Group on International Cooperation and');
    await app.agendaItem('wg3-5').click();
    const wording = page.getByRole('combobox', { name: 'Wording of the joint mark' });
    await expect(wording).toHaveValue('');
    await wording.selectOption({ label: 'Always the short mark (joint item)' });
    await expect(line).toContainText('resolution 8/2 (joint item).');
    const saved = await app.save();
    expect(saved.items.find((i) => i.id === 'wg3-2')!.seeAnnotationOf).toMatch(/^wg2-/u);
    expect(saved.items.find((i) => i.id === 'wg3-5')!.conventions).toEqual({ jointMarkForm: 'short' });
    await undo(app);
    await expect(line).toContainText('(joint item of the Working Group on International Cooperation and');
    // The annex's column widths, style attributes in the export, are there through the CSSOM.
    await expect(page.locator('[data-preview="document"] col.time')).toHaveAttribute('style', /width: \d/u);
    expect(cspErrors).toEqual([]);
  } finally {
    await app.close();
  }
});

for (const uiLang of ['en', 'zh'] as Lang[]) {
  test(`the Export menu says how many labels lack the document language (${uiLang} interface)`, async ({}, testInfo) => {
    const session = documentSession();
    delete session.items[0]!.title.en;
    delete session.items[3]!.annotation!.en;
    const app = await App.open({ session, uiLang, docLang: 'en' });
    const { page } = app;
    try {
      const button = page.getByRole('button', { name: TEXT[uiLang].export });
      await button.focus();
      await page.keyboard.press('ArrowDown');
      const notice = page.getByRole('menuitem').first();
      await expect(notice).toBeFocused();
      await expect(notice).toHaveAttribute('aria-disabled', 'true');
      // "Another" language: the fallback may take any of the session's (shared/model/languages.ts).
      await expect(notice).toHaveText(uiLang === 'en' ? '⚠ 2 labels have no English text: they are printed in another language' : '⚠ 2 个标签没有英文文本：以另一种语文印出');
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-export-notice.png`) });
      expect(await seriousViolations(app)).toEqual([]);
      // Choosing the notice does nothing; the formats follow it.
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('menuitem').nth(1)).toBeFocused();
      await page.keyboard.press('Escape');
      // Filled in, the notice goes.
      await app.agendaItem('wg3-2').click();
      await page.getByRole('group', { name: TEXT[uiLang].annotation, exact: true }).getByRole('textbox', { name: TEXT[uiLang].enTag }).fill('Now in English.');
      await page.locator('.status-file').click();
      await button.click();
      await expect(page.getByRole('menuitem').first()).toHaveText(uiLang === 'en' ? '⚠ 1 label has no English text: it is printed in another language' : '⚠ 1 个标签没有英文文本：以另一种语文印出');
    } finally {
      await app.close();
    }
  });
}
