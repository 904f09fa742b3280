// Runs in Node (tests). Issue 7, sharing and receiving by email, end to end in the browser host:
// the Share dialog, driven by keyboard, writes an .eml draft that reads back (mailparser and
// Python's email package) with the recipients, the Chinese subject, both bodies and the
// session file byte for byte; refused input is said beside its field and writes nothing; where
// no mail program takes the draft, the folder and a plain email are offered; a session opened
// from a mail program's temporary folder says so and saving asks where to keep it.
import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { addresses } from '../unit/mail-addresses.ts';
import type { OrgworkApi } from '../../shared/api.ts';
import { App, expect, fixtureSession, test } from './app.ts';

test.use({ app: async ({}, use) => use(undefined as unknown as App) });

/** What the browser host's stand-in mail program was asked to do. */
interface MailCalls {
  openPath: string[];
  showInFolder: string[];
  openMailto: string[];
}

/** The app on the 2017 fixture, with a mail program that records calls and takes .eml files or not. */
async function openApp(
  options: { uiLang?: 'en' | 'zh'; mailProgramTakesEml?: boolean; mailProgramWaits?: Promise<void> } = {},
): Promise<{ app: App; calls: MailCalls; drafts: string }> {
  const calls: MailCalls = { openPath: [], showInFolder: [], openMailto: [] };
  const app = await App.open({
    session: fixtureSession(),
    uiLang: options.uiLang ?? 'en',
    docLang: 'zh',
    deps: (dir) => ({
      // The session's folder is not a mail program's: no temporary-location notice here.
      temporaryFolders: [join(dir, 'mail')],
      openPath: async (path) => {
        calls.openPath.push(path);
        await options.mailProgramWaits;
        return options.mailProgramTakesEml ?? true;
      },
      showInFolder: async (path) => void calls.showInFolder.push(path),
      openMailto: async (url) => void calls.openMailto.push(url),
    }),
  });
  return { app, calls, drafts: join(app.host.dataDir, 'drafts') };
}

const draftsIn = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);

/** Presses Tab until `name` has the focus (at most `max` times). */
async function tabTo(app: App, name: RegExp, max = 12): Promise<void> {
  for (let i = 0; i < max; i++) {
    await app.page.keyboard.press('Tab');
    const label = await app.page.evaluate(() => {
      const active = (globalThis as any).document.activeElement;
      return active?.labels?.[0]?.textContent ?? active?.textContent ?? '';
    });
    if (name.test(label)) return;
  }
  throw new Error(`no focus on ${name} after ${max} Tab presses`);
}

async function seriousViolations(app: App): Promise<string[]> {
  const results = await new AxeBuilder({ page: app.page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('share by keyboard: the .eml draft reads back with the Chinese subject and the session file byte for byte', async ({}, testInfo) => {
  // The mail program takes its time to start, so the dialog's progress can be seen.
  let startMailProgram = () => {};
  const mailProgramWaits = new Promise<void>((resolve) => (startMailProgram = resolve));
  const { app, calls, drafts } = await openApp({ mailProgramWaits });
  const { page } = app;
  try {
    const share = page.getByRole('button', { name: 'Share by Email…' });
    await share.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Share by email' });
    await expect(dialog).toBeVisible();
    // A form to fill in: the first field has the focus; the subject is proposed in the document language.
    await expect(dialog.getByLabel('To', { exact: true })).toBeFocused();
    await expect(dialog.getByLabel('Subject')).toHaveValue('临时议程和说明（CTOC/COP/WG.3/2017/1）');
    await expect(dialog.getByRole('checkbox', { name: 'Session file (session.orgwork)' })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: '中文 (Chinese)' })).toBeChecked();

    await page.keyboard.type('secretariat@unodc.org; 王芳@例子.中国');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('拟议工作安排：第2稿');
    await page.keyboard.press('Tab');
    await page.keyboard.type('各位同事：');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('请审阅附件。');
    await tabTo(app, /^Annex as Word/);
    await page.keyboard.press('Space');
    await expect(dialog.getByRole('checkbox', { name: 'Annex as Word (.docx)' })).toBeChecked();

    expect(await seriousViolations(app)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('share-dialog-en.png') });

    await tabTo(app, /^Create email$/);
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('status').filter({ hasText: 'Creating the email draft…' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Create email' })).toHaveAttribute('aria-disabled', 'true');
    await expect.poll(() => calls.openPath.length).toBe(1);
    startMailProgram();
    await expect(dialog).toHaveCount(0);
    await expect(app.message()).toContainText(/Email draft opened in your mail program \(session 2\d{3}-\d\d-\d\d \d{6}\.eml\)\./);
    // The focus goes back to where it was: the Share button.
    await expect(share).toBeFocused();

    expect(calls.openPath).toHaveLength(1);
    const draft = calls.openPath[0]!;
    expect(draftsIn(drafts)).toEqual([draft.slice(drafts.length + 1)]);
    const mail = await simpleParser(readFileSync(draft));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(addresses(mail.to)).toEqual(['secretariat@unodc.org', '王芳@例子.中国']);
    expect(mail.subject).toBe('拟议工作安排：第2稿');
    expect(mail.attachments.map((a) => [a.contentType, a.filename])).toEqual([
      ['application/json', 'session.orgwork'],
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'CTOC-COP-WG.3-2017-1.annex.zh.docx'],
    ]);
    expect(mail.text).toMatch(/^各位同事：\n\n请审阅附件。\n\n## 拟议工作安排\n/);
    expect(mail.html).toContain('<p>各位同事：</p>');
    expect(mail.html).toContain('<table class="annex">');
    expect(mail.attachments[0]!.content.equals(readFileSync(app.file))).toBe(true);
    expect(mail.attachments[1]!.content.subarray(0, 2).toString('latin1')).toBe('PK');

    // An independent parser reads it the same way.
    if (spawnSync('python3', ['--version']).status === 0) {
      const script = [
        'import sys, json, hashlib, email, email.policy',
        'm = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)',
        'print(json.dumps({"to": [a.addr_spec for a in m["To"].addresses], "subject": str(m["Subject"]), "files": [[p.get_filename(), hashlib.sha256(p.get_payload(decode=True)).hexdigest()] for p in m.iter_attachments()]}, ensure_ascii=False))',
      ].join('\n');
      const read = JSON.parse(execFileSync('python3', ['-c', script, draft]).toString('utf8'));
      expect(read.to).toEqual(['secretariat@unodc.org', '王芳@例子.中国']);
      expect(read.subject).toBe('拟议工作安排：第2稿');
      expect(read.files[0]).toEqual(['session.orgwork', execFileSync('sha256sum', [app.file]).toString().split(' ')[0]]);
    }
  } finally {
    await app.close();
  }
});

test('a bad recipient is said beside the field and nothing is written; a line break in the subject is refused by the host', async ({}, testInfo) => {
  const { app, calls, drafts } = await openApp();
  const { page } = app;
  try {
    await page.getByRole('button', { name: 'Share by Email…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share by email' });
    const to = dialog.getByLabel('To', { exact: true });
    await to.fill('secretariat@unodc.org, Bureau <bureau@example.org>');
    await dialog.getByRole('button', { name: 'Create email' }).click();
    const error = '"Bureau <bureau@example.org>" is not an email address (expected name@example.org, one address at a time).';
    await expect(dialog.getByText(error)).toBeVisible();
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await expect(to).toHaveAccessibleDescription(new RegExp(error.replace(/[().<>]/g, '\\$&')));
    await expect(to).toBeFocused();
    expect(draftsIn(drafts)).toEqual([]);
    expect(calls.openPath).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('share-error-en.png') });
    // Typing again clears the error.
    await to.fill('secretariat@unodc.org');
    await expect(dialog.getByText(error)).toHaveCount(0);

    // The subject field cannot hold a line break; a page that sends one anyway is refused by the host.
    const result = await page.evaluate(async (session) => {
      const api = (globalThis as unknown as { orgwork: OrgworkApi }).orgwork;
      return api.shareByEmail({ session, path: null, recipients: ['a@example.org'], subject: 'x\r\nBcc: evil@example.org', message: '', attachments: ['orgwork'], lang: 'zh' });
    }, fixtureSession());
    expect(result).toMatchObject({ status: 'invalid', field: 'subject' });
    // Nor may it name a file to show that is not a draft of ours.
    const shown = await page.evaluate(async (path) => {
      const api = (globalThis as unknown as { orgwork: OrgworkApi }).orgwork;
      return api.showInFolder(path).then(
        () => 'shown',
        () => 'refused',
      );
    }, app.file);
    expect(shown).toBe('refused');
    expect(draftsIn(drafts)).toEqual([]);
    expect(calls).toEqual({ openPath: [], showInFolder: [], openMailto: [] });

    // Escape is the safe way out: the dialog closes, nothing is written, the focus goes back.
    await to.focus();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share by Email…' })).toBeFocused();
    expect(draftsIn(drafts)).toEqual([]);
  } finally {
    await app.close();
  }
});

test('Chinese interface, no mail program for .eml: the error in Chinese, then the folder and a plain email', async ({}, testInfo) => {
  const { app, calls, drafts } = await openApp({ uiLang: 'zh', mailProgramTakesEml: false });
  const { page } = app;
  try {
    await page.getByRole('button', { name: '通过电子邮件共享…' }).click();
    const dialog = page.getByRole('dialog', { name: '通过电子邮件共享' });
    const to = dialog.getByLabel('收件人', { exact: true });
    await to.fill('not-an-address');
    await dialog.getByRole('button', { name: '生成邮件' }).click();
    await expect(dialog.getByText('“not-an-address”不是电子邮件地址（应为 name@example.org 形式，每次一个地址）。')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('share-error-zh.png') });

    await to.fill('secretariat@unodc.org，bureau@example.org');
    await dialog.getByRole('button', { name: '生成邮件' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: '没有邮件程序打开该草稿' })).toBeVisible();
    const show = dialog.getByRole('button', { name: '在文件夹中显示' });
    await expect(show).toBeFocused();
    await page.screenshot({ path: testInfo.outputPath('share-written-zh.png') });
    expect(await seriousViolations(app)).toEqual([]);

    const [draft] = draftsIn(drafts);
    expect(calls.openPath).toEqual([join(drafts, draft!)]);
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('已在文件管理器中显示该草稿。')).toBeVisible();
    expect(calls.showInFolder).toEqual([join(drafts, draft!)]);

    await dialog.getByRole('button', { name: '打开普通邮件（不含附件）' }).click();
    await expect(dialog.getByText('已在您的邮件程序中打开一封普通邮件，其中不含附件。')).toBeVisible();
    expect(calls.openMailto).toHaveLength(1);
    const url = calls.openMailto[0]!;
    expect(url.startsWith('mailto:secretariat@unodc.org,bureau@example.org?subject=')).toBe(true);
    expect(new URLSearchParams(url.slice(url.indexOf('?') + 1)).get('subject')).toBe('临时议程和说明（CTOC/COP/WG.3/2017/1）');

    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toHaveCount(0);
  } finally {
    await app.close();
  }
});

test('received: a session opened from a mail program\'s temporary folder says so, and saving asks where to keep it', async () => {
  const asked: string[] = [];
  let keep = '';
  const app = await App.open({
    session: fixtureSession(),
    deps: (dir) => ({ temporaryFolders: [dir] }),
    savePath: (name, dir) => {
      asked.push(name);
      mkdirSync(join(dir, 'kept'), { recursive: true });
      keep = join(dir, 'kept', name);
      return keep;
    },
  });
  const { page } = app;
  try {
    const notice = page.getByRole('note').filter({ hasText: 'This file was opened from a temporary folder' });
    await expect(notice).toBeVisible();
    const before = readFileSync(app.file, 'utf8');
    await page.keyboard.press('Control+s');
    await expect(page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');
    await expect.poll(() => asked).toEqual(['session.orgwork']);
    await expect.poll(() => existsSync(keep)).toBe(true);
    // Kept where the user chose; the copy in the temporary folder is untouched; the notice is gone.
    expect(readFileSync(app.file, 'utf8')).toBe(before);
    await expect(notice).toHaveCount(0);
    await expect(page.locator('.status-file')).toHaveText('session.orgwork');
  } finally {
    await app.close();
  }
});
