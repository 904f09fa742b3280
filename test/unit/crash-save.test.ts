// A save killed at any moment leaves the old file or the new one, byte for byte, never a
// torn one: a child process saves in a loop and is SIGKILLed at random moments, 200 times.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { serializeSession } from '../../shared/model/index.ts';
import { generateSession } from '../bench/generate.ts';

const KILLS = 200;

function bundleSaver(dir: string): string {
  const entry = join(dir, 'saver.ts');
  writeFileSync(
    entry,
    `import { readFileSync } from 'node:fs';
import { writeFileAtomic } from ${JSON.stringify(new URL('../../electron/files/atomic-write.ts', import.meta.url).pathname)};
const [target, a, b] = process.argv.slice(2);
const versions = [readFileSync(b), readFileSync(a)];
process.stdout.write('ready\\n');
for (let i = 0; ; i++) await writeFileAtomic(target, versions[i % 2], { keepBackup: true });
`,
  );
  const out = join(dir, 'saver.mjs');
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
  return out;
}

function runAndKill(saver: string, args: string[], delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [saver, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.once('error', reject);
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.once('exit', () => resolve());
  });
}

describe('saving under SIGKILL', () => {
  it(`leaves the old or the new version intact in ${KILLS} random kills`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgwork-crash-'));
    const saver = bundleSaver(dir);
    // Big enough (~0.9 MB) that many kills land in the middle of a write.
    const versionA = serializeSession(generateSession(100, 1));
    const versionB = serializeSession(generateSession(100, 2));
    const [a, b, target] = [join(dir, 'a.orgwork'), join(dir, 'b.orgwork'), join(dir, 'session.orgwork')];
    writeFileSync(a, versionA);
    writeFileSync(b, versionB);
    writeFileSync(target, versionA);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const seen = { a: 0, b: 0 };
    for (let i = 0; i < KILLS; i++) {
      await runAndKill(saver, [target, a, b], Math.floor(random() * 25));
      const onDisk = readFileSync(target, 'utf8');
      if (onDisk === versionA) seen.a++;
      else if (onDisk === versionB) seen.b++;
      else throw new Error(`kill ${i}: the file is neither version (${onDisk.length} bytes)`);
    }
    // Both versions turned up: the kills really did land between and during saves.
    expect(seen.a).toBeGreaterThan(0);
    expect(seen.b).toBeGreaterThan(0);
  }, 120_000);
});
