// Runs in Node (tests). Issue 12 point 4 and issue 15 point 5: switching the 2017 week to
// hybrid offers, in the same step, to give every meeting the hybrid times — accepted, the
// switch and the retiming are one undo step; declined, each too long meeting is marked on the
// grid's slots. Retime Meetings… retimes chosen days from a template, as one undo step.
import type { Lang } from '../../shared/i18n.ts';
import { App, expect, fixtureSession, seriousViolations, test } from './app.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

const TEXT = {
  en: {
    format: 'Meeting format',
    hybrid: 'Hybrid (remote participation)',
    offer: 'Switch to hybrid meetings',
    body: 'Hybrid meetings last two hours at most, and 9 meetings of this session are longer.',
    question: 'Retime every meeting to the hybrid times, 12 noon–2 p.m. and 4–6 p.m.?',
    retime: 'Switch and retime',
    switchOnly: 'Switch only',
    morning: '12 noon–2 p.m.',
    inPersonMorning: '10 a.m.–1 p.m.',
    errors0: '0 errors',
    errors9: '9 errors',
    tooLong: /lasts more than two hours/,
    dialog: 'Retime meetings',
    openDay: 'Retime this day…',
    custom: 'Other times',
    start1: 'Start of meeting 1',
    end1: 'End of meeting 1',
    one: '1 meeting gets new times. Undo takes it back in one step.',
    apply: 'Retime',
    allDays: 'All days',
    nine: '9 meetings get new times. Undo takes them back in one step.',
  },
  zh: {
    format: '会议形式',
    hybrid: '混合形式（远程参会）',
    offer: '改为混合形式会议',
    body: '混合形式会议每次最长两小时，本届会议有 9 场会议超过两小时。',
    question: '是否把所有会议改为混合形式的时间（中午12时至下午2时和下午4时至6时）？',
    retime: '改变形式并重新安排时间',
    switchOnly: '仅改变形式',
    morning: '中午12时至下午2时',
    inPersonMorning: '上午10时至下午1时',
    errors0: '0 个错误',
    errors9: '9 个错误',
    tooLong: /超过两小时/,
    dialog: '重新安排会议时间',
    openDay: '重新安排本日时间…',
    custom: '其他时间',
    start1: '第1场会议开始时间',
    end1: '第1场会议结束时间',
    one: '1 场会议将改为新的时间。撤销一步即可全部恢复。',
    apply: '重新安排',
    allDays: '所有日期',
    nine: '9 场会议将改为新的时间。撤销一步即可全部恢复。',
  },
} as const;

for (const uiLang of ['en', 'zh'] as Lang[]) {
  test(`switching to hybrid offers the retiming, undone in one step, ${uiLang}`, async ({}, testInfo) => {
    const text = TEXT[uiLang];
    const app = await App.open({ session: fixtureSession(), uiLang, docLang: uiLang });
    try {
      const { page } = app;
      const firstTime = app.cell('r:2017-10-09:0:0', 0).locator('.time-label');
      const format = page.getByRole('combobox', { name: text.format });
      await expect(firstTime).toHaveText(text.inPersonMorning);

      // Declining leaves everything as it was.
      await format.selectOption({ label: text.hybrid });
      const offer = page.getByRole('dialog', { name: text.offer });
      await expect(offer).toContainText(text.body);
      await expect(offer).toContainText(text.question);
      await expect(offer.getByRole('button', { name: text.retime })).toBeFocused();
      expect(await seriousViolations(app)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-hybrid-offer.png`) });
      await page.keyboard.press('Escape');
      await expect(offer).toHaveCount(0);
      await expect(format).toHaveValue('in-person');
      await expect(page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');

      // Accepted: hybrid, every meeting at the hybrid times, no error.
      await format.selectOption({ label: text.hybrid });
      await offer.getByRole('button', { name: text.retime }).click();
      await expect(firstTime).toHaveText(text.morning);
      await expect(format).toHaveValue('hybrid');
      await expect(page.locator('.status-bar')).toContainText(text.errors0);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-hybrid-retimed.png`) });

      // One undo takes the switch and the retiming back together; redo brings both.
      await page.keyboard.press('Control+z');
      await expect(firstTime).toHaveText(text.inPersonMorning);
      await expect(format).toHaveValue('in-person');
      await expect(page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');
      await page.keyboard.press('Control+y');
      await expect(firstTime).toHaveText(text.morning);
      const saved = await app.save();
      expect(saved.meetingFormat).toBe('hybrid');
      expect(saved.days.flatMap((d) => d.slots.map((s) => `${s.start}-${s.end}`))).toEqual([
        '12:00-14:00', '16:00-18:00', '12:00-14:00', '12:00-14:00', '16:00-18:00', '12:00-14:00', '16:00-18:00', '12:00-14:00', '16:00-18:00',
      ]);

      // Switch only: each meeting too long is an error, marked on its slot in the grid.
      await page.keyboard.press('Control+z');
      await format.selectOption({ label: text.hybrid });
      await offer.getByRole('button', { name: text.switchOnly }).click();
      await expect(format).toHaveValue('hybrid');
      await expect(page.locator('.status-bar')).toContainText(text.errors9);
      const mark = app.cell('r:2017-10-09:0:0', 0).locator('.problem-flag');
      await expect(mark).toHaveClass(/severity-error/);
      await expect(mark).toContainText(text.tooLong);
      await expect(page.locator('.time-cell .problem-flag.severity-error')).toHaveCount(9);
      // The message shows beside the cell while it has the focus; screen readers read it with the cell.
      await app.cell('r:2017-10-09:0:0', 0).click();
      await expect(app.cell('r:2017-10-09:0:0', 0)).toBeFocused();
      await expect(mark.locator('.problem-tip')).toBeVisible();
      expect((await mark.locator('.problem-tip').boundingBox())!.width).toBeGreaterThan(100);
      expect(await seriousViolations(app)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-hybrid-marks.png`) });
      // A click on the mark opens the Problems tab, where the same message is.
      await mark.locator('.problem-sign').click();
      await expect(page.locator('#tab-problems')).toHaveAttribute('aria-selected', 'true');
      await expect(page.locator('.problem-message').first()).toContainText(text.tooLong);
    } finally {
      await app.close();
    }
  });

  test(`retime meetings of a chosen day from other times, one undo step, ${uiLang}`, async ({}, testInfo) => {
    const text = TEXT[uiLang];
    const app = await App.open({ session: fixtureSession(), uiLang, docLang: uiLang });
    try {
      const { page } = app;
      // Tuesday, from its day inspector: only Tuesday is chosen.
      await app.cell('d:2017-10-10', 0).click();
      await page.getByRole('button', { name: text.openDay }).click();
      const dialog = page.getByRole('dialog', { name: text.dialog });
      await dialog.getByRole('radio', { name: text.custom }).check();
      await dialog.getByLabel(text.start1).fill('09:30');
      await dialog.getByLabel(text.end1).fill('12:30');
      await expect(dialog.getByTestId('retime-summary')).toHaveText(text.one);
      expect(await seriousViolations(app)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-retime-dialog.png`) });
      await dialog.getByRole('button', { name: text.apply, exact: true }).click();
      await expect(dialog).toHaveCount(0);
      const tuesday = app.cell('r:2017-10-10:0:0', 0).locator('.time-label');
      await expect(tuesday).toHaveText(uiLang === 'en' ? '9.30 a.m.–12.30 p.m.' : '上午9时30分至中午12时30分');
      await expect(app.cell('r:2017-10-09:0:0', 0).locator('.time-label')).toHaveText(text.inPersonMorning);

      // The whole week, by keyboard, from the same dialog: nine meetings.
      await page.getByRole('button', { name: text.openDay }).click();
      await dialog.getByRole('checkbox', { name: text.allDays }).check();
      await dialog.getByRole('radio', { name: new RegExp(text.morning) }).check();
      await expect(dialog.getByTestId('retime-summary')).toHaveText(text.nine);
      await dialog.getByRole('button', { name: text.apply, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(app.cell('r:2017-10-09:0:0', 0).locator('.time-label')).toHaveText(text.morning);
      await expect(tuesday).toHaveText(text.morning);

      // One undo each.
      await page.keyboard.press('Control+z');
      await expect(app.cell('r:2017-10-09:0:0', 0).locator('.time-label')).toHaveText(text.inPersonMorning);
      await expect(tuesday).toHaveText(uiLang === 'en' ? '9.30 a.m.–12.30 p.m.' : '上午9时30分至中午12时30分');
      await page.keyboard.press('Control+z');
      await expect(tuesday).toHaveText(text.inPersonMorning);
      await expect(page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');
    } finally {
      await app.close();
    }
  });
}
