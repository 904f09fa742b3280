// Runs in Node (tests). The .eml draft: it reads back — with mailparser (a real mail parser, by
// other hands than the MailComposer that writes it) and with Python's standard `email`
// package, an independent parser — as the recipients, the Chinese
// subject, HTML and text bodies and byte-identical attachments it was built from; header
// injection through recipients, subject or file names is refused; the body escapes user text.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildEmlDraft, MailDraftError, type DraftInput } from '../../electron/mail/eml.ts';
import { shareAttachments } from '../../electron/mail/share-attachments.ts';
import { shareBody } from '../../electron/mail/share-body.ts';
import { fixtureSession, fixtureText } from './fixtures.ts';
import { simpleParser } from 'mailparser';
import { documentXml } from './docx-xml.ts';
import { exportSession } from '../../shared/export/export-session.ts';

const everyByte = Uint8Array.from({ length: 256 }, (_, i) => i);
const SUBJECT = '拟议工作安排：第2稿 — Draft 2 to the Bureau (WG.3/WG.2)';

function draft(overrides: Partial<DraftInput> = {}): DraftInput {
  return {
    to: ['secretariat@unodc.org', '王芳@例子.中国'],
    subject: SUBJECT,
    html: '<!DOCTYPE html><html><body><p>附件表格</p></body></html>',
    text: '附件表格\nAnnex table\n',
    attachments: [
      { filename: 'ctoc-2017.orgwork', content: new TextEncoder().encode(fixtureText), contentType: 'application/json' },
      { filename: '临时议程和说明 (草稿).bin', content: everyByte, contentType: 'application/octet-stream' },
    ],
    date: new Date('2026-11-28T10:00:00Z'),
    ...overrides,
  };
}

const headerBlock = (eml: Uint8Array) => Buffer.from(eml).toString('latin1').split(/\r?\n\r?\n/)[0]!;
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('buildEmlDraft', () => {
  it('writes a draft that reads back: recipients, Chinese subject, both bodies, attachments byte for byte', async () => {
    const eml = await buildEmlDraft(draft());
    const mail = await simpleParser(Buffer.from(eml));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.headers.get('mime-version')).toBe('1.0');
    const to = Array.isArray(mail.to) ? mail.to : [mail.to];
    expect(to.flatMap((group) => group?.value.map((address) => address.address))).toEqual(['secretariat@unodc.org', '王芳@例子.中国']);
    expect(mail.subject).toBe(SUBJECT);
    expect(mail.date?.toISOString()).toBe('2026-11-28T10:00:00.000Z');
    expect(mail.from).toBeUndefined();
    expect(mail.text).toBe('附件表格\nAnnex table\n');
    expect(mail.html).toContain('<p>附件表格</p>');
    expect(mail.attachments.map((a) => [a.contentType, a.filename])).toEqual([
      ['application/json', 'ctoc-2017.orgwork'],
      ['application/octet-stream', '临时议程和说明 (草稿).bin'],
    ]);
    expect(mail.attachments[0]!.content.toString('utf8')).toBe(fixtureText);
    expect([...mail.attachments[1]!.content]).toEqual([...everyByte]);
  });

  it('reads the same with Python\'s standard email package', async (context) => {
    if (spawnSync('python3', ['--version']).status !== 0) return context.skip();
    const eml = await buildEmlDraft(draft());
    const script = [
      'import sys, json, hashlib, email, email.policy',
      'm = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)',
      'parts = [{"type": p.get_content_type(), "filename": p.get_filename(), "sha256": hashlib.sha256(p.get_payload(decode=True)).hexdigest()} for p in m.walk() if not p.is_multipart()]',
      'print(json.dumps({"to": [a.addr_spec for a in m["To"].addresses], "subject": str(m["Subject"]), "unsent": m["X-Unsent"], "text": m.get_body(("plain",)).get_content(), "html": m.get_body(("html",)).get_content(), "parts": parts}, ensure_ascii=False))',
    ].join('\n');
    const read = JSON.parse(execFileSync('python3', ['-c', script], { input: Buffer.from(eml) }).toString('utf8'));
    expect(read.to[0]).toBe('secretariat@unodc.org');
    expect(read.to).toHaveLength(2);
    expect(read.subject).toBe(SUBJECT);
    expect(read.unsent).toBe('1');
    expect(read.text).toBe('附件表格\nAnnex table\n');
    expect(read.html).toContain('<p>附件表格</p>');
    expect(read.parts.slice(2)).toEqual([
      { type: 'application/json', filename: 'ctoc-2017.orgwork', sha256: sha(new TextEncoder().encode(fixtureText)) },
      { type: 'application/octet-stream', filename: '临时议程和说明 (草稿).bin', sha256: sha(everyByte) },
    ]);
  });

  it.each([
    ['a subject with a line break', { subject: 'x\r\nBcc: evil@example.org' }, 'The subject must not contain a line break or other control character.', '主题中不得有换行或其他控制字符。'],
    ['a recipient with a line break', { to: ['a@example.org\r\nBcc: evil@example.org'] }, 'The recipient must not contain a line break or other control character.', '收件人中不得有换行或其他控制字符。'],
    ['two addresses in one recipient', { to: ['a@example.org, evil@example.org'] }, '"a@example.org, evil@example.org" is not an email address (expected name@example.org, one address at a time).', '“a@example.org, evil@example.org”不是电子邮件地址（应为 name@example.org 形式，每次一个地址）。'],
    ['a display name', { to: ['Evil <evil@example.org>'] }, '"Evil <evil@example.org>" is not an email address (expected name@example.org, one address at a time).', '“Evil <evil@example.org>”不是电子邮件地址（应为 name@example.org 形式，每次一个地址）。'],
    ['no recipient', { to: [] }, 'Give at least one recipient.', '请至少填写一个收件人。'],
    ['an attachment name with a line break', { attachments: [{ filename: 'a\nContent-Type: text/html', content: everyByte, contentType: 'application/pdf' }] }, 'The attachment name "a\\nContent-Type: text/html" must not contain line breaks or control characters.', '附件名称“a\\nContent-Type: text/html”中不得有换行或控制字符。'],
  ])('refuses %s with a message in both languages', async (_name, overrides, en, zh) => {
    const refused = await buildEmlDraft(draft(overrides as Partial<DraftInput>)).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(MailDraftError);
    expect((refused as MailDraftError).reason).toEqual({ en, zh });
  });

  it('keeps header-like text inside the subject: no Bcc header can appear', async () => {
    const eml = await buildEmlDraft(draft({ subject: 'x Bcc: evil@example.org' }));
    const head = headerBlock(eml);
    expect(head).not.toMatch(/^bcc:/im);
    const mail = await simpleParser(Buffer.from(eml));
    expect(mail.subject).toBe('x Bcc: evil@example.org');
    expect(mail.headers.has('bcc')).toBe(false);
  });
});

describe('the body and attachments of a shared session', () => {
  it('puts the message, escaped, before the annex table in HTML and in text', () => {
    const body = shareBody(fixtureSession(), 'Dear colleagues,\n\n<b>draft</b> & notes\nsecond line', 'zh', 'Draft 2');
    expect(body.html).toContain('<p>Dear colleagues,</p>');
    expect(body.html).toContain('<p>&lt;b&gt;draft&lt;/b&gt; &amp; notes<br>second line</p>');
    expect(body.html).toContain('<table class="annex">');
    expect(body.html).toContain('拟议工作安排');
    expect(body.html.indexOf('Dear colleagues')).toBeLessThan(body.html.indexOf('<table'));
    expect(body.text).toMatch(/^Dear colleagues,\n\n<b>draft<\/b> & notes\nsecond line\n\n## 拟议工作安排\n/);
    expect(body.text).toContain('| 上午10时至下午1时 | 1(a) | 会议开幕 |');
  });

  it('heads the annex with 工作组 / Working groups over the bodies, as the annex export does', () => {
    const body = shareBody(fixtureSession(), '', 'both', 'Draft 2');
    expect(body.html).toContain('<th class="body bodies" colspan="4" scope="colgroup">工作组</th>');
    expect(body.html).toContain('<th class="body bodies" colspan="4" scope="colgroup">Working groups</th>');
  });

  it('shows both languages, Chinese first, when asked for both', () => {
    const body = shareBody(fixtureSession(), '', 'both', 'Draft 2');
    expect(body.text.indexOf('## 拟议工作安排')).toBeLessThan(body.text.indexOf('## Proposed organization of work'));
    expect(body.html).toContain('lang="en"');
  });

  it('attaches the session file as it is and the Word annex as the export builds it', async () => {
    const session = fixtureSession();
    const file = { name: 'ctoc-2017.orgwork', bytes: new TextEncoder().encode(fixtureText) };
    const printPdf = async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    const attachments = await shareAttachments(session, file, ['orgwork', 'annex-docx', 'annex-pdf'], 'en', { printPdf });
    expect(attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['ctoc-2017.orgwork', 'application/json'],
      ['CTOC-COP-WG.3-2017-1.annex.en.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['CTOC-COP-WG.3-2017-1.annex.en.pdf', 'application/pdf'],
    ]);
    expect(attachments[0]!.content).toBe(file.bytes);
    const exported = (await exportSession(session, 'annex-docx', 'en', { printPdf })) as Uint8Array;
    expect(documentXml(attachments[1]!.content)).toBe(documentXml(exported));
    expect([...attachments[2]!.content]).toEqual([0x25, 0x50, 0x44, 0x46]);
  });
});
