// Runs in Node (tests). The e2e fixture: Orgwork in the browser host over a temporary folder,
// opened on a given session, with scripted save dialogs; and small helpers that drive it
// the way a person would (pointer or keyboard) and read back what it saved.
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type JSHandle, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { launchBrowserHost, type BrowserHost } from '../../electron/browser-host/launch.ts';
import type { HandlerDeps } from '../../electron/handlers/deps.ts';
import type { DocumentLang } from '../../shared/api.ts';
import type { Lang } from '../../shared/i18n.ts';
import { parseSession, type Session } from '../../shared/model/index.ts';

export const FIXTURE = new URL('../../../shared/fixtures/ctoc-2017.orgwork', import.meta.url).pathname;
export const FIXTURE_ANNEX_ZH = new URL('../../../shared/fixtures/ctoc-2017.annex.zh.json', import.meta.url).pathname;

export function fixtureSession(): Session {
  const parsed = parseSession(readFileSync(FIXTURE, 'utf8'));
  if (!parsed.ok) throw new Error('fixture does not load');
  return parsed.session;
}

/** The 2017 week with every row removed: bodies, items, days and slots kept. */
export function emptiedFixture(): Session {
  const session = fixtureSession();
  return { ...session, days: session.days.map((day) => ({ ...day, slots: day.slots.map((slot) => ({ ...slot, rows: [] })) })) };
}

export interface AppOptions {
  session?: Session;
  uiLang?: Lang;
  docLang?: DocumentLang;
  /** Answers the Open dialog; default: cancelled. */
  openPath?: () => string | null;
  /** Answers the Save dialog; default: the folder the session file is in. */
  savePath?: (suggested: string, dir: string) => string | null;
  /** Extra handler dependencies, given the session file's folder (a mail program, temporary folders). */
  deps?: (dir: string) => Partial<HandlerDeps>;
}

export class App {
  constructor(
    readonly host: BrowserHost,
    readonly page: Page,
    /** The session file the app was opened on, and saves to. */
    readonly file: string,
  ) {}

  /** The folder of the session file, for other files a test needs. */
  get dir(): string {
    return dirname(this.file);
  }

  static async open(options: AppOptions = {}): Promise<App> {
    const dir = mkdtempSync(join(tmpdir(), 'orgwork-e2e-'));
    const file = join(dir, 'session.orgwork');
    writeFileSync(file, `${JSON.stringify(options.session ?? emptiedFixture(), null, 2)}\n`);
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    writeFileSync(
      join(dataDir, 'preferences.json'),
      JSON.stringify({ uiLang: options.uiLang ?? 'en', docLang: options.docLang ?? 'zh', recentFiles: [], recoveryIntervalSeconds: 60 }),
    );
    const host = await launchBrowserHost({
      file,
      dataDir,
      viewport: { width: 1366, height: 768 },
      deps: options.deps?.(dir),
      dialogs: {
        chooseOpenPath: async () => options.openPath?.() ?? null,
        chooseSavePath: async (name) => (options.savePath ? options.savePath(name, dir) : join(dir, name)),
      },
    });
    const app = new App(host, host.page, file);
    await expect(host.page.locator('.status-file')).toHaveText('session.orgwork');
    return app;
  }

  close(): Promise<void> {
    return this.host.close();
  }

  /** Saves (Ctrl+S) and returns the session as written to disk. */
  async save(): Promise<Session> {
    // Saves are atomic (a new file renamed over the old): a new inode means a finished save.
    const stamp = () => {
      const stat = statSync(this.file);
      return `${stat.ino}:${stat.mtimeMs}`;
    };
    const before = stamp();
    await this.page.keyboard.press('Control+s');
    await expect.poll(stamp).not.toBe(before);
    await expect(this.page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');
    return this.saved();
  }

  saved(): Session {
    return JSON.parse(readFileSync(this.file, 'utf8')) as Session;
  }

  /** What has DOM focus: a grid cell (line, col), an agenda item, or something else. */
  focused(): Promise<{ line?: string; col?: string; item?: string; tag?: string }> {
    return this.page.evaluate(() => {
      const active = (globalThis as any).document.activeElement;
      return { line: active?.dataset?.line, col: active?.dataset?.col, item: active?.dataset?.item, tag: active?.tagName };
    });
  }

  gridLine(key: string) {
    return this.page.locator(`[data-row-line="${key}"]`);
  }

  cell(line: string, col: number) {
    return this.page.locator(`[data-line="${line}"][data-col="${col}"]`);
  }

  agendaItem(id: string) {
    return this.page.locator(`[data-item="${id}"]`);
  }

  gap(date: string, slot: number, position: number) {
    return this.page.locator(`[data-gap="${date}:${slot}:${position}"]`);
  }

  message() {
    return this.page.getByTestId('message');
  }

  /**
   * Drags the file at `path` over the middle of the window, as from a file manager: the page
   * gets a File with its name, bytes and MIME `type` ('' as the system gives an .orgwork file),
   * and the browser host maps that File back to `path` (launch.ts, `__orgworkDroppedPath`).
   * Returns the drag's DataTransfer, for `dropDragged`.
   */
  dragFileOver(path: string, type = ''): Promise<JSHandle<unknown>> {
    return this.dragFilesOver([{ path, type }]);
  }

  /** Several files at once; one with `mapped: false` has no path, as a drag from a web page. */
  dragFilesOver(files: { path: string; type?: string; mapped?: boolean }[]): Promise<JSHandle<unknown>> {
    const made = files.map(({ path, type = '', mapped = true }) => ({ name: basename(path), text: readFileSync(path, 'utf8'), type, path: mapped ? path : null }));
    return this.page.evaluateHandle((list) => {
      const page = globalThis as any;
      const transfer = new page.DataTransfer();
      for (const { name, text, type, path } of list) {
        const file = new page.File([text], name, { type });
        if (path) page.__orgworkDroppedPath(file, path);
        transfer.items.add(file);
      }
      const target = page.document.elementFromPoint(page.innerWidth / 2, page.innerHeight / 2);
      for (const kind of ['dragenter', 'dragover']) target.dispatchEvent(new page.DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      return transfer;
    }, made);
  }

  /** After two frames: React has drawn what the last event changed, so an absence means something. */
  async painted(): Promise<void> {
    await this.page.evaluate(() => new Promise((done) => (globalThis as any).requestAnimationFrame(() => (globalThis as any).requestAnimationFrame(done))));
  }

  /** Drops what `dragFileOver` is dragging where it is. */
  async dropDragged(transfer: JSHandle<unknown>): Promise<void> {
    await this.page.evaluate((dataTransfer) => {
      const page = globalThis as any;
      const target = page.document.elementFromPoint(page.innerWidth / 2, page.innerHeight / 2);
      target.dispatchEvent(new page.DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer }));
    }, transfer);
  }

  async dropFile(path: string, type = ''): Promise<void> {
    await this.dropDragged(await this.dragFileOver(path, type));
  }
}

export const test = base.extend<{ app: App }>({
  app: async ({}, use, testInfo) => {
    const app = await App.open();
    await use(app);
    await app.page.screenshot({ path: testInfo.outputPath('final.png') });
    await app.close();
  },
});

export { expect };

/** axe's serious and critical violations on the page as it is now, one line each (none: []). */
export async function seriousViolations(app: App): Promise<string[]> {
  const results = await new AxeBuilder({ page: app.page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}
