// Runs in Node (tests). `orgwork validate`: the plan checks after the file loads — one line per
// problem or one JSON report, in the language asked for, and the verdict as the exit code:
// 1 for errors (and, with --strict, warnings), 0 otherwise.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSession } from '../../shared/rules/index.ts';
import { cli } from './cli-harness.ts';
import { FIXTURE_FILE, fixtureJson, fixtureSession } from './fixtures.ts';

function fileWith(change: (json: Record<string, any>) => void): string {
  const json = fixtureJson();
  change(json);
  const file = join(mkdtempSync(join(tmpdir(), 'orgwork-validate-')), 'session.orgwork');
  writeFileSync(file, JSON.stringify(json));
  return file;
}
/** The report row moved before "Other matters": two errors (the last items), two warnings (their order). */
const withErrors = () => fileWith((j) => j.days[4].slots[1].rows.reverse());
/** Item 4 of WG.3 marked joint with no partner: one warning. */
const withWarning = () => fileWith((j) => (j.items.find((item: any) => item.id === 'wg3-4').joint = 'lonely'));

const FIXTURE_NOTE_EN = 'info time.slot-empty 2017-10-12 15:00–18:00: Nothing is scheduled for the meeting on Thursday, 12 October, 3–6 p.m.';
const FIXTURE_NOTE_ZH = 'info time.slot-empty 2017-10-12 15:00–18:00: 10月12日，星期四，下午3时至6时的会议没有安排任何项目';

describe('orgwork validate: problems', () => {
  it('prints each problem as "severity rule place: message", then the verdict, and exits 0 for notes only', async () => {
    expect(await cli('validate', FIXTURE_FILE)).toEqual({ code: 0, stdout: `${FIXTURE_NOTE_EN}\n${FIXTURE_FILE}: OK (1 note)\n`, stderr: '' });
  });

  it('exits 1 on an error, listing the problems on standard output and the count on standard error', async () => {
    const file = withErrors();
    const result = await cli('validate', file);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      'error order.closing-not-last 2017-10-13',
      'error order.closing-not-last 2017-10-13',
      'warning order.agenda-order 2017-10-13',
      'warning order.agenda-order 2017-10-13',
      'info time.slot-empty 2017-10-12',
    ]);
    expect(lines[0]).toBe(
      'error order.closing-not-last 2017-10-13 15:00–18:00, row 2, wg3: The Working Group on International Cooperation ends with item 6 (on Friday, 13 October, 3–6 p.m.), but it should end with item 7, the last item of its agenda',
    );
    expect(result.stderr).toBe(`${file}: 2 errors, 2 warnings, 1 note\n`);
  });

  it('exits 0 on warnings only, and 1 with --strict', async () => {
    const file = withWarning();
    const lenient = await cli('validate', file);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/^warning joint\.alone item wg3-4, joint: Item 4 of the Working Group on International Cooperation is marked as joint/);
    expect(lenient.stdout.endsWith(`${file}: OK (1 warning, 1 note)\n`)).toBe(true);
    const strict = await cli('validate', file, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe(`${file}: 1 warning, 1 note (--strict: warnings count as errors)\n`);
    expect((await cli('validate', FIXTURE_FILE, '--strict')).code).toBe(0);
  });

  it('says the problems in Chinese with --lang zh, and everything in Chinese with --ui-lang zh', async () => {
    expect((await cli('validate', FIXTURE_FILE, '--lang', 'zh')).stdout).toBe(`${FIXTURE_NOTE_ZH}\n${FIXTURE_FILE}: OK (1 note)\n`);
    expect((await cli('validate', FIXTURE_FILE, '--ui-lang', 'zh')).stdout).toBe(`${FIXTURE_NOTE_ZH}\n${FIXTURE_FILE}：正常（1 条提示）\n`);
    expect((await cli('validate', FIXTURE_FILE, '--ui-lang', 'zh', '--lang', 'en')).stdout).toBe(`${FIXTURE_NOTE_EN}\n${FIXTURE_FILE}：正常（1 条提示）\n`);
    const errors = await cli('validate', withErrors(), '--lang', 'zh', '--ui-lang', 'zh');
    expect(errors.stdout.split('\n')[0]).toBe(
      'error order.closing-not-last 2017-10-13 15:00–18:00，第 2 行，wg3: 国际合作工作组最后安排的是议程项目6（10月13日，星期五，下午3时至6时），但应以其议程的最后一个项目7结束',
    );
    expect(errors.stderr).toMatch(/：2 个错误，2 个警告，1 条提示\n$/);
  });

  it('reports a file that does not load as before, in the --lang asked for, with nothing checked', async () => {
    const file = fileWith((j) => (j.days[0].date = '2017-02-30'));
    expect(await cli('validate', file, '--lang', 'zh')).toEqual({ code: 1, stdout: '', stderr: '$.days[0].date: “2017-02-30”不是有效日期（YYYY-MM-DD）\n' });
  });

  it('refuses an unknown --lang as a usage error', async () => {
    const result = await cli('validate', FIXTURE_FILE, '--lang', 'fr');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lang must be one of en, zh (found "fr")');
  });
});

describe('orgwork validate --json', () => {
  it('prints { file, errors, problems } with the problems of checkSession, messages in both languages', async () => {
    const result = await cli('validate', FIXTURE_FILE, '--json', '--lang', 'zh');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['file', 'errors', 'problems']);
    expect(report).toEqual({ file: FIXTURE_FILE, errors: [], problems: checkSession(fixtureSession()) });
    expect(report.problems[0]).toEqual({
      rule: 'time.slot-empty',
      severity: 'info',
      message: { en: 'Nothing is scheduled for the meeting on Thursday, 12 October, 3–6 p.m.', zh: '10月12日，星期四，下午3时至6时的会议没有安排任何项目' },
      location: { kind: 'slot', date: '2017-10-12', slot: 1 },
    });
  });

  it('has the same exit codes: 1 for errors, 0 for warnings, 1 for warnings with --strict', async () => {
    const errors = await cli('validate', withErrors(), '--json');
    expect(errors.code).toBe(1);
    expect(JSON.parse(errors.stdout).problems.filter((p: { severity: string }) => p.severity === 'error')).toHaveLength(2);
    expect(errors.stderr).toBe('');
    expect((await cli('validate', withWarning(), '--json')).code).toBe(0);
    expect((await cli('validate', withWarning(), '--json', '--strict')).code).toBe(1);
  });

  it('puts the reasons a file does not load in `errors`, with no problems, and exits 1', async () => {
    const result = await cli('validate', fileWith((j) => (j.days[0].slots[1].end = '14:00')), '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({
      errors: [{ path: '$.days[0].slots[1].end', message: { en: 'the slot ends (14:00) before it starts (15:00)', zh: '时段结束时间（14:00）早于开始时间（15:00）' } }],
      problems: [],
    });
  });
});
