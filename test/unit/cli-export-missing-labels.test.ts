// Runs in Node (tests). Issue 13 point 5: an export in a language some labels lack prints them
// in the other language (as before) and says so on standard error with the count and where
// they are; --strict makes that a failure (exit 1) and writes nothing.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingLabels } from '../../shared/export/missing-labels.ts';
import type { Session } from '../../shared/model/types.ts';
import { cli } from './cli-harness.ts';
import { DOCUMENT_FIXTURE_FILE, documentFixtureSession } from './fixtures.ts';

/** The 2017 document with the English title of item 0, the English annotation of item 1 and the Chinese convener removed. */
function withGaps(): { session: Session; file: string } {
  const session = structuredClone(documentFixtureSession());
  delete session.items[0]!.title.en;
  delete session.items[1]!.annotation!.en;
  delete session.convener!.zh;
  const file = join(mkdtempSync(join(tmpdir(), 'orgwork-missing-')), 'gaps.orgwork');
  writeFileSync(file, JSON.stringify(session));
  return { session, file };
}

describe('missingLabels', () => {
  it('lists, per language, the printed labels that only the other language has', () => {
    const { session } = withGaps();
    expect(missingLabels(session, 'en')).toEqual([{ lang: 'en', paths: [['items', 0, 'title'], ['items', 1, 'annotation']] }]);
    expect(missingLabels(session, 'both')).toEqual([
      { lang: 'zh', paths: [['convener']] },
      { lang: 'en', paths: [['items', 0, 'title'], ['items', 1, 'annotation']] },
    ]);
  });

  it('finds nothing missing in the complete 2017 document, nor a label empty in both languages', () => {
    const session = structuredClone(documentFixtureSession());
    expect(missingLabels(session, 'both')).toEqual([]);
    session.items[0]!.shortTitle = {};
    expect(missingLabels(session, 'both')).toEqual([]);
  });
});

describe('orgwork export: labels missing in the document language', () => {
  it('warns with the count on standard error and still writes the document with the fallback', async () => {
    const { session, file } = withGaps();
    const out = join(mkdtempSync(join(tmpdir(), 'orgwork-missing-out-')), 'doc.html');
    const result = await cli('export', file, '--format', 'document-html', '--lang', 'en', '-o', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${file}: 2 labels have no English text; their text in another language is printed in their place: $.items[0].title, $.items[1].annotation`);
    // The fallback as before: the Chinese title stands in the English document.
    expect(readFileSync(out, 'utf8')).toContain(session.items[0]!.title.zh!);
  });

  it('says it in Chinese, one line per language of --lang both', async () => {
    const { file } = withGaps();
    const result = await cli('export', file, '--format', 'csv', '--lang', 'both', '--ui-lang', 'zh');
    expect(result.code).toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([`${file}：1 个标签没有中文文本，以其他语文的文本代替：$.convener`, `${file}：2 个标签没有英文文本，以其他语文的文本代替：$.items[0].title, $.items[1].annotation`]);
  });

  it('names the first five places and counts the rest', async () => {
    const session = structuredClone(documentFixtureSession());
    for (const item of session.items.slice(0, 7)) delete item.title.en;
    const file = join(mkdtempSync(join(tmpdir(), 'orgwork-missing-')), 'many.orgwork');
    writeFileSync(file, JSON.stringify(session));
    const result = await cli('export', file, '--format', 'csv', '--lang', 'en');
    expect(result.stderr).toMatch(/: 7 labels have no English text; .*\$\.items\[4\]\.title and 2 more\n/);
  });

  it('with --strict exits 1 and writes nothing', async () => {
    const { file } = withGaps();
    const out = join(mkdtempSync(join(tmpdir(), 'orgwork-missing-out-')), 'doc.html');
    const result = await cli('export', file, '--format', 'document-html', '--lang', 'en', '--strict', '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('2 labels have no English text');
    expect(result.stderr).toContain('--strict: nothing was written');
    expect(existsSync(out)).toBe(false);
  });

  it('is silent, also with --strict, when every label is there', async () => {
    const result = await cli('export', DOCUMENT_FIXTURE_FILE, '--format', 'csv', '--lang', 'both', '--strict');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});
