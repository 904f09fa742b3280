// Runs in Node (tests). "Share by email…" in the app (electron/handlers/share-by-email.ts) over a
// temporary folder, with a recording mail program: the .eml draft lands in the drafts folder and
// reads back (mailparser and Python's email package) with the session file byte for byte;
// a line break in a recipient or subject writes nothing; a mail program that does not take the
// draft makes it 'written'; the plain email is a mailto: URL built from checked parts; only
// drafts Orgwork wrote can be shown in their folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'date-fns';
import { simpleParser } from 'mailparser';
import { addresses } from './mail-addresses.ts';
import { describe, expect, it } from 'vitest';
import type { MenuCommand, ShareRequest } from '../../shared/api.ts';
import { exportSession } from '../../shared/export/export-session.ts';
import { withCurrentLineage } from '../../shared/merge/lineage.ts';
import { parseSession, serializeSession } from '../../shared/model/index.ts';
import { callHandler } from '../../electron/handlers/index.ts';
import { menuTemplate } from '../../electron/main/menu-template.ts';
import { plainEmailUrl } from '../../electron/handlers/share-by-email.ts';
import { MAILTO_MAX_LENGTH, mailtoUrl } from '../../electron/mail/mailto.ts';
import { documentXml } from './docx-xml.ts';
import { fixtureSession, fixtureText } from './fixtures.ts';
import { handlerHarness } from './handler-harness.ts';

/** When the harness's clock shares (10:00 UTC), as a draft's name says it: in local time. */
const STAMP = format(new Date('2026-11-28T10:00:00Z'), 'yyyy-MM-dd HHmmss');
const SUBJECT = '拟议工作安排：第2稿（CTOC/COP/WG.3/2017/1）';

/** A harness whose mail program records what it was asked to open, and answers `takes`. */
function sharing(takes: boolean | 'throws' | 'none' = true) {
  const calls = { openPath: [] as string[], showInFolder: [] as string[], openMailto: [] as string[] };
  const harness = handlerHarness(
    takes === 'none'
      ? {}
      : {
          openPath: async (path) => {
            calls.openPath.push(path);
            if (takes === 'throws') throw new Error('no program for .eml');
            return takes;
          },
          showInFolder: async (path) => void calls.showInFolder.push(path),
          openMailto: async (url) => void calls.openMailto.push(url),
        },
  );
  // The session file as the app opened it: on disk, and in memory with its lineage.
  const folder = join(harness.root, 'Work');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'ctoc-2017.orgwork');
  writeFileSync(file, fixtureText);
  const session = withCurrentLineage(fixtureSession());
  const request = (overrides: Partial<ShareRequest> = {}): ShareRequest => ({
    session,
    path: file,
    recipients: ['secretariat@unodc.org', '王芳@例子.中国'],
    subject: SUBJECT,
    message: '各位同事：\n\n请审阅。',
    attachments: ['orgwork'],
    lang: 'zh',
    ...overrides,
  });
  const drafts = join(harness.deps.dataDir, 'drafts');
  const draftFiles = () => (existsSync(drafts) ? readdirSync(drafts) : []);
  return { ...harness, calls, file, session, request, drafts, draftFiles };
}

describe('shareByEmail', () => {
  it('writes the draft to the drafts folder and hands it to the mail program', async () => {
    const { handlers, calls, request, drafts, draftFiles, file } = sharing();
    const result = await handlers.shareByEmail(request());
    expect(result).toEqual({ status: 'opened', path: join(drafts, `ctoc-2017 ${STAMP}.eml`) });
    expect(calls.openPath).toEqual([join(drafts, `ctoc-2017 ${STAMP}.eml`)]);
    // Atomic: only the draft, no temporary file beside it.
    expect(draftFiles()).toEqual([`ctoc-2017 ${STAMP}.eml`]);

    const mail = await simpleParser(readFileSync(join(drafts, draftFiles()[0]!)));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(addresses(mail.to)).toEqual(['secretariat@unodc.org', '王芳@例子.中国']);
    expect(mail.subject).toBe(SUBJECT);
    expect(mail.text).toMatch(/^各位同事：\n\n请审阅。\n\n## 拟议工作安排\n/);
    expect(mail.html).toContain('<table class="annex">');
    expect(mail.attachments.map((a) => [a.contentType, a.filename])).toEqual([['application/json', 'ctoc-2017.orgwork']]);
    // Saved and unchanged: the file on disk, byte for byte.
    expect(mail.attachments[0]!.content.equals(readFileSync(file))).toBe(true);
  });

  it('attaches the Word annex as the export builds it, under the export\'s name', async () => {
    const { handlers, request, drafts, draftFiles, session } = sharing();
    await handlers.shareByEmail(request({ attachments: ['orgwork', 'annex-docx'], lang: 'en' }));
    const mail = await simpleParser(readFileSync(join(drafts, draftFiles()[0]!)));
    expect(mail.text).toBeTruthy();
    expect(mail.html).toBeTruthy();
    expect(mail.attachments.map((a) => a.filename)).toEqual(['ctoc-2017.orgwork', 'CTOC-COP-WG.3-2017-1.annex.en.docx']);
    const exported = (await exportSession(session, 'annex-docx', 'en', { printPdf: async () => new Uint8Array() })) as Uint8Array;
    expect(documentXml(new Uint8Array(mail.attachments[1]!.content))).toBe(documentXml(exported));
  });

  it('reads the same with Python\'s standard email package', async (context) => {
    if (spawnSync('python3', ['--version']).status !== 0) return context.skip();
    const { handlers, request, file } = sharing();
    const result = await handlers.shareByEmail(request());
    if (result.status !== 'opened') throw new Error(JSON.stringify(result));
    const script = [
      'import sys, json, hashlib, email, email.policy',
      'm = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)',
      'att = [p for p in m.iter_attachments()]',
      'print(json.dumps({"to": [a.addr_spec for a in m["To"].addresses], "subject": str(m["Subject"]), "text": m.get_body(("plain",)).get_content(), "html": m.get_body(("html",)).get_content(), "files": [[p.get_filename(), hashlib.sha256(p.get_payload(decode=True)).hexdigest()] for p in att]}, ensure_ascii=False))',
    ].join('\n');
    const read = JSON.parse(execFileSync('python3', ['-c', script, result.path]).toString('utf8'));
    expect(read.to).toEqual(['secretariat@unodc.org', '王芳@例子.中国']);
    expect(read.subject).toBe(SUBJECT);
    expect(read.text).toContain('| 上午10时至下午1时 | 1(a) | 会议开幕 |');
    expect(read.html).toContain('拟议工作安排');
    const sha = execFileSync('sha256sum', [file]).toString().split(' ')[0];
    expect(read.files).toEqual([['ctoc-2017.orgwork', sha]]);
  });

  it('attaches unsaved edits as a save would write them, with the lineage they come from', async () => {
    const { handlers, request, drafts, draftFiles, session } = sharing();
    const edited = { ...session, title: { ...session.title, en: 'Provisional agenda (draft 2)' } };
    await handlers.shareByEmail(request({ session: edited }));
    const attached = (await simpleParser(readFileSync(join(drafts, draftFiles()[0]!)))).attachments[0]!.content.toString('utf8');
    expect(attached).toBe(serializeSession(withCurrentLineage(edited)));
    const parsed = parseSession(attached);
    if (!parsed.ok) throw new Error('attachment does not load');
    expect(parsed.session.title.en).toBe('Provisional agenda (draft 2)');
    expect(parsed.session.lineage?.parent).toBe(session.lineage?.revision);
  });

  it('names the session file of a session never saved after its symbol', async () => {
    const { handlers, request, drafts, draftFiles } = sharing();
    const result = await handlers.shareByEmail(request({ path: null }));
    expect(result).toEqual({ status: 'opened', path: join(drafts, `CTOC-COP-WG.3-2017-1 ${STAMP}.eml`) });
    expect((await simpleParser(readFileSync(join(drafts, draftFiles()[0]!)))).attachments[0]!.filename).toBe('CTOC-COP-WG.3-2017-1.orgwork');
  });

  it('keeps both drafts of two shares within one second', async () => {
    const { handlers, request, draftFiles } = sharing();
    await handlers.shareByEmail(request());
    await handlers.shareByEmail(request());
    expect(draftFiles().sort()).toEqual([`ctoc-2017 ${STAMP} (2).eml`, `ctoc-2017 ${STAMP}.eml`]);
  });

  it('removes its own drafts older than 30 days, and nothing else', async () => {
    const { handlers, request, drafts, draftFiles } = sharing();
    mkdirSync(drafts, { recursive: true });
    const aged = (name: string, days: number) => {
      writeFileSync(join(drafts, name), 'x');
      const when = (Date.UTC(2026, 10, 28, 10) - days * 86_400_000) / 1000;
      utimesSync(join(drafts, name), when, when);
    };
    aged('old 2026-10-01 100000.eml', 58);
    aged('recent 2026-11-18 100000.eml', 10);
    aged('notes.txt', 58);
    await handlers.shareByEmail(request());
    expect(draftFiles().sort()).toEqual([`ctoc-2017 ${STAMP}.eml`, 'notes.txt', 'recent 2026-11-18 100000.eml']);
  });

  it.each([
    ['a subject with a line break', { subject: 'x\r\nBcc: evil@example.org' }, 'subject', 'The subject must not contain a line break or other control character.'],
    ['a recipient with a line break', { recipients: ['a@example.org\r\nBcc: evil@example.org'] }, 'recipients', 'The recipient must not contain a line break or other control character.'],
    ['a display name', { recipients: ['Evil <evil@example.org>'] }, 'recipients', '"Evil <evil@example.org>" is not an email address (expected name@example.org, one address at a time).'],
    ['no recipient', { recipients: [] }, 'recipients', 'Give at least one recipient.'],
  ])('refuses %s, says which field, and writes nothing', async (_name, overrides, field, en) => {
    const { handlers, calls, request, draftFiles } = sharing();
    const result = await handlers.shareByEmail(request(overrides as Partial<ShareRequest>));
    expect(result).toMatchObject({ status: 'invalid', field, reason: { en } });
    expect(draftFiles()).toEqual([]);
    expect(calls.openPath).toEqual([]);
    // The plain email refuses the same.
    expect(await handlers.openMailto(request(overrides as Partial<ShareRequest>))).toMatchObject({ status: 'invalid', field });
    expect(calls.openMailto).toEqual([]);
  });

  it.each([
    ['answers that no program took it', false],
    ['fails to start a program', 'throws'],
    ['is not there at all (no openPath)', 'none'],
  ] as const)('is "written" when the mail program %s', async (_name, takes) => {
    const { handlers, request, drafts, draftFiles } = sharing(takes);
    const result = await handlers.shareByEmail(request());
    expect(result).toEqual({ status: 'written', path: join(drafts, `ctoc-2017 ${STAMP}.eml`) });
    expect(draftFiles()).toHaveLength(1);
  });

  it('fails with a reason, writing nothing, when a PDF is asked for and nothing can print one', async () => {
    const { handlers, request, draftFiles } = sharing();
    const result = await handlers.shareByEmail(request({ attachments: ['annex-pdf'] }));
    expect(result).toEqual({
      status: 'failed',
      reason: { en: 'This window cannot print PDF files. Attach the annex as Word instead.', zh: '此窗口无法打印PDF文件。请改为附上Word格式的附件。' },
    });
    expect(draftFiles()).toEqual([]);
  });

  it('refuses attachment kinds and fields the API does not know before any handler runs', async () => {
    const { handlers, request, draftFiles } = sharing();
    await expect(callHandler(handlers, 'shareByEmail', [{ ...request(), attachments: ['../../etc/passwd'] }])).rejects.toThrow(/attachments/);
    await expect(callHandler(handlers, 'shareByEmail', [{ ...request(), bcc: ['evil@example.org'] }])).rejects.toThrow();
    expect(draftFiles()).toEqual([]);
  });
});

describe('the plain email (mailto:)', () => {
  it('opens a mailto: URL with the recipients, subject and text body, percent-encoded', async () => {
    const { handlers, calls, request } = sharing();
    expect(await handlers.openMailto(request({ message: 'Short note & more?' }))).toEqual({ status: 'opened' });
    expect(calls.openMailto).toHaveLength(1);
    const url = calls.openMailto[0]!;
    expect(url.startsWith('mailto:secretariat@unodc.org,%E7%8E%8B%E8%8A%B3@%E4%BE%8B%E5%AD%90.%E4%B8%AD%E5%9B%BD?subject=')).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(params.get('subject')).toBe(SUBJECT);
    const body = params.get('body')!;
    // RFC 6068: CRLF line breaks; the annex is long, so the body is cut at a line with a mark.
    expect(body.startsWith('Short note & more?\r\n\r\n## 拟议工作安排\r\n')).toBe(true);
    expect(body.endsWith('\r\n…')).toBe(true);
    expect(decodeURIComponent(url.split('?')[0]!.slice('mailto:'.length)).split(',')).toEqual(['secretariat@unodc.org', '王芳@例子.中国']);
  });

  it('keeps the whole body when it fits, and never cuts a character in half', () => {
    const short = mailtoUrl({ to: ['a@example.org'], subject: 'S', body: 'one\ntwo\n' });
    expect(short).toBe('mailto:a@example.org?subject=S&body=one%0D%0Atwo%0D%0A');
    const long = mailtoUrl({ to: ['a@example.org'], subject: 'S', body: '表'.repeat(500) }, 300);
    expect(long.length).toBeLessThanOrEqual(300);
    expect(decodeURIComponent(long.split('&body=')[1]!)).toMatch(/^表+…$/);
  });

  it('encodes what could start a new parameter or header inside the subject', () => {
    const url = mailtoUrl({ to: ['a@example.org'], subject: 'x&bcc=evil@example.org?cc=y', body: '' });
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect([...params.keys()]).toEqual(['subject', 'body']);
    expect(params.get('subject')).toBe('x&bcc=evil@example.org?cc=y');
  });

  it('is a mailto: URL whatever the text', () => {
    const { request } = sharing();
    expect(plainEmailUrl(request({ subject: 'javascript:alert(1)', message: 'file:///etc/passwd' })).startsWith('mailto:')).toBe(true);
  });

  it('says so when the host has no mail program to open', async () => {
    const { handlers, request } = sharing('none');
    expect(await handlers.openMailto(request())).toEqual({
      status: 'failed',
      reason: { en: 'This window cannot open a mail program.', zh: '此窗口无法打开邮件程序。' },
    });
  });
});

describe('showInFolder', () => {
  it('shows a draft the handler wrote', async () => {
    const { handlers, calls, request } = sharing(false);
    const result = await handlers.shareByEmail(request());
    if (result.status !== 'written') throw new Error(JSON.stringify(result));
    expect(await handlers.showInFolder(result.path)).toEqual({ status: 'shown' });
    expect(calls.showInFolder).toEqual([result.path]);
  });

  it('refuses any other path, also one that climbs out of the drafts folder', async () => {
    const { handlers, calls, drafts, file } = sharing();
    await expect(handlers.showInFolder(file)).rejects.toThrow(/only email drafts/);
    await expect(handlers.showInFolder(join(drafts, '..', 'preferences.json'))).rejects.toThrow(/only email drafts/);
    await expect(handlers.showInFolder(join(drafts, '..', '..', 'x.eml'))).rejects.toThrow(/only email drafts/);
    await expect(handlers.showInFolder(join(drafts, 'sub', 'x.eml'))).rejects.toThrow(/only email drafts/);
    expect(calls.showInFolder).toEqual([]);
  });

  it('says a draft that is gone is gone', async () => {
    const { handlers, drafts } = sharing();
    const result = await handlers.showInFolder(join(drafts, 'gone.eml'));
    expect(result).toMatchObject({ status: 'failed', reason: { en: expect.stringContaining('the file does not exist') } });
  });
});

describe('File ▸ Share by Email…', () => {
  it('is enabled in both languages and sends the share command', () => {
    type Item = { label?: string; enabled?: boolean; click?: () => void };
    const sent: MenuCommand[] = [];
    const actions = { command: (c: MenuCommand) => sent.push(c), openRecent: () => {}, about: () => {}, zoom: () => {} };
    const shareItem = (uiLang: 'en' | 'zh', label: string) => {
      const file = menuTemplate({ uiLang, docLang: 'zh', recentFiles: [] }, actions, 'linux')[0]!.submenu as Item[];
      const item = file.find((i) => i.label === label);
      expect(item?.enabled).not.toBe(false);
      return item!;
    };
    shareItem('en', 'Share by Email…').click!();
    shareItem('zh', '通过电子邮件共享…').click!();
    expect(sent).toEqual(['share', 'share']);
  });
});
