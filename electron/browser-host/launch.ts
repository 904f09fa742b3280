// Runs in Node (browser host). The same renderer and the same handler table as the desktop
// app, in Debian's Chromium driven by Playwright: where the Electron runtime cannot be
// downloaded, and for end-to-end tests. The API is bound with exposeBinding and the page is
// served through request interception, so no network port is ever opened.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { API_METHODS, type ApiCalls, type MenuCommand } from '../../shared/api.ts';
import type { Lang } from '../../shared/i18n.ts';
import { htmlToPdf } from '../export/pdf.ts';
import type { Dialogs, HandlerDeps } from '../handlers/deps.ts';
import { callHandler, createHandlers } from '../handlers/index.ts';
import { PathGrants } from '../handlers/path-grants.ts';
import { releaseJournals } from '../handlers/recovery.ts';
import { hostLabel, hostMessage } from '../handlers/messages.ts';
import { jsonFilePreferences } from '../handlers/preferences.ts';
import { defaultTemporaryFolders } from '../handlers/temporary-location.ts';

/** The built renderer: dist/renderer/, or ORGWORK_DIST/renderer/ when set (see scripts/build.mjs). */
export const RENDERER_DIR = new URL(`../../${process.env.ORGWORK_DIST ?? 'dist'}/renderer/`, import.meta.url).pathname;
export const APP_ORIGIN = 'http://orgwork.localhost';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface BrowserHostOptions {
  /** A session file to open at start, as `orgwork FILE` would. */
  file?: string | null;
  headless?: boolean;
  /** App data (preferences, recovery journal). Default: ~/.config/orgwork-browser-host. */
  dataDir?: string;
  /** Answers to open/save dialogs; default: the page's own prompt(). */
  dialogs?: Dialogs;
  viewport?: { width: number; height: number };
  /** Chromium's locale, e.g. 'zh-CN'. */
  locale?: string;
  /** Extra fields for the handler dependencies (tests: a fixed clock, temporary folders). */
  deps?: Partial<HandlerDeps>;
}

export interface BrowserHost {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  handlers: ApiCalls;
  dataDir: string;
  /** Sends a menu command to the page, as a click in Electron's application menu does. */
  menu(command: MenuCommand): Promise<void>;
  close(): Promise<void>;
}

export function chromiumPath(): string {
  return process.env.ORGWORK_CHROMIUM || '/usr/bin/chromium';
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Dialogs as the page's prompt(): plain, but enough to open and save by path. */
function promptDialogs(page: () => Page, lang: () => Lang): Dialogs {
  // Runs in the page, where prompt() is a global; typed here without DOM types.
  const ask = (text: string, value: string) =>
    page().evaluate(([t, v]) => (globalThis as unknown as { prompt(t: string, v: string): string | null }).prompt(t, v), [text, value] as const);
  return {
    chooseOpenPath: () => ask(hostLabel('dialog.promptOpen', lang()), ''),
    chooseSavePath: (suggested, folder, extension) =>
      ask(hostLabel(extension ? 'dialog.promptExport' : 'dialog.promptSave', lang()), folder ? join(folder, suggested) : suggested),
  };
}

/**
 * window.orgwork in the page: each method forwards to its binding. The browser host has no
 * menu bar; `BrowserHost.menu` plays a menu click through `__orgworkMenu`, so the renderer's
 * side of every menu command can be driven as Electron drives it.
 *
 * Dropped files: a browser never tells a page where a dropped file lives, so `pathForFile`
 * answers from a map a test fills: it makes a File in the page, calls
 * `__orgworkDroppedPath(file, '/real/path.orgwork')`, and dispatches dragover and drop events
 * whose DataTransfer holds that File (test/e2e/app.ts `dropFile`). Any other File (a real drag
 * from the desktop into a headed browser host) has no path: the page says it cannot tell where
 * the file is. The path then goes to the same openDroppedFile handler, and its checks, as in Electron.
 */
function apiScript(methods: readonly string[]): string {
  return `(() => {
    const listeners = new Set();
    const droppedPaths = new WeakMap();
    const api = {
      host: 'browser',
      onMenuCommand: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
      pathForFile: (file) => droppedPaths.get(file) ?? '',
    };
    for (const m of ${JSON.stringify(methods)}) api[m] = (...args) => window['__orgwork_' + m](...args);
    Object.defineProperty(window, 'orgwork', { value: Object.freeze(api) });
    Object.defineProperty(window, '__orgworkMenu', { value: (command) => listeners.forEach((listener) => listener(command)) });
    Object.defineProperty(window, '__orgworkDroppedPath', { value: (file, path) => void droppedPaths.set(file, path) });
  })();`;
}

export async function launchBrowserHost(options: BrowserHostOptions = {}): Promise<BrowserHost> {
  const executable = chromiumPath();
  if (!existsSync(executable)) throw new Error(hostMessage('error.noChromium', { path: executable }).en);
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error(hostMessage('error.notBuilt', { path: join(RENDERER_DIR, 'index.html') }).en);

  const dataDir = options.dataDir ?? join(homedir(), '.config', 'orgwork-browser-host');
  await mkdir(dataDir, { recursive: true });
  const preferences = jsonFilePreferences(join(dataDir, 'preferences.json'));
  let uiLang: Lang = (await preferences.get()).uiLang;

  const browser = await chromium.launch({ executablePath: executable, headless: options.headless ?? true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1366, height: 768 }, locale: options.locale ?? 'en-GB' });
  // The dialogs need the page, which exists only once the bindings are in place.
  const current: { page?: Page } = {};
  const deps: HandlerDeps = {
    dialogs: options.dialogs ?? promptDialogs(() => current.page!, () => uiLang),
    preferences: {
      get: () => preferences.get(),
      set: async (patch) => {
        const next = await preferences.set(patch);
        uiLang = next.uiLang;
        return next;
      },
    },
    dataDir,
    temporaryFolders: defaultTemporaryFolders(),
    documentsFolder: join(homedir(), 'Documents'),
    initialFile: options.file ?? null,
    now: () => new Date(),
    newId: () => randomUUID(),
    uiLang: () => uiLang,
    // PDF exports: the same HTML printed by the Chromium the host runs in (a browser of its own per export).
    printPdf: (html) => htmlToPdf(html, executable),
    ...options.deps,
  };
  const grants = new PathGrants();
  const handlers = createHandlers(deps, {}, grants);

  for (const method of API_METHODS) {
    await context.exposeBinding(`__orgwork_${method}`, (_source, ...args: unknown[]) => callHandler(handlers, method, args));
  }
  await context.addInitScript(apiScript(API_METHODS));
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const relative = normalize(decodeURIComponent(new URL(route.request().url()).pathname)).replace(/^[/\\]+/, '') || 'index.html';
    const file = join(RENDERER_DIR, relative);
    if (!file.startsWith(RENDERER_DIR)) return route.fulfill({ status: 403 });
    try {
      await route.fulfill({ status: 200, body: await readFile(file), contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
  // Nothing but the app itself: no request leaves the machine.
  await context.route((url) => !url.href.startsWith(APP_ORIGIN), (route) => route.abort('blockedbyclient'));

  const page = await context.newPage();
  current.page = page;
  await page.goto(`${APP_ORIGIN}/index.html`);
  const menu = async (command: MenuCommand) => {
    await page.evaluate((c) => (globalThis as unknown as { __orgworkMenu(c: string): void }).__orgworkMenu(c), command);
  };
  return { browser, context, page, handlers, dataDir, menu, close: () => (releaseJournals(grants), browser.close()) };
}
