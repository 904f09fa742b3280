import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-harness.ts';
import { FIXTURE_FILE, FIXTURES, fixtureJson } from './fixtures.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'orgwork-cli-'));
function fileWith(content: string): string {
  const file = join(tmp(), 'session.orgwork');
  writeFileSync(file, content);
  return file;
}
const broken = (change: (json: Record<string, any>) => void) => {
  const json = fixtureJson();
  change(json);
  return fileWith(JSON.stringify(json));
};

describe('orgwork annex', () => {
  it('prints JSON deep-equal to the 2017 Chinese annex', async () => {
    const { code, stdout } = await cli('annex', FIXTURE_FILE, '--lang', 'zh', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(`${FIXTURES}ctoc-2017.annex.zh.json`, 'utf8')));
  });

  it('prints the English annex as Markdown and writes CSV with a BOM to -o', async () => {
    const md = await cli('annex', FIXTURE_FILE, '--lang', 'en', '--format', 'md');
    expect(md.stdout).toContain('| **Monday, 9 October** |');
    expect(md.stdout).toContain('| 3–6 p.m. | 2 | Practical considerations, good practices and challenges (continued) |');
    const out = join(tmp(), 'annex.csv');
    const csv = await cli('annex', FIXTURE_FILE, '--lang', 'en', '--format', 'csv', '-o', out);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe('');
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('"Monday, 9 October",10 a.m.–1 p.m.,1(a),Opening of the meeting,,');
  });

  it('refuses an unknown language or format as a usage error', async () => {
    const bad = await cli('annex', FIXTURE_FILE, '--lang', 'de');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang must be one of ar, en, es, fr, ru, zh, both, all (found "de")');
    expect((await cli('annex', FIXTURE_FILE, '--format', 'docx')).code).toBe(2);
    expect((await cli('annex')).code).toBe(2);
    expect((await cli('annex', FIXTURE_FILE, '--colour')).code).toBe(2);
  });

  it('says so when the output cannot be written', async () => {
    const result = await cli('annex', FIXTURE_FILE, '-o', join(tmp(), 'missing-folder', 'annex.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot write .*annex\.json: the folder does not exist/);
  });
});

describe('orgwork validate', () => {
  it('accepts the fixture', async () => {
    const result = await cli('validate', FIXTURE_FILE);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('OK');
  });

  it.each([
    ['invalid JSON', () => fileWith('{"format": "orgwork-session",'), /^\$: the file is not valid JSON/],
    ['a wrong format', () => broken((j) => (j.format = 'ical')), /^\$\.format: this is not an Orgwork session file/],
    ['a newer major version', () => broken((j) => (j.version = 3)), /^\$\.version: this file uses format version 3, written by a newer Orgwork/],
    ['a row naming an unknown body', () => broken((j) => (j.days[0].slots[0].rows[0] = { wg7: 'wg3-1a' })), /^\$\.days\[0\]\.slots\[0\]\.rows\[0\]\.wg7: there is no body with id "wg7"/],
    ['a row naming an unknown item', () => broken((j) => (j.days[0].slots[0].rows[0] = { wg3: 'wg3-42' })), /^\$\.days\[0\]\.slots\[0\]\.rows\[0\]\.wg3: there is no item with id "wg3-42"/],
    ['an item in a row of another body', () => broken((j) => (j.days[0].slots[0].rows[0] = { wg2: 'wg3-1a' })), /rows\[0\]\.wg2: item "wg3-1a" belongs to body "wg3"/],
    ['two rows of one item in one slot', () => broken((j) => j.days[1].slots[0].rows.push({ wg3: 'wg3-3' })), /rows\[2\]\.wg3: item "wg3-3" is placed twice in this slot/],
    ['a slot that ends before it starts', () => broken((j) => (j.days[0].slots[1].end = '14:00')), /^\$\.days\[0\]\.slots\[1\]\.end: the slot ends \(14:00\) before it starts \(15:00\)/],
    ['2017-02-30', () => broken((j) => (j.days[0].date = '2017-02-30')), /^\$\.days\[0\]\.date: "2017-02-30" is not a calendar date/],
    ['an item number used twice in one body', () => broken((j) => (j.items[5].number = '3')), /^\$\.items\[5\]\.number: item number "3" is used twice in body "wg3"/],
  ])('rejects %s with exit 1 and one line per error', async (_name, makeFile, expected) => {
    const result = await cli('validate', makeFile());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(expected);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('speaks Chinese with --ui-lang zh', async () => {
    const result = await cli('validate', broken((j) => (j.days[0].date = '2017-02-30')), '--ui-lang', 'zh');
    expect(result.stderr).toBe('$.days[0].date: “2017-02-30”不是有效日期（YYYY-MM-DD）\n');
    const missing = await cli('--ui-lang=zh', 'validate', join(tmp(), 'nothing.orgwork'));
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toMatch(/无法读取 .*nothing\.orgwork：文件不存在/);
  });
});

describe('orgwork new', () => {
  it('writes a valid empty week that validate accepts, and will not overwrite without --force', async () => {
    const out = join(tmp(), 'week.orgwork');
    const created = await cli('new', '--bodies', '3', '--from', '2026-12-07', '--to', '2026-12-11', '-o', out);
    expect(created.code).toBe(0);
    const session = JSON.parse(readFileSync(out, 'utf8'));
    expect(session.id).toBe('new-id');
    expect(session.bodies).toHaveLength(3);
    expect(session.days).toHaveLength(5);
    expect((await cli('validate', out)).code).toBe(0);
    const again = await cli('new', '--bodies', '1', '--from', '2026-12-07', '--to', '2026-12-08', '-o', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; add --force/);
    expect(JSON.parse(readFileSync(out, 'utf8')).bodies).toHaveLength(3);
    expect((await cli('new', '--bodies', '1', '--from', '2026-12-07', '--to', '2026-12-08', '-o', out, '--force')).code).toBe(0);
  });

  it.each([
    [['--bodies', '0', '--from', '2026-12-07', '--to', '2026-12-11'], /--bodies must be a whole number from 1 to 26/],
    [['--bodies', '2', '--from', '2026-12-32', '--to', '2026-12-11'], /not a calendar date/],
    [['--bodies', '2', '--from', '2026-12-11', '--to', '2026-12-07'], /must not be after/],
    [['--bodies', '2', '--from', '2026-12-07'], /--to is required/],
  ])('refuses %j as a usage error', async (args, expected) => {
    const out = join(tmp(), 'x.orgwork');
    const result = await cli('new', ...args, '-o', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(expected);
    expect(existsSync(out)).toBe(false);
  });
});

describe('help and usage', () => {
  it('has --help for every command, in both languages', async () => {
    for (const command of ['validate', 'annex', 'export', 'new']) {
      const en = await cli(command, '--help');
      expect(en.code).toBe(0);
      expect(en.stdout).toContain(`Usage: orgwork ${command}`);
      expect((await cli(command, '--help', '--ui-lang', 'zh')).stdout).toContain(`用法：orgwork ${command}`);
    }
    expect((await cli('--help')).stdout).toContain('Exit codes: 0 ok, 1 invalid input, 2 usage error');
  });

  it('exits 2 for no command or an unknown one', async () => {
    expect((await cli()).code).toBe(2);
    const unknown = await cli('frobnicate');
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('the installed command', () => {
  const run = promisify(execFile);
  const bin = new URL('../../bin/orgwork.js', import.meta.url).pathname;

  it('runs as a program with the documented exit codes and no stack trace', async () => {
    const okRun = await run(process.execPath, [bin, 'annex', FIXTURE_FILE, '--lang', 'en', '--format', 'json']);
    expect(JSON.parse(okRun.stdout).days[0].label).toBe('Monday, 9 October');
    const failed = await run(process.execPath, [bin, 'validate', fileWith('not json')]).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^\$: the file is not valid JSON/);
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    const usage = await run(process.execPath, [bin, 'annex']).catch((e) => e);
    expect(usage.code).toBe(2);
  });
});
