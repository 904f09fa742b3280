// Runs in Node (benchmark): `npm run bench` prints a table, `npm run bench -- --json` prints only
// a JSON object of medians for CI to store and compare. Not part of `npm test`: timings are
// noisy and a slow CI box must not fail the build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parseSession, serializeSession, type Session } from '../../shared/model/index.ts';
import { BENCH_CASES, type BenchCase, type BenchInput } from './cases.ts';
import { generateSession } from './generate.ts';

const SIZES = [1, 10, 100] as const;
/** Fixed so every run times the same sessions; change it and the figures are not comparable. */
const SEED = 2017;
const WARMUP_MS = 100;
const MIN_WARMUP_RUNS = 3;
const MIN_SAMPLE_MS = 300;
const MIN_SAMPLES = 5;
/** Calls shorter than this are timed in batches: performance.now() is too coarse for one. */
const MIN_BATCH_MS = 1;

const FIXTURE = new URL('../../../shared/fixtures/ctoc-2017.orgwork', import.meta.url);
const ROOT = new URL('../../', import.meta.url).pathname;
const RENDERER = new URL('../../dist/renderer/index.html', import.meta.url).pathname;
const CHROMIUM = process.env.ORGWORK_CHROMIUM || '/usr/bin/chromium';

interface Result {
  name: string;
  /** null for a case timed on a session of its own. */
  size: number | null;
  median: number;
}

// Results land here so no call can be optimized away as unused.
let sink: unknown;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Median milliseconds per call, after a warm-up that lets the JIT settle. An async case (a
 * Word export) is timed until its promise settles; only a promise is awaited, as awaiting a
 * plain value would add a turn of the event loop to every call of the fast cases.
 */
async function measure(benchCase: BenchCase, input: BenchInput): Promise<number> {
  let runs = 0;
  const warmupStart = performance.now();
  while (runs < MIN_WARMUP_RUNS || performance.now() - warmupStart < WARMUP_MS) {
    const result = benchCase.run(input);
    sink = result instanceof Promise ? await result : result;
    runs += 1;
  }
  const perCall = (performance.now() - warmupStart) / runs;
  const batch = Math.max(1, Math.ceil(MIN_BATCH_MS / perCall));

  const samples: number[] = [];
  const sampleStart = performance.now();
  while (samples.length < MIN_SAMPLES || performance.now() - sampleStart < MIN_SAMPLE_MS) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) {
      const result = benchCase.run(input);
      sink = result instanceof Promise ? await result : result;
    }
    samples.push((performance.now() - t0) / batch);
  }
  return median(samples);
}

function inputOf(session: Session, what: string): BenchInput {
  const text = serializeSession(session);
  // A generator bug would otherwise show up as a suspiciously fast parse (an early refusal).
  const parsed = parseSession(text);
  if (!parsed.ok) throw new Error(`generated ${what} session does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return { session, text };
}

const inputAt = (size: number): BenchInput => inputOf(generateSession(size, SEED), `${size}x`);
const keyOf = (r: Result) => (r.size === null ? r.name : `${r.name} ${r.size}x`);

function shape(session: Session, text: string): string {
  const rows = session.days.reduce((n, day) => n + day.slots.reduce((m, slot) => m + slot.rows.length, 0), 0);
  const kB = (Buffer.byteLength(text) / 1024).toFixed(1);
  return `${session.bodies.length} bodies, ${session.items.length} items, ${session.days.length} days, ${rows} rows, ${kB} kB`;
}

function fixtureShape(): string {
  const text = readFileSync(FIXTURE, 'utf8');
  const parsed = parseSession(text);
  return parsed.ok ? shape(parsed.session, text) : 'does not parse';
}

/** 3-4 significant digits: the noise between runs is larger than that anyway. */
function round(ms: number): number {
  return Number(ms.toPrecision(ms < 1 ? 3 : 4));
}

function table(results: Result[], valueHeader = 'median ms'): string {
  const header = ['operation', 'size', valueHeader, 'vs 1x'];
  const rows = results.map((r) => {
    const base = results.find((b) => b.name === r.name && b.size === SIZES[0]);
    const ratio = base && r.size !== null && r.size !== base.size ? `${r.size}x: ${(r.median / base.median).toFixed(1)}× the 1x time for ${r.size / base.size!}× the content` : '';
    return [r.name, r.size === null ? '' : `${r.size}x`, String(round(r.median)), ratio];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const inputs = new Map(SIZES.map((size) => [size, inputAt(size)]));
  const ownInputs = new Map(BENCH_CASES.flatMap((c) => (c.session ? [[c.name, inputOf(c.session(), c.name)] as const] : [])));
  const results: Result[] = [];
  for (const benchCase of BENCH_CASES) {
    const own = ownInputs.get(benchCase.name);
    if (own) results.push({ name: benchCase.name, size: null, median: await measure(benchCase, own) });
    else for (const size of SIZES) results.push({ name: benchCase.name, size, median: await measure(benchCase, inputs.get(size)!) });
  }
  void sink;

  // The editor in Chromium (test/bench/editor.ts), when there is a Chromium. Progress and
  // notes go to standard error: with --json, standard output holds only the one object.
  let editor: { figures: Record<string, { value: number; unit: string }>; report: string } | null = null;
  let editorNote = '';
  if (!existsSync(CHROMIUM)) {
    editorNote = `Editor benchmark skipped: no Chromium at ${CHROMIUM} (set ORGWORK_CHROMIUM).`;
  } else {
    if (!existsSync(RENDERER)) {
      console.error('Building the renderer for the editor benchmark (node scripts/build.mjs)…');
      const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: ['ignore', process.stderr, 'inherit'] });
      if (build.status !== 0) throw new Error('node scripts/build.mjs failed: the editor benchmark needs dist/renderer');
    }
    console.error('Timing the editor in Chromium (1x, 10x, 6x40x10x3)…');
    const { editorFigures, editorReport, runEditorBench } = await import('./editor.ts');
    const measured = await runEditorBench();
    editor = { figures: editorFigures(measured), report: editorReport(measured) };
  }

  if (json) {
    const out = { ...Object.fromEntries(results.map((r) => [keyOf(r), { value: round(r.median), unit: 'ms' }])), ...editor?.figures };
    if (editorNote) console.error(editorNote);
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  console.log(`Sessions (seed ${SEED}):`);
  console.log(`  fixture ctoc-2017: ${fixtureShape()}`);
  for (const [size, input] of inputs) console.log(`  ${`${size}x`.padStart(4)}: ${shape(input.session, input.text)}`);
  for (const [name, input] of ownInputs) console.log(`  ${name}: ${shape(input.session, input.text)}`);
  console.log('');
  console.log(table(results));
  console.log('');
  if (editor) {
    console.log('Editor in Chromium at 1366×768 (open: document arrived → interactive grid; edits: key press → grid and preview updated):');
    console.log(table(editorRows(editor.figures), 'ms'));
    console.log('');
    console.log(editor.report);
  } else {
    console.log(editorNote);
  }
}

/** The editor's figures as rows of the table: "editor move p95" at 1x, 10x, 6x40x10x3. */
function editorRows(figures: Record<string, { value: number }>): Result[] {
  return Object.entries(figures).map(([key, { value }]) => {
    const at = key.lastIndexOf(' ');
    const size = key.slice(at + 1);
    const n = /^(\d+)x$/.exec(size);
    return n ? { name: key.slice(0, at), size: Number(n[1]), median: value } : { name: key, size: null, median: value };
  });
}

await main();
