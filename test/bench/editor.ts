// Runs in Node (benchmark): the editor in Chromium (the browser host), on sessions of 1x and
// 10x the 2017 fixture and the 6 bodies × 40 items × 10 days × 3 slots plan. Reports the
// time from the document arriving in the page to an interactive grid (and from navigation;
// a large week is drawn from its first days, the rest in the background: `complete` is when
// the whole week is drawn), and p50/p95 latency from a key press that edits (move a row, place an item, undo) to the
// grid updated and laid out, to the next frame, and to the annex preview updated too
// (see LATENCY_PROBE).
// `npm run bench` runs it after the pure cases; alone: `npx tsx test/bench/editor.ts [--json]`
// (after `npm run build`).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowserHost } from '../../electron/browser-host/launch.ts';
import { parseSession, serializeSession, type Session } from '../../shared/model/index.ts';
import { generateLargeSession, generateSession } from './generate.ts';

const SAMPLES = 100;
/** Launches whose time to an interactive grid gives the median reported as `open`. */
const OPEN_LAUNCHES = 5;
const FIXTURE = new URL('../../../shared/fixtures/ctoc-2017.orgwork', import.meta.url);

function fixture(): Session {
  const parsed = parseSession(readFileSync(FIXTURE, 'utf8'));
  if (!parsed.ok) throw new Error('fixture does not load');
  return parsed.session;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/**
 * Installed in the page. For each key press that is not a lone modifier:
 * - `work`: from the keydown to the grid updated and laid out. React renders and commits in
 *   a microtask after the event; the first DOM mutations after the keydown are its commit,
 *   and a mutation observer's callback runs right after it (layout effects included) and
 *   forces layout. This is the main thread's work for the edit, without waiting for the
 *   display.
 * - `frame`: to the frame after it, which adds paint and the wait for the display's next
 *   refresh (up to 16.7 ms at 60 Hz, whatever the work).
 * - `preview`: to the annex preview updated and laid out. React draws it at lower priority,
 *   after the grid's frame, so that a key press does not wait for a table below the fold.
 */
const LATENCY_PROBE = `(() => {
  window.__work = [];
  window.__frame = [];
  window.__preview = [];
  window.__presses = 0;
  let begun = null;
  let working = null;
  new MutationObserver(() => {
    if (working === null) return;
    const since = working;
    working = null;
    document.body.getBoundingClientRect();
    window.__work.push(performance.now() - since);
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  const isModifier = (event) => ['Alt', 'Control', 'Shift', 'Meta'].includes(event.key);
  // Folded away (compact density), the preview is not in the page: nothing to time there.
  const preview = document.querySelector('.annex-preview');
  if (preview) new MutationObserver(() => {
    if (begun === null) return;
    const [press, since] = begun;
    begun = null;
    document.body.getBoundingClientRect();
    window.__preview[press] = performance.now() - since;
  }).observe(preview, { subtree: true, childList: true, characterData: true });
  window.addEventListener('keydown', (event) => {
    if (isModifier(event)) return;
    const start = performance.now();
    begun = [window.__presses++, start];
    working = start;
    requestAnimationFrame(() => setTimeout(() => window.__frame.push(performance.now() - start), 0));
  }, true);
})()`;

/** Launches the editor on `file` (a browser of its own) and waits for the grid. */
async function launchOn(file: string, dataDir: string) {
  const host = await launchBrowserHost({ file, dataDir, viewport: { width: 1366, height: 768 } });
  await host.page.waitForFunction(() => performance.getEntriesByName('orgwork:grid-complete').length > 0);
  const open = await host.page.evaluate(() => {
    const loaded = performance.getEntriesByName('orgwork:document-loaded')[0]!.startTime;
    const ready = performance.getEntriesByName('orgwork:grid-ready')[0]!.startTime;
    const complete = performance.getEntriesByName('orgwork:grid-complete')[0]!.startTime;
    return { fromDocument: ready - loaded, fromNavigation: ready, complete: complete - loaded };
  });
  return { host, open };
}

/**
 * `density`: the grid's (issue 15: compact must not cost more per edit than normal). Compact
 * folds the annex preview to its tab bar, so no preview time is taken there.
 */
export async function measure(label: string, session: Session, density: 'normal' | 'compact' = 'normal') {
  const dir = mkdtempSync(join(tmpdir(), 'orgwork-bench-'));
  const file = join(dir, 'bench.orgwork');
  writeFileSync(file, serializeSession(session));
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  writeFileSync(join(dataDir, 'preferences.json'), JSON.stringify({ uiLang: 'en', docLang: 'zh', recentFiles: [], recoveryIntervalSeconds: 600, density }));
  const previewShown = density === 'normal';
  // Opening is timed on several launches, each in a fresh browser, and the median kept: one
  // launch on a busy 2-core machine can take half as long again.
  const opens: { fromDocument: number; fromNavigation: number; complete: number }[] = [];
  for (let i = 1; i < OPEN_LAUNCHES; i++) {
    const launched = await launchOn(file, dataDir);
    opens.push(launched.open);
    await launched.host.close();
  }
  const { host, open: lastOpen } = await launchOn(file, dataDir);
  opens.push(lastOpen);
  const { page } = host;
  try {
    const open = {
      fromDocument: percentile(opens.map((o) => o.fromDocument), 50),
      fromNavigation: percentile(opens.map((o) => o.fromNavigation), 50),
      complete: percentile(opens.map((o) => o.complete), 50),
    };
    await page.evaluate(LATENCY_PROBE);
    type Probe = { __work: number[]; __frame: number[]; __preview: (number | undefined)[] };
    const sample = async (keys: string[], every = 1, presses = SAMPLES) => {
      await page.evaluate(() => Object.assign(globalThis, { __work: [], __frame: [], __preview: [], __presses: 0 }));
      for (let i = 0; i < presses; i++) {
        await page.keyboard.press(keys[i % keys.length]!);
        await page.waitForTimeout(40);
      }
      await page.waitForTimeout(100);
      const probe = await page.evaluate(() => {
        const { __work, __frame, __preview } = globalThis as unknown as Probe;
        return { work: __work, frame: __frame, preview: Array.from({ length: __work.length }, (_, i) => __preview[i] ?? null) };
      });
      const keep = (_: unknown, i: number) => i % every === 0;
      const preview = previewShown ? probe.preview.filter(keep) : [];
      // Every kept press changes the annex, so each must have updated the preview.
      const missing = preview.filter((value) => value === null).length;
      if (missing > 0) throw new Error(`${missing} of ${preview.length} edits did not update the annex preview`);
      return { work: probe.work.filter(keep), frame: probe.frame.filter(keep), preview: preview as number[] };
    };
    // Focus the first row of the first slot with rows, in the first body's column.
    const first = session.days.flatMap((d) => d.slots.map((s, i) => ({ d, s, i }))).find(({ s }) => s.rows.length > 1)!;
    await page.locator(`[data-line="r:${first.d.date}:${first.i}:0"][data-col="1"]`).click();
    const move = await sample(['Alt+ArrowDown', 'Alt+ArrowUp']);
    if (process.env.ORGWORK_BENCH_SAMPLES) console.error(label, 'move, ms:', move.work.map(Math.round).sort((a, b) => a - b).join(' '));
    const undo = await sample(['Control+z', 'Control+y']);
    // Place: an item selected, P at the focus adds a row, undo takes it away again.
    const inSlot = new Set(first.s.rows.flatMap((row) => Object.values(row)));
    const item = session.items.find((it) => !it.joint && !inSlot.has(it.id))!;
    await page.locator(`[data-item="${item.id}"]`).click();
    await page.locator(`[data-line="r:${first.d.date}:${first.i}:0"][data-col="1"]`).click();
    await page.locator(`[data-item="${item.id}"]`).click();
    await page.locator(`[data-line="r:${first.d.date}:${first.i}:0"][data-col="0"]`).focus();
    // P moves the focus to the new row, so that the next P lands after it; after the undo, ↑
    // goes back to the row the first P was pressed on. Only the P presses are kept.
    const place = await sample(['p', 'Control+z', 'ArrowUp'], 3, SAMPLES * 1.5);
    // Sanity: the place steps did place (no refusal message): a refusal repaints only the message.
    const refused = await page.locator('.message-bar.tone-error').count();
    if (refused) throw new Error(`placing was refused in the ${label} benchmark`);
    const stats = ({ work, frame, preview }: { work: number[]; frame: number[]; preview: number[] }) => ({
      p50: percentile(work, 50),
      p95: percentile(work, 95),
      frameP50: percentile(frame, 50),
      frameP95: percentile(frame, 95),
      // null: the preview was folded away (compact density).
      previewP50: preview.length > 0 ? percentile(preview, 50) : null,
      previewP95: preview.length > 0 ? percentile(preview, 95) : null,
      n: work.length,
    });
    return { label, open, move: stats(move), place: stats(place), undo: stats(undo) };
  } finally {
    await host.close();
  }
}

export type EditorResult = Awaited<ReturnType<typeof measure>>;
export type Figures = Record<string, { value: number; unit: string }>;

/** The three sessions, one after another (each in a browser of its own). */
export async function runEditorBench(): Promise<EditorResult[]> {
  return [
    await measure('1x', fixture()),
    await measure('10x', generateSession(10, 2017)),
    await measure('6x40x10x3', generateLargeSession(2017)),
    await measure('6x40x10x3 compact', generateLargeSession(2017), 'compact'),
  ];
}

/** Keys as in `npm run bench -- --json`: "editor open 6x40x10x3", "editor move p95 1x". */
export function editorFigures(results: readonly EditorResult[]): Figures {
  const out: Figures = {};
  for (const r of results) {
    out[`editor open ${r.label}`] = { value: round(r.open.fromDocument), unit: 'ms' };
    out[`editor open complete ${r.label}`] = { value: round(r.open.complete), unit: 'ms' };
    for (const op of ['move', 'place', 'undo'] as const) {
      out[`editor ${op} p50 ${r.label}`] = { value: round(r[op].p50), unit: 'ms' };
      out[`editor ${op} p95 ${r.label}`] = { value: round(r[op].p95), unit: 'ms' };
      const { previewP50, previewP95 } = r[op];
      if (previewP50 !== null) out[`editor ${op} preview p50 ${r.label}`] = { value: round(previewP50), unit: 'ms' };
      if (previewP95 !== null) out[`editor ${op} preview p95 ${r.label}`] = { value: round(previewP95), unit: 'ms' };
    }
  }
  return out;
}

/** One line per session and operation, for the table of `npm run bench`. */
export function editorReport(results: readonly EditorResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const what = r.label === '1x' ? '1x (2017 fixture)' : r.label;
    lines.push(
      `${what}: open ${round(r.open.fromDocument)} ms after the document arrived (${round(r.open.fromNavigation)} ms from navigation), the whole week drawn at ${round(r.open.complete)} ms; medians of ${OPEN_LAUNCHES} launches`,
    );
    for (const op of ['move', 'place', 'undo'] as const) {
      const m = r[op];
      const preview = m.previewP50 === null || m.previewP95 === null ? 'preview folded' : `preview updated: p50 ${round(m.previewP50)} ms, p95 ${round(m.previewP95)} ms`;
      lines.push(
        `  ${op.padEnd(5)} grid updated: p50 ${round(m.p50)} ms, p95 ${round(m.p95)} ms; on screen (next frame): p50 ${round(m.frameP50)} ms, p95 ${round(m.frameP95)} ms; ${preview} (n=${m.n})`,
      );
    }
  }
  return lines.join('\n');
}

// Run directly (`npx tsx test/bench/editor.ts`), not when imported by run.ts.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const results = await runEditorBench();
  console.log(process.argv.includes('--json') ? JSON.stringify(editorFigures(results)) : editorReport(results));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
