// Runs in the Electron main process. The HTML exports printed to A4 PDF with Chromium's own
// printToPDF: an offscreen window that is never shown, sandboxed, with JavaScript off and no
// preload, in an in-memory session of its own that refuses every request but the page itself.
// The page is written to a private temporary folder (a data: URL would hit Chromium's URL
// length limit for a large document) and removed afterwards.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';

export async function electronPrintPdf(html: string): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'orgwork-print-'));
  const file = join(folder, 'export.html');
  const allowed = pathToFileURL(file).href;
  // No persist: prefix, so nothing of it is kept on disk.
  const printSession = session.fromPartition(`orgwork-print-${randomUUID()}`);
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== allowed }));
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      offscreen: true,
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      session: printSession,
      // Nothing here can be clicked (never shown), but no window of ours allows middle-click links.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  try {
    await writeFile(file, html, { mode: 0o600 });
    await win.loadFile(file);
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    if (!win.isDestroyed()) win.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
