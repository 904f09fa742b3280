// Runs in Node (tests). Issue 8, done when: in the browser host, the wizard starts the 2017
// week of two working groups, both agendas of that meeting are imported from their Chinese and
// English texts, the joint items are paired, and the agenda panel shows every item of both
// bodies with its joint partners. Also: bodies from the library with their next meeting, a past
// session moved to a new week, and axe on the open dialogs.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { weekdaysOfNextWeek } from '../../electron/handlers/next-week.ts';
import { BOTH_2017_ZH, WG2_2017_EN, WG2_2017_ZH, WG3_2017_EN, WG3_2017_ZH } from '../unit/agenda-seeds.ts';
import { App, expect, fixtureSession, test } from './app.ts';

async function seriousViolations(page: Page, what: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return serious.map((v) => `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

async function startMenu(page: Page, entry: string, button = 'Start'): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('menuitem', { name: entry }).click();
}

/** The agenda panel of one body as "number title · partners" lines, in the panel's order. */
async function agendaOf(page: Page, bodyName: string): Promise<string[]> {
  const section = page.locator('.agenda-body').filter({ has: page.getByRole('heading', { name: bodyName, exact: true }) });
  // Runs in the page: no DOM types in the tests' TypeScript project.
  return section.locator('.agenda-item').evaluateAll((buttons: any[]) =>
    buttons.map((button) => {
      const part = (selector: string) => button.querySelector(selector)?.textContent?.trim() ?? '';
      return [part('.agenda-number'), part('.agenda-title'), part('.agenda-partners')].filter(Boolean).join(' | ');
    }),
  );
}

const WG3 = {
  zh: '国际合作工作组',
  en: 'Working Group on International Cooperation',
  meetingZh: '第八次会议',
  meetingEn: 'eighth meeting',
  symbol: 'CTOC/COP/WG.3/2017/1',
  from: '2017-10-09',
  to: '2017-10-13',
};
const WG2 = {
  zh: '技术援助问题政府专家工作组',
  en: 'Working Group of Government Experts on Technical Assistance',
  meetingZh: '第十次会议',
  meetingEn: 'tenth meeting',
  symbol: 'CTOC/COP/WG.2/2017/1',
  from: '2017-10-11',
  to: '2017-10-13',
};

test('wizard → both 2017 agendas imported in Chinese and English → joint items paired → agenda panel', async ({ app }, testInfo) => {
  const { page } = app;
  const found: string[] = [];
  await startMenu(page, 'New session from wizard…');
  const wizard = page.getByRole('dialog', { name: 'New session' });
  await expect(wizard).toBeVisible();
  // Focus starts in the form, on the first choice.
  await expect(wizard.getByRole('radio', { name: 'Bodies, dates and a standard agenda' })).toBeFocused();
  await expect(wizard.getByRole('button', { name: 'Create session' })).toBeDisabled();

  for (const [n, body] of [[1, WG3], [2, WG2]] as const) {
    await wizard.getByRole('button', { name: 'Add a new body' }).click();
    await wizard.getByLabel(`Name (Chinese) (Body ${n})`).fill(body.zh);
    await wizard.getByLabel(`Name (English) (Body ${n})`).fill(body.en);
    await wizard.getByLabel(`Meeting (Chinese) (Body ${n})`).fill(body.meetingZh);
    await wizard.getByLabel(`Meeting (English) (Body ${n})`).fill(body.meetingEn);
    await wizard.getByLabel(`Document symbol (Body ${n})`).fill(body.symbol);
    await wizard.getByLabel(`First day (Body ${n})`).fill(body.from);
    await wizard.getByLabel(`Last day (Body ${n})`).fill(body.to);
  }
  // The agendas come from the documents, not from the skeleton.
  await wizard.getByRole('checkbox', { name: 'Standard agenda in both languages' }).uncheck();
  found.push(...(await seriousViolations(page, 'wizard with two bodies')));
  await page.screenshot({ path: testInfo.outputPath('wizard-en.png') });
  await wizard.getByRole('button', { name: 'Create session' }).click();
  await expect(wizard).toBeHidden();
  await expect(app.message()).toContainText('New session with 2 bodies over 5 days.');
  await expect(page.locator('.status-file')).toHaveText('Untitled');
  await expect(page.locator('.agenda-body-name')).toHaveText([WG3.zh, WG2.zh]);

  // WG.3: the Chinese agenda of the document and the English one, one box each.
  await startMenu(page, 'Import agenda…');
  const dialog = page.getByRole('dialog', { name: 'Import agenda' });
  await expect(dialog.getByLabel('Add the items to')).toBeFocused();
  await expect(dialog.getByLabel('Add the items to')).toHaveValue('wg3');
  await dialog.getByLabel('Agenda in Chinese').fill(WG3_2017_ZH);
  await expect(dialog.getByRole('status')).toHaveText('9 items, 3 joint.');
  // Only Chinese so far: the English column is empty, and the merge has nothing to warn about.
  await expect(dialog.locator('tr[data-number="1(a)"] td').nth(1)).toHaveText('—');
  await dialog.getByLabel('Agenda in English').fill(WG3_2017_EN);
  const rows = dialog.locator('tbody tr');
  await expect(rows).toHaveCount(9);
  await expect(rows.nth(1)).toHaveClass(/is-sub-item/);
  await expect(dialog.locator('tr[data-number="1(a)"]')).toContainText('会议开幕');
  await expect(dialog.locator('tr[data-number="1(a)"]')).toContainText('Opening of the meeting');
  await expect(dialog.locator('tr[data-number="5"] .joint-mark')).toHaveText('joint');
  await expect(dialog.locator('tr[data-number="4"] .joint-mark')).toHaveCount(0);
  await expect(dialog.locator('.import-warnings')).toHaveCount(0);
  found.push(...(await seriousViolations(page, 'import dialog with preview')));
  await page.screenshot({ path: testInfo.outputPath('import-en.png') });
  await dialog.getByRole('button', { name: 'Add 9 items' }).click();
  // One body with joint items: nothing to pair yet.
  await expect(dialog).toBeHidden();
  await expect(app.message()).toContainText('Added 9 items to Working Group on International Cooperation.');

  // WG.2: the first body without items is proposed; English pasted into the Chinese box is noticed.
  await startMenu(page, 'Import agenda…');
  await expect(dialog.getByLabel('Add the items to')).toHaveValue('wg2');
  await dialog.getByLabel('Agenda in Chinese').fill(WG2_2017_EN);
  await expect(dialog.getByText('This text does not look Chinese. Is it in the right box?')).toBeVisible();
  await dialog.getByLabel('Agenda in Chinese').fill(WG2_2017_ZH);
  await expect(dialog.getByText('This text does not look Chinese. Is it in the right box?')).toBeHidden();
  // Warnings name the box and the line: a skipped number in the English text.
  await dialog.getByLabel('Agenda in English').fill('1. Organizational matters.\n3. Other matters.');
  await expect(dialog.locator('.import-warnings li').first()).toContainText('English, line 2:');
  await dialog.getByLabel('Agenda in English').fill(WG2_2017_EN);
  await expect(dialog.locator('.import-warnings')).toHaveCount(0);
  await expect(rows).toHaveCount(7);
  await expect(dialog.locator('tr[data-number="2"]')).toContainText('拟订调查表');
  await expect(dialog.locator('tr[data-number="2"]')).toContainText('Development of the questionnaire');
  await dialog.getByRole('button', { name: 'Add 7 items' }).click();

  // Both bodies have joint items now: pairing follows, with the partners proposed.
  const pairing = page.getByRole('dialog', { name: 'Pair joint items' });
  await expect(pairing).toBeVisible();
  const pairRows = pairing.locator('.pair-row');
  await expect(pairRows).toHaveCount(3);
  const proposed = await pairRows.evaluateAll((lis: any[]) =>
    lis.map((li) => {
      const select = li.querySelector('select')!;
      return `${li.querySelector('.pair-name')!.textContent} ⇄ ${select.options[select.selectedIndex]!.textContent!.split(' — ')[0]} (${li.querySelector('.pair-score')!.textContent})`;
    }),
  );
  expect(proposed).toEqual(['Item 5 of WG.3 ⇄ Item 2 of WG.2 (100% alike)', 'Item 6 of WG.3 ⇄ Item 4 of WG.2 (100% alike)', 'Item 7 of WG.3 ⇄ Item 5 of WG.2 (100% alike)']);
  await expect(pairing.getByRole('checkbox', { name: /Item 6 of WG\.3/ })).toBeChecked();
  found.push(...(await seriousViolations(page, 'pairing dialog')));
  await page.screenshot({ path: testInfo.outputPath('pairing-en.png') });
  // Rejecting a pair leaves it out; a partner chosen twice is refused in the dialog.
  const partnerOf6 = pairing.getByLabel('Partner of Item 6 of WG.3');
  await pairing.getByRole('checkbox', { name: /Item 7 of WG\.3/ }).uncheck();
  await expect(pairing.getByRole('button', { name: 'Pair 2 items' })).toBeVisible();
  await pairing.getByRole('checkbox', { name: /Item 7 of WG\.3/ }).check();
  await partnerOf6.selectOption({ label: 'Item 5 of WG.2 — 通过报告' });
  await pairing.getByRole('button', { name: 'Pair 3 items' }).click();
  await expect(pairing.getByRole('alert')).toHaveText('Item 5 of WG.2 is chosen as the partner of two items.');
  await partnerOf6.selectOption({ label: 'Item 4 of WG.2 — 其他事项' });
  await pairing.getByRole('button', { name: 'Pair 3 items' }).click();
  await expect(pairing).toBeHidden();
  await expect(app.message()).toContainText('Paired 3 joint items.');

  // Every item of both bodies, in the document language (Chinese), with its joint partners.
  expect(await agendaOf(page, WG3.zh)).toEqual([
    '1 | 组织事项',
    '1(a) | 会议开幕',
    '1(b) | 通过议程和工作安排',
    '2 | 移交刑事诉讼作为一种独立的刑事事项国际合作形式，这方面的实际考虑因素、良好做法和挑战',
    '3 | 中央机关之间双边磋商的良好做法，包括筹备、案件跟踪、培训和参与',
    '4 | 在获得电子证据方面的最新动态',
    '5 | 依照公约缔约方会议第8/2号决议，拟订调查表用于审议《联合国打击跨国有组织犯罪公约》实施情况 | joint with WG.2 2',
    '6 | 其他事项 | joint with WG.2 4',
    '7 | 通过报告 | joint with WG.2 5',
  ]);
  expect(await agendaOf(page, WG2.zh)).toEqual([
    '1 | 组织事项',
    '1(a) | 会议开幕',
    '1(b) | 通过议程和工作安排',
    '2 | 依照公约缔约方会议第8/2号决议，拟订调查表用于审议《联合国打击跨国有组织犯罪公约》实施情况 | joint with WG.3 5',
    '3 | 缔约国就《联合国打击跨国有组织犯罪公约》及其各项议定书的实施和相关技术援助提供信息的状况',
    '4 | 其他事项 | joint with WG.3 6',
    '5 | 通过报告 | joint with WG.3 7',
  ]);
  // The English titles came in too.
  await page.getByRole('group', { name: 'Document' }).getByRole('button', { name: 'EN' }).click();
  expect((await agendaOf(page, WG3.en))[6]).toBe(
    '5 | Development of the questionnaire for the review of the implementation of the United Nations Convention against Transnational Organized Crime, in accordance with Conference resolution 8/2 | joint with WG.2 2',
  );

  // Pairing was one edit: one undo takes every partner away, redo brings them back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.agenda-partners')).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.locator('.agenda-partners')).toHaveCount(6);

  // The Chinese interface.
  await page.getByRole('group', { name: 'Interface' }).getByRole('button', { name: '中文' }).click();
  await startMenu(page, '导入议程…', '开始');
  const zhDialog = page.getByRole('dialog', { name: '导入议程' });
  // The whole section with both agendas: the first body's is taken, the other can be chosen, and its body follows.
  await zhDialog.getByLabel('中文议程').fill(BOTH_2017_ZH);
  await expect(zhDialog.getByRole('status')).toHaveText('9 个项目，其中 3 个联合项目。');
  await zhDialog.getByLabel('此文本包含 2 份议程。导入：').selectOption({ label: WG2.zh });
  await expect(zhDialog.getByLabel('项目添加至')).toHaveValue('wg2');
  await expect(zhDialog.getByRole('status')).toHaveText('7 个项目，其中 3 个联合项目。');
  await expect(zhDialog.getByText('有 7 个项目的编号该机构已在使用')).toBeVisible();
  found.push(...(await seriousViolations(page, 'import dialog, Chinese interface')));
  await page.screenshot({ path: testInfo.outputPath('import-zh.png') });
  await zhDialog.getByRole('button', { name: '取消' }).click();
  await startMenu(page, '用向导新建会议…', '开始');
  await page.getByRole('dialog', { name: '新建会议' }).getByRole('button', { name: '添加新机构' }).click();
  found.push(...(await seriousViolations(page, 'wizard, Chinese interface')));
  await page.screenshot({ path: testInfo.outputPath('wizard-zh.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  // Focus goes back to the menu button.
  await expect(page.getByRole('button', { name: '开始' })).toBeFocused();
  expect(found).toEqual([]);
});

test('library bodies with their next meeting; a past session moved to a new week', async ({}, testInfo) => {
  // Opening the 2017 session puts it in this computer's library.
  const app = await App.open({ session: fixtureSession(), savePath: (_name, dir) => join(dir, 'session.orgwork') });
  try {
    const { page } = app;
    const week = weekdaysOfNextWeek(new Date());
    const year = week.from.slice(0, 4);
    // By keyboard: the menu opens on ↓, End goes to the last entry; the 2017 joint items are already paired.
    await page.getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'New session from wizard…' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(page.getByRole('menuitem', { name: 'Pair joint items…' })).toBeFocused();
    await page.keyboard.press('Enter');
    const pairedAlready = page.getByRole('dialog', { name: 'Pair joint items' });
    await expect(pairedAlready.locator('.pair-score')).toHaveText(['paired', 'paired', 'paired']);
    // Nothing new to pair: their keys are left as they are.
    await expect(pairedAlready.getByRole('button', { name: 'Pair 0 items' })).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(pairedAlready).toBeHidden();
    await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();

    await startMenu(page, 'New session from wizard…');
    const wizard = page.getByRole('dialog', { name: 'New session' });
    const library = wizard.getByLabel('Body from the library');
    await expect(library.locator('option')).toHaveText([
      'Working Group of Government Experts on Technical Assistance (CTOC/COP/WG.2/) — next: eleventh meeting',
      'Working Group on International Cooperation (CTOC/COP/WG.3/) — next: ninth meeting',
    ]);
    await library.selectOption({ label: 'Working Group on International Cooperation (CTOC/COP/WG.3/) — next: ninth meeting' });
    await wizard.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(wizard.getByLabel('Meeting (Chinese) (Body 1)')).toHaveValue('第九次会议');
    await expect(wizard.getByLabel('Meeting (English) (Body 1)')).toHaveValue('ninth meeting');
    await expect(wizard.getByLabel('Document symbol (Body 1)')).toHaveValue(`CTOC/COP/WG.3/${year}/1`);
    await expect(wizard.getByLabel('First day (Body 1)')).toHaveValue(week.from);
    await expect(wizard.getByLabel('Last day (Body 1)')).toHaveValue(week.to);
    // The venue of its last meeting is proposed too.
    await expect(wizard.getByLabel('Venue (English)')).toHaveValue('Vienna');
    await expect(wizard.getByLabel('Venue (Chinese)')).toHaveValue('维也纳');
    await expect(wizard.getByLabel('Time zone')).toHaveValue('Europe/Vienna');
    // A new body: its meeting typed in Chinese is proposed in English, and Use takes it.
    await wizard.getByRole('button', { name: 'Add a new body' }).click();
    await wizard.getByLabel('Name (English) (Body 2)').fill('Working Group on Trafficking in Persons');
    await wizard.getByLabel('Meeting (Chinese) (Body 2)').fill('第十二次会议');
    await expect(wizard.getByLabel('Meeting (English) (Body 2)')).toHaveValue('');
    await wizard.getByRole('button', { name: 'Use “twelfth meeting” as the English meeting (Body 2)' }).click();
    await expect(wizard.getByLabel('Meeting (English) (Body 2)')).toHaveValue('twelfth meeting');
    await expect(wizard.getByLabel('Meeting (English) (Body 2)')).toBeFocused();
    await wizard.getByRole('radio', { name: /Hybrid/ }).check();
    // A reversed range is refused in the dialog, which stays open.
    await wizard.getByLabel('Last day (Body 2)').fill('2000-01-03');
    await wizard.getByRole('button', { name: 'Create session' }).click();
    await expect(wizard.getByRole('alert')).toHaveText(`the first day (${week.from}) must not be after the last day (2000-01-03)`);
    await wizard.getByLabel('Last day (Body 2)').fill(week.to);
    await wizard.getByRole('button', { name: 'Create session' }).click();
    await expect(wizard).toBeHidden();

    let saved = await app.save();
    expect(saved.bodies).toEqual([
      {
        id: 'wg3',
        name: { en: 'Working Group on International Cooperation', zh: '国际合作工作组' },
        meeting: { en: 'ninth meeting', zh: '第九次会议' },
        symbol: `CTOC/COP/WG.3/${year}/1`,
        from: week.from,
        to: week.to,
      },
      { id: 'working-group-on-trafficking-in-persons', name: { en: 'Working Group on Trafficking in Persons' }, meeting: { en: 'twelfth meeting', zh: '第十二次会议' }, from: week.from, to: week.to },
    ]);
    expect(saved.meetingFormat).toBe('hybrid');
    expect(saved.venue).toEqual({ en: 'Vienna', zh: '维也纳' });
    expect(saved.timeZone).toBe('Europe/Vienna');
    expect(saved.days.map((day) => day.slots.map((slot) => `${slot.start}-${slot.end}`).join(' '))).toEqual(Array(5).fill('12:00-14:00 16:00-18:00'));
    expect(saved.items.filter((item) => item.body === 'wg3').map((item) => `${item.number} ${item.title.zh} / ${item.title.en}`)).toEqual([
      '1 组织事项 / Organizational matters',
      '1(a) 会议开幕 / Opening of the meeting',
      '1(b) 通过议程和工作安排 / Adoption of the agenda and organization of work',
      '2 其他事项 / Other matters',
      '3 通过报告 / Adoption of the report',
    ]);

    // Start from the 2017 session, in the week of 8 October 2018, with unsaved changes open.
    await page.getByRole('button', { name: '+ Add item' }).first().click();
    await expect(page.locator('.status-saved')).toHaveAttribute('data-dirty', 'true');
    await startMenu(page, 'New session from wizard…');
    await wizard.getByRole('radio', { name: 'A past session, moved to a new week' }).check();
    const past = wizard.getByLabel('Session to start from');
    await expect(past.locator('option')).toHaveCount(2);
    await past.selectOption({ label: 'Provisional agenda and annotations · 9–13 October 2017 · CTOC/COP/WG.3/2017/1, CTOC/COP/WG.2/2017/1' });
    await wizard.getByLabel('New first day').fill('2018-10-10');
    await page.screenshot({ path: testInfo.outputPath('wizard-past-en.png') });
    await wizard.getByRole('button', { name: 'Create session' }).click();
    // Unsaved work is asked about first; the wizard waits behind the question.
    const question = page.getByRole('dialog', { name: /Save changes/ });
    await expect(question).toBeVisible();
    await question.getByRole('button', { name: "Don't save" }).click();
    await expect(wizard).toBeHidden();
    saved = await app.save();
    const y2017 = fixtureSession();
    expect(saved.bodies.map((body) => [body.id, body.meeting, body.symbol, body.from, body.to])).toEqual([
      ['wg3', { en: 'ninth meeting', zh: '第九次会议' }, 'CTOC/COP/WG.3/2018/1', '2018-10-08', '2018-10-12'],
      ['wg2', { en: 'eleventh meeting', zh: '第十一次会议' }, 'CTOC/COP/WG.2/2018/1', '2018-10-10', '2018-10-12'],
    ]);
    expect(saved.days.map((day) => day.date)).toEqual(['2018-10-08', '2018-10-09', '2018-10-10', '2018-10-11', '2018-10-12']);
    // Placements kept: the same rows on the same weekdays.
    expect(saved.days.map((day) => day.slots.map((slot) => slot.rows))).toEqual(y2017.days.map((day) => day.slots.map((slot) => slot.rows)));

    // An agenda for a body not in the session yet: it needs a name; English alone is enough.
    await startMenu(page, 'Import agenda…');
    const dialog = page.getByRole('dialog', { name: 'Import agenda' });
    await dialog.getByLabel('Add the items to').selectOption({ label: 'A new body…' });
    await dialog.getByLabel('Agenda in English').fill(WG3_2017_EN);
    await dialog.getByRole('button', { name: 'Add 9 items' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('The body name must not be empty');
    await dialog.getByLabel('Name of the new body (English)').fill('Working Group on Trafficking in Persons');
    await dialog.getByRole('button', { name: 'Add 9 items' }).click();
    await expect(dialog).toBeHidden();
    // Its joint items could go with those of the other two bodies: pairing is offered, and declined here.
    const pairing = page.getByRole('dialog', { name: 'Pair joint items' });
    await expect(pairing).toBeVisible();
    await pairing.getByRole('button', { name: 'Cancel' }).click();
    await expect(pairing).toBeHidden();
    await expect(page.locator('.agenda-body-name')).toHaveText(['国际合作工作组', '技术援助问题政府专家工作组', 'Working Group on Trafficking in Persons']);
    saved = await app.save();
    expect(saved.items.filter((item) => item.body === saved.bodies[2]!.id).map((item) => item.number)).toEqual(['1', '1(a)', '1(b)', '2', '3', '4', '5', '6', '7']);
  } finally {
    await app.close();
  }
});
