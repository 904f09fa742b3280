// `orgwork export`: every format from the command line, and its exit codes — 2 for a wrong
// command line (including a binary format without -o), 1 for input or output that fails
// (a file that does not load, a folder that does not exist, no Chromium to print with).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES } from '../../electron/export/pdf.ts';
import { cli } from './cli-harness.ts';
import { FIXTURE_FILE } from './fixtures.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'orgwork-export-'));
const hasChromium = Boolean(process.env.ORGWORK_CHROMIUM) || CHROMIUM_CANDIDATES.some((path) => existsSync(path));

describe('orgwork export: usage errors (exit 2)', () => {
  it.each([
    [['export', FIXTURE_FILE], /--format is required/],
    [['export', FIXTURE_FILE, '--format', 'pptx'], /--format must be one of annex-docx, document-docx, .*documents, changelog \(found "pptx"\)/],
    [['export', FIXTURE_FILE, '--format', 'ics', '--lang', 'de'], /--lang must be one of ar, en, es, fr, ru, zh, both, all \(found "de"\)/],
    [['export', '--format', 'ics'], /the command needs a FILE/],
    [['export', FIXTURE_FILE, 'other.orgwork', '--format', 'ics'], /unexpected argument "other.orgwork"/],
    [['export', FIXTURE_FILE, '--format', 'annex-docx'], /--format annex-docx writes a binary file: give -o OUT/],
    [['export', FIXTURE_FILE, '--format', 'document-pdf'], /--format document-pdf writes a binary file: give -o OUT/],
  ])('%j', async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('says it in Chinese with --ui-lang zh', async () => {
    const result = await cli('export', FIXTURE_FILE, '--format', 'annex-pdf', '--ui-lang', 'zh');
    expect(result).toMatchObject({ code: 2 });
    expect(result.stderr).toContain('--format annex-pdf 生成二进制文件：请给出 -o OUT');
  });
});

describe('orgwork export: input and output errors (exit 1)', () => {
  const saved = process.env.ORGWORK_CHROMIUM;
  afterEach(() => {
    if (saved === undefined) delete process.env.ORGWORK_CHROMIUM;
    else process.env.ORGWORK_CHROMIUM = saved;
  });

  it('refuses a file that does not load, and one that is not there', async () => {
    const bad = join(tmp(), 'bad.orgwork');
    writeFileSync(bad, '{"format": "orgwork-session"');
    expect(await cli('export', bad, '--format', 'ics')).toMatchObject({ code: 1, stdout: '' });
    expect((await cli('export', join(tmp(), 'none.orgwork'), '--format', 'ics')).stderr).toMatch(/no such file/);
  });

  it('says so when the output folder does not exist', async () => {
    const result = await cli('export', FIXTURE_FILE, '--format', 'annex-html', '-o', join(tmp(), 'missing', 'a.html'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the folder does not exist/);
  });

  it('explains in both interface languages when no Chromium is found for PDF', async () => {
    process.env.ORGWORK_CHROMIUM = join(tmp(), 'no-chromium-here');
    const out = join(tmp(), 'a.pdf');
    const en = await cli('export', FIXTURE_FILE, '--format', 'annex-pdf', '-o', out);
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/^cannot print PDF: no Chromium found \(looked for .*no-chromium-here\); install Chromium or set ORGWORK_CHROMIUM to its path\n$/);
    const zh = await cli('export', FIXTURE_FILE, '--format', 'document-pdf', '-o', out, '--ui-lang', 'zh');
    expect(zh.stderr).toMatch(/^无法生成 PDF：未找到 Chromium/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('orgwork export: each format (exit 0)', () => {
  it('prints text formats to standard output', async () => {
    const html = await cli('export', FIXTURE_FILE, '--format', 'annex-html', '--lang', 'en');
    expect(html).toMatchObject({ code: 0, stderr: '' });
    expect(html.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    const ics = await cli('export', FIXTURE_FILE, '--format', 'ics', '--lang', 'both');
    expect(new ICAL.Component(ICAL.parse(ics.stdout)).getAllSubcomponents('vevent')).toHaveLength(10);
    const documents = await cli('export', FIXTURE_FILE, '--format', 'documents');
    expect(documents.stdout.startsWith('国际合作工作组收到了下列文件：\n')).toBe(true);
    const document = await cli('export', FIXTURE_FILE, '--format', 'document-html', '--lang', 'zh');
    expect(document.stdout).toContain('该项目的说明见国际合作工作组第八次会议临时议程项目 5（上文）');
  });

  it('writes CSV of both languages with one byte order mark, and c3voc JSON, to -o', async () => {
    const dir = tmp();
    const csv = await cli('export', FIXTURE_FILE, '--format', 'csv', '--lang', 'both', '-o', join(dir, 'a.csv'));
    expect(csv).toMatchObject({ code: 0, stdout: '' });
    expect(csv.stderr).toMatch(/wrote .*a\.csv/);
    const text = readFileSync(join(dir, 'a.csv'), 'utf8');
    expect(text.match(/\uFEFF/g)).toHaveLength(1);
    expect(text).toContain('\r\n\r\nDate,Time,Working Group on International Cooperation – Item,');
    await cli('export', FIXTURE_FILE, '--format', 'c3voc', '-o', join(dir, 's.json'));
    expect(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')).schedule.conference.acronym).toBe('ctoc_cop_wg_3_2017_1');
  });

  it('writes Word files to -o', async () => {
    const dir = tmp();
    for (const format of ['annex-docx', 'document-docx']) {
      const out = join(dir, `${format}.docx`);
      const result = await cli('export', FIXTURE_FILE, '--format', format, '--lang', 'both', '-o', out);
      expect(result, format).toMatchObject({ code: 0, stdout: '' });
      expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    }
  });

  it.skipIf(!hasChromium)('prints PDF through Chromium to -o', { timeout: 60_000 }, async () => {
    const out = join(tmp(), 'annex.pdf');
    const result = await cli('export', FIXTURE_FILE, '--format', 'annex-pdf', '--lang', 'zh', '-o', out);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const pdf = readFileSync(out).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    // The Chinese annex of the fixture fits one A4 page with its table at 9.5 pt, as the style
    // sheet sets it (a rule for every Chinese element used to set each cell at 10.5 pt: two pages).
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    // A4 is 595 × 842 points.
    const [width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!.slice(1).map(Number);
    expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]);
  });
});
