// Runs in Node (tests). `orgwork diff`, `merge` and `share` from the command line: outputs and
// exit codes (diff and merge as diff(1): 1 means different or conflicted, 2 trouble).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { addresses } from './mail-addresses.ts';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../electron/export/pdf.ts';
import { revisionOf } from '../../shared/merge/index.ts';
import { parseSession, serializeSession, type Session } from '../../shared/model/index.ts';
import * as ops from '../../shared/schedule/index.ts';
import type { EditResult } from '../../shared/schedule/index.ts';
import { cli } from './cli-harness.ts';
import { expectOk, FIXTURE_FILE, fixtureJson, fixtureSession, fixtureText } from './fixtures.ts';
import { MAX_NESTING } from '../../shared/model/parse.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'orgwork-merge-cli-'));
const base = fixtureSession();
function copy(dir: string, name: string, ...steps: ((s: Session) => EditResult)[]): string {
  const file = join(dir, name);
  writeFileSync(file, serializeSession(steps.reduce((s, step) => expectOk(step(s)).session, base)));
  return file;
}
const retitle = (en: string) => (s: Session) => ops.editItem(s, 'wg3-5', { title: { ...s.items[6]!.title, en } });

describe('orgwork diff', () => {
  it('prints nothing and exits 0 for the same session', async () => {
    expect(await cli('diff', FIXTURE_FILE, FIXTURE_FILE)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints one line per change in the language asked for, and exits 1', async () => {
    const other = copy(tmp(), 'b.orgwork', retitle('Questionnaire'), (s) => ops.removeRow(s, { date: '2017-10-09', slot: 1, row: 0 }));
    const en = await cli('diff', FIXTURE_FILE, other);
    expect(en.code).toBe(1);
    expect(en.stdout.trim().split('\n')).toEqual([
      `Changed the title (English) of item 5 of Working Group on International Cooperation: “${base.items[6]!.title.en}” → “Questionnaire”`,
      'Took item 2 of Working Group on International Cooperation out of Monday, 9 October, 3–6 p.m.',
    ]);
    const zh = await cli('diff', FIXTURE_FILE, other, '--lang', 'zh');
    expect(zh.stdout).toContain('将国际合作工作组的项目 2从10月9日，星期一下午3时至6时撤出');
  });

  it('prints the changes as JSON with --json', async () => {
    const other = copy(tmp(), 'b.orgwork', retitle('Questionnaire'));
    const { code, stdout } = await cli('diff', FIXTURE_FILE, other, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ a: FIXTURE_FILE, b: other, identical: false, changes: [{ kind: 'item-retitled', item: 'wg3-5', lang: 'en', after: 'Questionnaire' }] });
    expect(report.changes[0].message.zh).toContain('国际合作工作组的项目 5');
  });

  it('exits 2 for a usage error or a file that does not load', async () => {
    expect((await cli('diff', FIXTURE_FILE)).code).toBe(2);
    expect((await cli('diff', FIXTURE_FILE, FIXTURE_FILE, FIXTURE_FILE)).code).toBe(2);
    const missing = await cli('diff', FIXTURE_FILE, join(tmp(), 'missing.orgwork'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*missing\.orgwork: no such file/);
  });
});

describe('orgwork merge', () => {
  it('writes a clean merge with its lineage and exits 0', async () => {
    const dir = tmp();
    const ours = copy(dir, 'ours.orgwork', retitle('Questionnaire'));
    const theirs = copy(dir, 'theirs.orgwork', (s) => ops.addDay(s, { date: '2017-10-16' }));
    const out = join(dir, 'merged.orgwork');
    const result = await cli('merge', FIXTURE_FILE, ours, theirs, '-o', out);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const merged = expectOk(parseSession(readFileSync(out, 'utf8'))).session;
    expect(merged.items[6]!.title.en).toBe('Questionnaire');
    expect(merged.days.at(-1)!.date).toBe('2017-10-16');
    const [oursSession, theirsSession] = [ours, theirs].map((f) => expectOk(parseSession(readFileSync(f, 'utf8'))).session);
    expect(merged.lineage).toEqual({ revision: revisionOf(merged), parent: revisionOf(oursSession!), merged: [revisionOf(theirsSession!)] });
  });

  it('lists the conflicts, writes nothing and exits 1; --prefer settles them', async () => {
    const dir = tmp();
    const ours = copy(dir, 'ours.orgwork', retitle('Ours'));
    const theirs = copy(dir, 'theirs.orgwork', retitle('Theirs'));
    const out = join(dir, 'merged.orgwork');
    const conflicted = await cli('merge', FIXTURE_FILE, ours, theirs, '-o', out);
    expect(conflicted.code).toBe(1);
    expect(conflicted.stdout).toBe(
      '[item:wg3-5:title.en] Both copies changed the title (English) of item 5 of Working Group on International Cooperation\n    This copy: “Ours”\n    The other copy: “Theirs”\n',
    );
    expect(conflicted.stderr).toContain('1 conflict remains; nothing was written');
    expect(existsSync(out)).toBe(false);
    const zh = await cli('merge', FIXTURE_FILE, ours, theirs, '-o', out, '--ui-lang', 'zh');
    expect(zh.stdout).toContain('两个副本都更改了国际合作工作组的项目 5的标题（英文）\n    本副本：“Ours”\n    另一副本：“Theirs”');
    const json = await cli('merge', FIXTURE_FILE, ours, theirs, '-o', out, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ conflicts: [{ id: 'item:wg3-5:title.en', kind: 'field' }], written: null });
    const settled = await cli('merge', FIXTURE_FILE, ours, theirs, '-o', out, '--prefer', 'theirs');
    expect(settled.code).toBe(0);
    expect(expectOk(parseSession(readFileSync(out, 'utf8'))).session.items[6]!.title.en).toBe('Theirs');
  });

  it('compares two files without a common version: every difference is a conflict', async () => {
    const dir = tmp();
    const ours = copy(dir, 'ours.orgwork', retitle('Ours'));
    const result = await cli('merge', ours, FIXTURE_FILE, '-o', join(dir, 'out.orgwork'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[item:wg3-5:title.en]');
  });

  it('exits 2 for a usage error or a file that does not load', async () => {
    expect((await cli('merge', FIXTURE_FILE, FIXTURE_FILE, FIXTURE_FILE)).code).toBe(2);
    expect((await cli('merge', FIXTURE_FILE, '-o', 'x.orgwork')).code).toBe(2);
    expect((await cli('merge', FIXTURE_FILE, FIXTURE_FILE, FIXTURE_FILE, '-o', 'x', '--prefer', 'mine')).code).toBe(2);
    const broken = join(tmp(), 'broken.orgwork');
    writeFileSync(broken, '{"format": "orgwork-session", "version": 1}');
    const result = await cli('merge', FIXTURE_FILE, broken, FIXTURE_FILE, '-o', join(tmp(), 'out.orgwork'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('$.id: required field is missing');
  });
});

describe('orgwork share', () => {
  it('writes an .eml draft with the annex in the body and the session file attached as it is', async () => {
    const out = join(tmp(), 'draft.eml');
    const result = await cli('share', FIXTURE_FILE, '--to', 'a@example.org, b@example.org', '--subject', '拟议工作安排 第2稿', '--message', 'Dear colleagues,', '-o', out);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const mail = await simpleParser(readFileSync(out));
    expect(addresses(mail.to)).toEqual(['a@example.org', 'b@example.org']);
    expect(mail.subject).toBe('拟议工作安排 第2稿');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.text).toMatch(/^Dear colleagues,\n\n## 拟议工作安排/);
    expect(mail.html).toContain('<table class="annex">');
    expect(mail.attachments.map((a) => [a.contentType, a.filename])).toEqual([['application/json', 'ctoc-2017.orgwork']]);
    expect(mail.attachments[0]!.content.toString('utf8')).toBe(fixtureText);
  });

  it('attaches the Word documents and the PDF annex asked for', async (context) => {
    const chromium = await findChromium().then(
      () => true,
      () => false,
    );
    if (!chromium) return context.skip();
    const out = join(tmp(), 'draft.eml');
    const result = await cli('share', FIXTURE_FILE, '--to', 'a@example.org', '--subject', 'Draft', '--attach', 'annex-docx,document-docx,annex-pdf', '--lang', 'en', '-o', out);
    expect(result.code).toBe(0);
    const files = (await simpleParser(readFileSync(out))).attachments;
    expect(files.map((a) => a.filename)).toEqual(['CTOC-COP-WG.3-2017-1.annex.en.docx', 'CTOC-COP-WG.3-2017-1.en.docx', 'CTOC-COP-WG.3-2017-1.annex.en.pdf']);
    expect(files[0]!.content.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(files[2]!.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses header injection and unknown attachments as usage errors, writing nothing', async () => {
    const out = join(tmp(), 'draft.eml');
    const injected = await cli('share', FIXTURE_FILE, '--to', 'a@example.org', '--subject', 'x\r\nBcc: evil@example.org', '-o', out);
    expect(injected.code).toBe(2);
    expect(injected.stderr).toContain('The subject must not contain a line break');
    const zh = await cli('share', FIXTURE_FILE, '--to', 'not an address', '--subject', 'x', '-o', out, '--ui-lang', 'zh');
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('“not an address”不是电子邮件地址');
    const attach = await cli('share', FIXTURE_FILE, '--to', 'a@example.org', '--subject', 'x', '--attach', 'orgwork,ics', '-o', out);
    expect(attach.code).toBe(2);
    expect(attach.stderr).toContain('--attach: "ics" cannot be attached; choose from orgwork, annex-docx, annex-pdf, document-docx');
    expect((await cli('share', FIXTURE_FILE, '--subject', 'x', '-o', out)).stderr).toContain('--to is required');
    expect(existsSync(out)).toBe(false);
  });
});

describe('a file nested thousands of levels deep', () => {
  const deep = (dir: string) => {
    const json = JSON.stringify({ ...fixtureJson(), futureField: 'DEEP' });
    const file = join(dir, 'deep.orgwork');
    writeFileSync(file, json.replace('"DEEP"', `${'{"child":'.repeat(5000)}{}${'}'.repeat(5000)}`));
    return file;
  };

  it('is refused on load, saying the limit, by validate (exit 1), diff and merge (exit 2): no stack overflow', async () => {
    const file = deep(tmp());
    const validate = await cli('validate', file);
    expect(validate.code).toBe(1);
    expect(validate.stdout + validate.stderr).toContain(`more than ${MAX_NESTING} levels deep`);
    for (const args of [['diff', FIXTURE_FILE, file], ['diff', file, FIXTURE_FILE], ['merge', FIXTURE_FILE, FIXTURE_FILE, file, '-o', join(tmp(), 'out.orgwork')]]) {
      const run = await cli(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(`more than ${MAX_NESTING} levels deep`);
      expect(run.stderr).not.toMatch(/call stack/i);
    }
  });

  it('a session as deep as the limit still loads', () => {
    const json = fixtureJson();
    let nested: Record<string, unknown> = {};
    json.futureField = nested;
    for (let i = 0; i < MAX_NESTING - 3; i++) nested = nested.child = {} as Record<string, unknown>;
    expect(parseSession(JSON.stringify(json)).ok).toBe(true);
  });
});
