// Runs in Node (tests). Text from a file never reaches a terminal or a message raw: control
// characters (an ESC sequence, BEL, NUL, a line break) and bidi overrides are shown escaped;
// the changelog export drops them like every other export; a CSV cell that Excel would read
// as a formula behind a tab or CR is defused; a long email subject is folded; a bidi override
// in an attachment name or address is refused.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildEmlDraft, MailDraftError } from '../../electron/mail/eml.ts';
import { csvField } from '../../shared/export/csv.ts';
import { withVisibleControls } from '../../shared/format/visible-controls.ts';
import { parseAgenda } from '../../shared/import/index.ts';
import { parseSession } from '../../shared/model/index.ts';
import { versionChangelog } from '../../shared/versions/changelog.ts';
import { cli } from './cli-harness.ts';
import { fixtureJson, fixtureSession } from './fixtures.ts';

const ESC_SEQUENCE = '\u001b[2J\u001b[31m';
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f\u202e]/u;

describe('withVisibleControls', () => {
  it('writes control, line-break and bidi characters as \\uXXXX and leaves the rest', () => {
    expect(withVisibleControls(`a${ESC_SEQUENCE}b\u0000\u0007\n\u202e中文 é`)).toBe('a\\u001b[2J\\u001b[31mb\\u0000\\u0007\\u000a\\u202e中文 é');
  });
});

describe('messages quote file text escaped', () => {
  it('validate: an ESC sequence in a date is printed as \\u001b, never raw', async () => {
    const json = fixtureJson();
    json.days[0].date = `2017-10-09${ESC_SEQUENCE}`;
    const file = join(mkdtempSync(join(tmpdir(), 'orgwork-controls-')), `a${ESC_SEQUENCE}.orgwork`);
    writeFileSync(file, JSON.stringify(json));
    for (const lang of ['en', 'zh']) {
      const result = await cli('validate', file, '--lang', lang);
      expect(result.code).toBe(1);
      const output = result.stdout + result.stderr;
      expect(output).toContain('\\u001b[2J');
      expect(output.replace(/\n/gu, '')).not.toMatch(RAW);
    }
  });

  it('parse errors in both languages', () => {
    const json = fixtureJson();
    json.days[0].date = `2017-10-09\u0007\u0000`;
    const result = parseSession(JSON.stringify(json));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const error of result.errors) {
      expect(error.message.en).not.toMatch(RAW);
      expect(error.message.zh).not.toMatch(RAW);
    }
    expect(result.errors.map((e) => e.message.en).join()).toContain('\\u0007');
  });

  it('import warnings', () => {
    const { warnings } = parseAgenda(`1. Opening.\n2. Closing.\nstray ${ESC_SEQUENCE}\u202e line`, 'en');
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) {
      expect(warning.message.en).not.toMatch(RAW);
      expect(warning.message.zh).not.toMatch(RAW);
    }
    expect(warnings.map((w) => w.message.en).join()).toContain('\\u001b');
  });
});

describe('the changelog export', () => {
  it('drops NUL, ESC, BEL and DEL like every other export', () => {
    const session = { ...fixtureSession(), versions: [{ name: `Draft\u0000 1\u001b[31m\u0007\u007f`, sent: '2017-09-01T10:00:00Z' }] };
    const text = versionChangelog(session, 'en');
    expect(text).toContain('Draft 1[31m');
    expect(text).not.toMatch(/[\u0000\u0007\u001b\u007f]/u);
  });
});

describe('CSV cells Excel would run as formulas', () => {
  it.each(['\t=cmd|x', '\r=1+1', '\t+1', '\r-1', '\t@SUM(A1)', '=1', '+1', '-1', '@x'])('defuses %j', (cell) => {
    const field = csvField(cell);
    expect(field.replace(/^"/u, '').startsWith("'")).toBe(true);
  });
});

describe('email drafts', () => {
  const draft = (overrides: object) => ({ to: ['a@example.org'], subject: 'Draft', html: '<p>x</p>', text: 'x', attachments: [], ...overrides });

  it.each([`CTOC-${'A'.repeat(2000)}`, `议程 ${'x'.repeat(1500)} 草稿`])('folds a subject with a word longer than a line: every line within RFC 5322 limits', async (subject) => {
    const eml = Buffer.from(await buildEmlDraft(draft({ subject }))).toString('utf8');
    const longest = Math.max(...eml.split('\r\n').map((line) => line.length));
    expect(longest).toBeLessThanOrEqual(998);
    expect(longest).toBeLessThanOrEqual(78);
    expect((await simpleParser(Buffer.from(eml))).subject).toBe(subject);
  });

  it.each([
    ['an attachment name', { attachments: [{ filename: 'report\u202excod.exe', content: new Uint8Array([1]), contentType: 'application/octet-stream' }] }],
    ['an address', { to: ['a\u202e@example.org'] }],
  ])('refuses a bidi override in %s', async (_name, overrides) => {
    await expect(buildEmlDraft(draft(overrides))).rejects.toBeInstanceOf(MailDraftError);
  });
});
