// Runs in Node (`npm start`): builds, then starts Electron on the app. Electron fetches its
// runtime from GitHub on first use; where that cannot happen, say so plainly and point to
// the browser host instead of leaving a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

function noRuntime(reason) {
  return readFile(path.join(root, 'locales', 'en', 'menu.json'), 'utf8').then((text) => {
    const message = JSON.parse(text).noRuntime.replace('{{reason}}', reason);
    process.stderr.write(`\n${message}\n\n`);
    process.exitCode = 1;
  });
}

/** Downloads the runtime when missing, quietly: on failure only our paragraph is shown. */
function ensureRuntime() {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const installed = spawnSync(process.execPath, [path.join(dir, 'install.js')], { encoding: 'utf8' });
  if (installed.status === 0) return null;
  const lines = `${installed.stderr}\n${installed.stdout}`.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /Error|failed/i.test(l)) ?? lines[0] ?? `exit ${installed.status}`;
}

let electron;
const missing = ensureRuntime();
if (missing) await noRuntime(missing);
else try {
  // Resolving the package downloads the runtime when it is missing.
  electron = require('electron');
} catch (error) {
  await noRuntime(String(error?.message ?? error).split('\n')[0]);
}
if (electron) {
  const child = spawn(electron, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('error', (error) => void noRuntime(error.message));
  child.on('exit', (code) => (process.exitCode = code ?? 1));
}
