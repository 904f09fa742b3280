// Runs in Node (tests). Issue 8, the term base in the editor: typing a title in one language
// offers the other from the glossary (taken with Alt+↓ or the button, one undo step each);
// "fill missing translations" fills an English-only agenda after a review in which fills can
// be dropped, as one undoable edit; a CSV term list is imported from a file and then offered
// while typing; a pair typed is learned when the session is saved; the term base is exported
// as CSV. axe checks the inspector's offer and the review and import dialogs.
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Session } from '../../shared/model/types.ts';
import { newSession, skeletonAgenda } from '../../shared/schedule/index.ts';
import { App, emptiedFixture, expect, test } from './app.ts';

/** One body's standard agenda in English only, in Vienna (English only too). */
function englishSkeleton(): Session {
  const session = newSession({ id: 'terms-e2e', bodies: 1, from: '2018-05-14', to: '2018-05-18' });
  return { ...session, venue: { en: 'Vienna' }, items: skeletonAgenda(['en']).map((item, i) => ({ id: `i${i}`, body: 'wg1', ...item })) };
}

async function seriousViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return serious.map((v) => `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

async function openTermsMenu(page: Page, entry: string) {
  await page.getByRole('button', { name: 'Terms' }).click();
  await page.getByRole('menuitem', { name: entry }).click();
}

/** Adds an item to the first body's agenda; the inspector shows it. Returns its Title fields. */
async function addItem(app: App) {
  await app.page.getByRole('button', { name: '+ Add item' }).first().click();
  const title = app.page.getByRole('group', { name: 'Title', exact: true });
  return { title, en: title.getByLabel('EN'), zh: title.getByLabel('中文') };
}

test('typing an English title offers the Chinese one; taking it is one undo step', async ({ app }, testInfo) => {
  const { page } = app;
  const { title, en, zh } = await addItem(app);
  await en.pressSequentially('Opening of the meeting');
  const offer = title.locator('.term-suggestion.has-offer');
  await expect(offer).toContainText('Term base:');
  await expect(offer).toContainText('会议开幕');
  // Under the empty Chinese field, in a polite live region, and the typing keeps the focus.
  await expect(zh.locator('xpath=..').locator('.term-suggestion')).toHaveAttribute('aria-live', 'polite');
  await expect(zh.locator('xpath=..')).toContainText('会议开幕');
  await expect(en).toBeFocused();
  await expect(en).toHaveAttribute('aria-keyshortcuts', 'Alt+ArrowDown');
  await page.screenshot({ path: testInfo.outputPath('suggestion-en.png') });

  await page.keyboard.press('Alt+ArrowDown');
  await expect(zh).toHaveValue('会议开幕');
  await expect(en).toBeFocused();
  await expect(offer).toHaveCount(0);
  // The 2017 agenda has an "Opening of the meeting" of its own: the new item is the one it lacks.
  const before = new Set(emptiedFixture().items.map((item) => item.id));
  const added = (await app.save()).items.find((item) => !before.has(item.id));
  expect(added?.title).toEqual({ en: 'Opening of the meeting', zh: '会议开幕' });

  // Undo (outside the text fields, where Ctrl+Z undoes typing) takes back the translation
  // only; the English title typed stays, and is offered again.
  await page.locator('.status-file').click();
  await page.keyboard.press('Control+z');
  await expect(zh).toHaveValue('');
  await expect(en).toHaveValue('Opening of the meeting');
  expect((await app.save()).items.find((item) => item.id === added!.id)?.title).toEqual({ en: 'Opening of the meeting' });

  // The Use button does the same, and puts the focus in the field it filled.
  await title.getByRole('button', { name: 'Use “会议开幕” as the Chinese Title' }).click();
  await expect(zh).toHaveValue('会议开幕');
  await expect(zh).toBeFocused();

  // The Chinese interface, and a Chinese title offering the English one.
  await page.getByRole('group', { name: 'Interface' }).getByRole('button', { name: '中文' }).click();
  const next = page.getByRole('group', { name: '标题', exact: true });
  await page.getByRole('button', { name: '+ 添加项目' }).first().click();
  await next.getByLabel('中文').pressSequentially('其他事项');
  await expect(next.locator('.term-suggestion.has-offer')).toContainText('Other matters');
  await expect(next.locator('.term-suggestion.has-offer')).toContainText('术语库');
  await page.screenshot({ path: testInfo.outputPath('suggestion-zh.png') });
  expect(await seriousViolations(page, 'inspector with an offer')).toEqual([]);
});

test('fills the missing translations of an English-only agenda after a review', async ({}, testInfo) => {
  const app = await App.open({ session: englishSkeleton() });
  try {
    const { page } = app;
    await openTermsMenu(page, 'Fill missing translations…');
    const dialog = page.getByRole('dialog', { name: 'Review filled translations' });
    await expect(dialog).toBeVisible();
    const rows = dialog.locator('tbody tr');
    await expect(rows).toHaveCount(6);
    await expect(rows.nth(0)).toContainText('Session — venue');
    await expect(rows.nth(0)).toContainText('维也纳');
    await expect(rows.nth(4)).toContainText('Working group 1, item 2 — title');
    await expect(rows.nth(4)).toContainText('Other matters');
    await expect(rows.nth(4)).toContainText('其他事项');
    await expect(dialog.getByRole('button', { name: 'Apply 6 translations' })).toBeFocused();
    expect(await seriousViolations(page, 'review dialog')).toEqual([]);

    await rows.nth(4).getByRole('checkbox').uncheck();
    await expect(dialog).toContainText('5 of 6 kept');
    await page.screenshot({ path: testInfo.outputPath('review-en.png') });
    await dialog.getByRole('button', { name: 'Apply 5 translations' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Terms' })).toBeFocused();
    await expect(app.message()).toContainText('Filled 5 translations from the term base.');

    const filled = await app.save();
    expect(filled.items.map((item) => item.title.zh)).toEqual(['组织事项', '会议开幕', '通过议程和工作安排', undefined, '通过报告']);
    expect(filled.venue).toEqual({ en: 'Vienna', zh: '维也纳' });

    // One undo takes every fill back.
    await page.getByRole('button', { name: 'Undo' }).click();
    const undone = await app.save();
    expect(undone.items.map((item) => item.title)).toEqual(englishSkeleton().items.map((item) => item.title));
    expect(undone.venue).toEqual({ en: 'Vienna' });

    // Cancel changes nothing; the review reads in Chinese in the Chinese interface.
    await page.getByRole('group', { name: 'Interface' }).getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '术语' }).click();
    await page.getByRole('menuitem', { name: '补全缺失译文…' }).click();
    const zhDialog = page.getByRole('dialog', { name: '审核补全的译文' });
    await expect(zhDialog.locator('tbody tr').nth(4)).toContainText('工作组1，项目2——标题');
    await page.screenshot({ path: testInfo.outputPath('review-zh.png') });
    expect(await seriousViolations(page, 'review dialog, Chinese interface')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(zhDialog).toHaveCount(0);
    await expect(page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');
  } finally {
    await app.close();
  }
});

test('imports a CSV term list, then offers its pairs; exports the term base', async ({ app }, testInfo) => {
  const { page } = app;
  // Nothing to fill in the complete 2017 session: it says so.
  await openTermsMenu(page, 'Fill missing translations…');
  await expect(app.message()).toContainText('Nothing to fill');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const csv = join(app.dir, 'firearms.csv');
  writeFileSync(csv, '\uFEFFen,zh\r\nWorking Group on Firearms,枪支问题工作组\r\nVienna,维也纳\r\njust one column\r\nOther business,其他事项\r\n');
  await openTermsMenu(page, 'Import term list (CSV or TBX)…');
  const dialog = page.getByRole('dialog', { name: 'Import a term list' });
  await dialog.getByLabel('CSV or TBX file').setInputFiles(csv);
  await expect(dialog).toContainText('The file firearms.csv will be imported.');
  expect(await seriousViolations(page, 'import dialog')).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('import-en.png') });
  await dialog.getByRole('button', { name: 'Import' }).click();
  const report = page.getByRole('dialog', { name: 'Term list imported' });
  await expect(report.locator('[data-count="languages"]')).toHaveText('Languages in the list: English, Chinese');
  await expect(report.locator('[data-count="added"]')).toHaveText('2 new terms added');
  await expect(report.locator('[data-count="conflicting"]')).toHaveText('1 of them translates a known term differently (yours is offered first)');
  await expect(report.locator('[data-count="unchanged"]')).toHaveText('1 term already in the term base');
  await expect(report.locator('[data-count="skipped"]')).toHaveText('1 line or entry skipped (not a term in two languages)');
  await expect(report).toContainText('line 4');
  await expect(report.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('import-report.png') });
  await page.keyboard.press('Enter');
  await expect(report).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Terms' })).toBeFocused();

  // The imported pair is offered as a title is typed.
  const { title, zh } = await addItem(app);
  await title.getByLabel('EN').pressSequentially('Working Group on Firearms');
  await expect(title.locator('.term-suggestion.has-offer')).toContainText('枪支问题工作组');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(zh).toHaveValue('枪支问题工作组');

  // The export holds the glossary and the imported pair, written where the save dialog says.
  await openTermsMenu(page, 'Export term base as CSV…');
  const exported = join(app.dir, 'orgwork-terms.csv');
  await expect(app.message()).toContainText(`Term base saved to ${exported}`);
  expect(existsSync(exported)).toBe(true);
  expect(readFileSync(exported, 'utf8')).toContain(',Working Group on Firearms,,,,枪支问题工作组\r\n');
});

test('learns a new pair when the session is saved, and offers it for the next item', async ({ app }) => {
  const first = await addItem(app);
  await first.en.fill('Firearms trafficking in the region');
  await first.zh.fill('本区域的枪支贩运');
  await app.page.locator('.status-file').click();
  // Not known before the save: no offer for the same text in a new item.
  const second = await addItem(app);
  await second.en.pressSequentially('Firearms trafficking in the region');
  await app.page.waitForTimeout(600);
  await expect(second.title.locator('.term-suggestion.has-offer')).toHaveCount(0);
  await app.page.locator('.status-file').click();
  await app.save();
  const third = await addItem(app);
  await third.en.pressSequentially('firearms trafficking in the region.');
  await expect(third.title.locator('.term-suggestion.has-offer')).toContainText('本区域的枪支贩运');
});

test('a body\'s meeting the term base does not know is offered by its ordinal', async ({}) => {
  const session = englishSkeleton();
  session.bodies = [{ ...session.bodies[0]!, meeting: { en: 'ninth meeting' } }];
  const app = await App.open({ session });
  try {
    await app.page.locator('.agenda-body-name button').first().click();
    const meeting = app.page.getByRole('group', { name: 'Meeting', exact: true });
    await expect(meeting.locator('.term-suggestion.has-offer')).toContainText('第九次会议');
    await meeting.getByRole('button', { name: /^Use “第九次会议”/ }).click();
    await expect(meeting.getByLabel('中文')).toHaveValue('第九次会议');
    expect((await app.save()).bodies[0]!.meeting).toEqual({ en: 'ninth meeting', zh: '第九次会议' });
  } finally {
    await app.close();
  }
});

test('the Terms menu works from the keyboard and Escape gives the focus back', async ({ app }) => {
  const { page } = app;
  const button = page.getByRole('button', { name: 'Terms' });
  await button.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Fill missing translations…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Import term list (CSV or TBX)…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Import a term list' });
  await expect(dialog).toBeVisible();
  // Nothing chosen: the dialog says so and stays open.
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose a file or paste a list first.');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: 'Export term base as TBX…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();
});
