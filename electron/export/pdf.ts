// Runs in Node (CLI and browser host). HTML exports printed to PDF by a Chromium found on the
// machine, driven through playwright-core (which downloads nothing). The desktop app prints
// the same HTML with Electron's printToPDF instead. A4, backgrounds kept; the page size and
// margins come from the HTML's own @page rule, and its table headers repeat on every page.
import { access, constants } from 'node:fs/promises';
import { chromium } from 'playwright-core';

/** Where Chromium is looked for when ORGWORK_CHROMIUM is not set, in order. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** No Chromium to print with; `searched` is every path tried, for the message. */
export class ChromiumNotFoundError extends Error {
  constructor(readonly searched: string[]) {
    super(`no Chromium found (looked for ${searched.join(', ')}); set ORGWORK_CHROMIUM to its path`);
  }
}

async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** ORGWORK_CHROMIUM when set (and then only it), else the first usual install path that exists. */
export async function findChromium(env: Record<string, string | undefined> = process.env): Promise<string> {
  const candidates = env.ORGWORK_CHROMIUM ? [env.ORGWORK_CHROMIUM] : CHROMIUM_CANDIDATES;
  for (const path of candidates) if (await isExecutable(path)) return path;
  throw new ChromiumNotFoundError(candidates);
}

export async function htmlToPdf(html: string, executablePath?: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: executablePath ?? (await findChromium()), headless: true, args: LAUNCH_ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    // The exports are self-contained: refuse any request a page might still make.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
