// Runs in Node (tests). Issue 4, done when: switching the interface and the document language
// changes every visible label, each independently, and both are remembered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import enUi from '../../locales/en/ui.json' with { type: 'json' };
import zhUi from '../../locales/zh/ui.json' with { type: 'json' };
import { App, expect, fixtureSession, test } from './app.ts';

test.use({ app: async ({}, use) => {
  const app = await App.open({ session: fixtureSession() });
  await use(app);
  await app.close();
} });

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key.replace(/_(one|other)$/, '')}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** UI texts that only one language has: after switching away they must all be gone from the screen. */
function onlyIn(lang: 'en' | 'zh'): string[] {
  const own = leaves((lang === 'en' ? enUi : zhUi) as Tree);
  const other = leaves((lang === 'en' ? zhUi : enUi) as Tree);
  return [...own]
    .filter(([key, text]) => other.get(key) !== text && !key.startsWith('language.short'))
    // The fixed part of a template ("Saved {{name}}." → "Saved"), long enough to be telling.
    .flatMap(([, text]) => text.split(/\{\{[^}]+\}\}/))
    .map((part) => part.replace(/[.…:：。，、（）()+→×|]/g, ' ').trim())
    .filter((part) => (lang === 'en' ? /[A-Za-z]{4,}/.test(part) : /\p{Script=Han}{2,}/u.test(part)))
    // Each language names itself on the switches ("中文", "EN"), whatever the interface language.
    .filter((part) => part !== '中文');
}

async function visibleText(app: App): Promise<string> {
  return app.page.evaluate(() => (globalThis as any).document.body.innerText as string);
}

test('the interface language switches every visible label, the document language stays', async ({ app }) => {
  const { page } = app;
  await app.agendaItem('wg3-5').click();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
  const dayZh = page.getByRole('grid').getByRole('rowheader', { name: '10月9日，星期一' });
  await expect(dayZh).toBeVisible();

  await page.getByRole('group', { name: 'Interface' }).getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeVisible();
  // The document language did not change with it.
  await expect(dayZh).toBeVisible();
  const zhScreen = await visibleText(app);
  const leftovers = onlyIn('en').filter((text) => zhScreen.includes(text));
  expect(leftovers, 'English interface texts still on the Chinese screen').toEqual([]);

  // Back to English, with the document in English too: no Chinese interface text may remain.
  await page.getByRole('group', { name: '界面' }).getByRole('button', { name: 'EN' }).click();
  await page.getByRole('group', { name: 'Document' }).getByRole('button', { name: 'EN' }).click();
  await expect(page.getByRole('grid').getByRole('rowheader', { name: 'Monday, 9 October' })).toBeVisible();
  await expect(dayZh).toHaveCount(0);
  const enScreen = await visibleText(app);
  const zhLeftovers = onlyIn('zh').filter((text) => enScreen.includes(text));
  expect(zhLeftovers, 'Chinese interface texts still on the English screen').toEqual([]);
  // Nothing of the document is left in Chinese either (the inspector's 中文 fields aside, which are inputs).
  expect(enScreen).not.toMatch(/星期|议程项目|工作组/);
});

test('the document language shows Chinese, English or both, in grid and preview', async ({ app }) => {
  const { page } = app;
  const document = page.getByRole('group', { name: 'Document' });
  await expect(page.locator('[data-annex-lang]')).toHaveCount(1);
  await expect(page.locator('[data-annex-lang="zh"]')).toContainText('拟议工作安排');
  await document.getByRole('button', { name: 'Both' }).click();
  await expect(page.locator('[data-annex-lang="zh"]')).toContainText('日期和时间');
  await expect(page.locator('[data-annex-lang="en"]')).toContainText('Proposed organization of work');
  await expect(page.locator('[data-annex-lang="en"]')).toContainText('Date and time');
  await expect(app.cell('d:2017-10-09', 0)).toContainText('10月9日，星期一');
  await expect(app.cell('d:2017-10-09', 0)).toContainText('Monday, 9 October');
  await document.getByRole('button', { name: 'EN' }).click();
  await expect(page.locator('[data-annex-lang]')).toHaveCount(1);
  await expect(app.cell('r:2017-10-11:0:2', 1)).toContainText('5 | 2');
  await expect(app.cell('r:2017-10-11:0:2', 1)).toContainText('(joint item)');
});

test('both languages are remembered in the preferences', async ({ app }) => {
  await app.page.getByRole('group', { name: 'Interface' }).getByRole('button', { name: '中文' }).click();
  await app.page.getByRole('group', { name: '文件语言' }).getByRole('button', { name: '中英对照' }).click();
  await expect
    .poll(() => JSON.parse(readFileSync(join(app.host.dataDir, 'preferences.json'), 'utf8')))
    .toMatchObject({ uiLang: 'zh', docLang: 'both' });
  await app.page.reload();
  await expect(app.page.getByRole('button', { name: '保存', exact: true })).toBeVisible();
  await expect(app.page.getByRole('group', { name: '文件语言' }).getByRole('button', { name: '中英对照' })).toHaveAttribute('aria-pressed', 'true');
});
