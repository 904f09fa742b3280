// Runs in Node (tests). The desktop Export handler over a temporary folder, with scripted
// save dialogs and a stand-in PDF printer: every format writes its file where the user chose.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callHandler } from '../../electron/handlers/index.ts';
import { EXPORT_FORMATS } from '../../shared/export/export-formats.ts';
import { fixtureSession } from './fixtures.ts';
import { handlerHarness } from './handler-harness.ts';

const FAKE_PDF = new TextEncoder().encode('%PDF-1.7 stand-in');

function withPrinter() {
  const printed: string[] = [];
  const harness = handlerHarness({
    printPdf: async (html) => {
      printed.push(html);
      return FAKE_PDF;
    },
  });
  const folder = join(harness.root, 'meetings');
  mkdirSync(folder);
  return { ...harness, printed, folder, sessionPath: join(folder, 'ctoc-2017.orgwork') };
}

describe('exportDocument', () => {
  it.each(EXPORT_FORMATS)('writes %s where the dialog says, proposing a name from the symbol beside the session', async (format) => {
    const { handlers, answers, asked, folder, sessionPath } = withPrinter();
    const target = join(folder, `out-${format}`);
    answers.push(target);
    const result = await handlers.exportDocument({ session: fixtureSession(), format, lang: 'zh', path: sessionPath });
    expect(result.status).toBe('saved');
    const written = (result as { path: string }).path;
    // The extension is added when the user typed a name without one.
    expect(written.startsWith(target)).toBe(true);
    expect(written.length).toBeGreaterThan(target.length);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(new RegExp(`^save CTOC-COP-WG\\.3-2017-1\\..*zh\\.\\w+ in ${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const bytes = readFileSync(written);
    expect(bytes.length).toBeGreaterThan(0);
    if (format.endsWith('-docx')) expect(bytes.subarray(0, 2).toString()).toBe('PK');
    if (format.endsWith('-pdf')) expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
    if (format.endsWith('-html')) expect(bytes.toString('utf8')).toMatch(/^<!DOCTYPE html>/i);
    if (format === 'ics') expect(bytes.toString('utf8')).toMatch(/^BEGIN:VCALENDAR/);
    // Only the export itself: no temporary file or backup left beside it.
    expect(readdirSync(folder)).toEqual([written.slice(folder.length + 1)]);
  });

  it('prints the HTML export for PDF, in both languages when asked', async () => {
    const { handlers, answers, printed, folder } = withPrinter();
    answers.push(join(folder, 'doc.pdf'));
    const result = await handlers.exportDocument({ session: fixtureSession(), format: 'document-pdf', lang: 'both', path: null });
    expect(result).toEqual({ status: 'saved', path: join(folder, 'doc.pdf') });
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('临时议程和说明');
    expect(printed[0]).toContain('Provisional agenda and annotations');
  });

  it('proposes the Documents folder for a session never saved', async () => {
    const { handlers, asked, deps } = withPrinter();
    expect(await handlers.exportDocument({ session: fixtureSession(), format: 'csv', lang: 'en', path: null })).toEqual({ status: 'cancelled' });
    expect(asked).toEqual([`save CTOC-COP-WG.3-2017-1.annex.en.csv in ${deps.documentsFolder}`]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { handlers, folder, sessionPath } = withPrinter();
    expect(await handlers.exportDocument({ session: fixtureSession(), format: 'annex-docx', lang: 'zh', path: sessionPath })).toEqual({ status: 'cancelled' });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('says why in both languages when the folder cannot be written', async () => {
    const { handlers, answers, folder } = withPrinter();
    const locked = join(folder, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      answers.push(join(locked, 'annex.docx'));
      const result = await handlers.exportDocument({ session: fixtureSession(), format: 'annex-docx', lang: 'en', path: null });
      if (process.getuid?.() === 0) return; // root writes anyway
      expect(result.status).toBe('failed');
      const { reason } = result as { reason: { en: string; zh: string } };
      expect(reason.en).toContain('Could not write');
      expect(reason.en).toContain('annex.docx');
      expect(reason.zh).toContain('无法写入');
      expect(readdirSync(locked)).toEqual([]);
    } finally {
      chmodSync(locked, 0o700);
    }
  });

  it('says so when a folder that does not exist is chosen', async () => {
    const { handlers, answers, folder } = withPrinter();
    answers.push(join(folder, 'missing', 'x.ics'));
    const result = await handlers.exportDocument({ session: fixtureSession(), format: 'ics', lang: 'zh', path: null });
    expect(result).toMatchObject({ status: 'failed', reason: { en: expect.stringContaining('the folder does not exist') } });
  });

  it('fails with a message, writing nothing, when the printer fails or the host has none', async () => {
    const failing = handlerHarness({ printPdf: async () => Promise.reject(new Error('no Chromium found')) });
    failing.answers.push(join(failing.root, 'a.pdf'));
    const result = await failing.handlers.exportDocument({ session: fixtureSession(), format: 'annex-pdf', lang: 'zh', path: null });
    expect(result).toMatchObject({ status: 'failed', reason: { en: expect.stringContaining('no Chromium found'), zh: expect.stringContaining('无法生成') } });
    expect(existsSync(join(failing.root, 'a.pdf'))).toBe(false);

    const none = handlerHarness();
    none.answers.push(join(none.root, 'b.pdf'));
    const without = await none.handlers.exportDocument({ session: fixtureSession(), format: 'document-pdf', lang: 'en', path: null });
    expect(without).toMatchObject({ status: 'failed', reason: { en: expect.stringContaining('cannot print PDF') } });
    expect(existsSync(join(none.root, 'b.pdf'))).toBe(false);
  });

  it('takes any of the six document languages, and all, from the editor (issue 16)', async () => {
    const { handlers, asked } = withPrinter();
    for (const lang of ['ar', 'fr', 'all'] as const) {
      expect(await callHandler(handlers, 'exportDocument', [{ session: fixtureSession(), format: 'csv', lang, path: null }])).toEqual({ status: 'cancelled' });
    }
    expect(asked).toHaveLength(3);
  });

  it('checks its arguments: an unknown format or language never reaches the handler', async () => {
    const { handlers } = withPrinter();
    const session = fixtureSession();
    await expect(callHandler(handlers, 'exportDocument', [{ session, format: 'exe', lang: 'zh', path: null }])).rejects.toThrow(/exportDocument/);
    await expect(callHandler(handlers, 'exportDocument', [{ session, format: 'csv', lang: 'de', path: null }])).rejects.toThrow(/exportDocument/);
    await expect(callHandler(handlers, 'exportDocument', [{ session: { nope: 1 }, format: 'csv', lang: 'zh', path: null }])).rejects.toThrow();
  });
});
