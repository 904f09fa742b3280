// Runs in Node (tests). Issue 15, point 8, in the new-session wizard: a meeting typed in one
// language is proposed in the other, visibly, and only Alt+↓ (or Use) takes it — typing the
// Chinese meeting never writes behind the officer's back into the English field; the dates
// are written out in the interface language. Screenshots at 1366×768 in en and zh; axe.
import type { Lang } from '../../shared/i18n.ts';
import { App, expect, fixtureSession, seriousViolations, test } from './app.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

const TEXT = {
  en: {
    start: 'Start', wizardEntry: 'New session from wizard…', title: 'New session', addNew: 'Add a new body',
    meetingZh: 'Meeting (Chinese) (Body 1)', meetingEn: 'Meeting (English) (Body 1)', from: 'First day (Body 1)', to: 'Last day (Body 1)',
    use: 'Use “ninth meeting” as the English meeting (Body 1)', useZh: 'Use “第十次会议” as the Chinese meeting (Body 1)', proposed: 'Proposed:',
    dates: '8–12 October 2018', crossing: '29 October–2 November 2018',
  },
  zh: {
    start: '开始', wizardEntry: '用向导新建会议…', title: '新建会议', addNew: '添加新机构',
    meetingZh: '会议（中文） (机构 1)', meetingEn: '会议（英文） (机构 1)', from: '首日 (机构 1)', to: '末日 (机构 1)',
    use: '将“ninth meeting”用作英文会议 (机构 1)', useZh: '将“第十次会议”用作中文会议 (机构 1)', proposed: '建议：',
    dates: '2018年10月8日至12日', crossing: '2018年10月29日至11月2日',
  },
} as const;

for (const uiLang of ['en', 'zh'] as Lang[]) {
  test(`wizard: the other language's meeting proposed, dates in the interface language, ${uiLang}`, async ({}, testInfo) => {
    const text = TEXT[uiLang];
    const app = await App.open({ session: fixtureSession(), uiLang, docLang: uiLang });
    try {
      const { page } = app;
      await page.getByRole('button', { name: text.start, exact: true }).click();
      await page.getByRole('menuitem', { name: text.wizardEntry }).click();
      const wizard = page.getByRole('dialog', { name: text.title });
      await wizard.getByRole('button', { name: text.addNew }).click();
      const [zh, en] = [wizard.getByLabel(text.meetingZh, { exact: true }), wizard.getByLabel(text.meetingEn, { exact: true })];

      // Typed key by key, the Chinese meeting leaves the English field as it is, and proposes it.
      await zh.pressSequentially('第九次会议');
      await expect(en).toHaveValue('');
      const use = wizard.getByRole('button', { name: text.use });
      await expect(use).toBeVisible();
      await expect(wizard.locator('.term-suggestion.has-offer')).toContainText(text.proposed);
      await expect(zh).toHaveAttribute('aria-keyshortcuts', 'Alt+ArrowDown');
      await expect(en).toHaveAccessibleDescription(new RegExp('ninth meeting'));

      // The dates, typed in the date fields, are written out in the interface language.
      await wizard.getByLabel(text.from, { exact: true }).fill('2018-10-08');
      await wizard.getByLabel(text.to, { exact: true }).fill('2018-10-12');
      await expect(wizard.locator('.dates-shown').first()).toHaveText(text.dates);
      await expect(wizard.getByLabel(text.from, { exact: true })).toHaveAccessibleDescription(text.dates);
      await wizard.getByLabel(text.to, { exact: true }).fill('2018-11-02');
      await wizard.getByLabel(text.from, { exact: true }).fill('2018-10-29');
      await expect(wizard.locator('.dates-shown').first()).toHaveText(text.crossing);
      expect(await seriousViolations(app)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`1366x768-${uiLang}-wizard-meeting-offer.png`) });

      // Alt+↓ in the Chinese field takes the offer; the focus stays where the officer types.
      await zh.focus();
      await page.keyboard.press('Alt+ArrowDown');
      await expect(en).toHaveValue('ninth meeting');
      await expect(zh).toBeFocused();
      await expect(zh).toHaveValue('第九次会议');
      await expect(use).toHaveCount(0);

      // The other way round: an English meeting proposes the Chinese one; Use takes it.
      await zh.fill('');
      await en.fill('tenth meeting');
      await wizard.getByRole('button', { name: text.useZh }).click();
      await expect(zh).toHaveValue('第十次会议');
      await expect(zh).toBeFocused();
      await expect(en).toHaveValue('tenth meeting');
    } finally {
      await app.close();
    }
  });
}
