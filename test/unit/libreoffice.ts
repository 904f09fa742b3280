// Runs in Node (tests). LibreOffice and poppler for the tests that open our Word files the
// way an officer's office suite would: soffice converts to PDF, pdftotext reads it back.
// CI installs them (Debian: libreoffice-writer-nogui, poppler-utils, fonts-noto-cjk,
// fonts-liberation2); where soffice is missing those tests are skipped, saying so.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const installed = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).error === undefined;

/** soffice and pdftotext both on the PATH. */
export const hasOfficeTools = installed('soffice', ['--version']) && installed('pdftotext', ['-v']);

/** Converts a .docx to PDF in a folder of its own and reads the PDF with `read` before the folder goes. */
function withPdfOf<T>(bytes: Uint8Array, name: string, read: (pdfPath: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'orgwork-soffice-'));
  try {
    const docx = join(dir, `${name}.docx`);
    writeFileSync(docx, bytes);
    // A profile of its own: a second soffice (another test file, an open LibreOffice) would
    // otherwise hold the lock on the default one and this conversion would silently do nothing.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 120_000 });
    return read(join(dir, `${name}.pdf`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Converts a .docx to PDF and returns pdftotext's reading-order text of it. */
export function docxToPdfText(bytes: Uint8Array, name = 'document'): { pdf: Uint8Array; text: string } {
  return withPdfOf(bytes, name, (pdfPath) => ({ pdf: readFileSync(pdfPath), text: execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' }) }));
}

export interface PdfWord {
  text: string;
  page: number;
  /** Left and top edges, in points from the page's top left corner. */
  x: number;
  y: number;
}

/** Converts a .docx to PDF and returns where LibreOffice printed each word (pdftotext -bbox), page by page. */
export function docxToPdfWords(bytes: Uint8Array, name = 'document'): PdfWord[] {
  const xhtml = withPdfOf(bytes, name, (pdfPath) => execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8' }));
  return xhtml.split('<page ').slice(1).flatMap((page, i) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ text: m[3]!, page: i + 1, x: Number(m[1]), y: Number(m[2]) })),
  );
}

/** Text without any whitespace: lines wrapped inside a table cell join up again. */
export function squeezed(text: string): string {
  return text.replace(/\s+/gu, '');
}
