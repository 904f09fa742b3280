// Runs in Node (tests). The whole document printed to PDF carries what the Word export has:
// from page 2 the symbols at the head of each page and the page number at its foot, none on
// the masthead's page. Read back page by page with pdftotext.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES } from '../../electron/export/pdf.ts';
import { cssString, pageFurnitureCss } from '../../shared/export/html/page-furniture.ts';
import { cli } from './cli-harness.ts';
import { DOCUMENT_FIXTURE_FILE } from './fixtures.ts';
import { hasOfficeTools } from './libreoffice.ts';

const hasChromium = Boolean(process.env.ORGWORK_CHROMIUM) || CHROMIUM_CANDIDATES.some((path) => existsSync(path));
const SYMBOLS = ['CTOC/COP/WG.3/2017/1', 'CTOC/COP/WG.2/2017/1'];

/** The lines of each page of `pdf`, blank lines dropped. */
function pages(pdf: string): string[][] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) =>
      page
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
}

describe('the running header and page numbers of the whole document in PDF', () => {
  it.skipIf(!hasChromium || !hasOfficeTools)('prints the symbols above and the number below every page but the first', { timeout: 60_000 }, async () => {
    for (const lang of ['zh', 'ar'] as const) {
      const out = join(mkdtempSync(join(tmpdir(), 'orgwork-furniture-')), `${lang}.pdf`);
      const run = await cli('export', DOCUMENT_FIXTURE_FILE, '--format', 'document-pdf', '--lang', lang, '-o', out);
      expect(run.code, run.stderr).toBe(0);
      const all = pages(out);
      expect(all.length).toBeGreaterThan(3);
      // Page 1: the masthead has the symbols, but no page number stands alone at its foot.
      expect(all[0]!.at(-1)).not.toBe('1');
      all.slice(1).forEach((lines, i) => {
        expect(lines.slice(0, 2), `${lang} page ${i + 2}`).toEqual(SYMBOLS);
        expect(lines.at(-1), `${lang} page ${i + 2}`).toBe(String(i + 2));
      });
    }
  });
});

describe('the page rules', () => {
  it('escape a symbol so that it can neither end its string nor the style element', () => {
    const css = pageFurnitureCss(['A/"x\\</style><script>alert(1)</script>'], false);
    expect(css).not.toMatch(/<\/style|<script|"x/);
    expect(cssString('CTOC/COP/WG.3/2017/1')).toBe('"CTOC/COP/WG.3/2017/1"');
    expect(cssString('a"b')).toBe('"a\\22 b"');
  });

  it('put the header on the side the text starts from, and none when there are no symbols', () => {
    expect(pageFurnitureCss(SYMBOLS, false)).toContain('@top-left');
    expect(pageFurnitureCss(SYMBOLS, true)).toContain('@top-right');
    expect(pageFurnitureCss([], false)).not.toMatch(/@top-/);
    expect(pageFurnitureCss([], false)).toContain('counter(page)');
  });
});
