// Runs in Node (npm run build). Builds everything Electron loads, without needing the
// Electron binary: main and preload with esbuild, the renderer with Vite.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

const root = path.join(import.meta.dirname, '..');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
// ORGWORK_DIST (default dist/) lets parallel work in one checkout keep separate builds.
const dist = process.env.ORGWORK_DIST ?? 'dist';
const outElectron = path.join(root, dist, 'electron');

await rm(outElectron, { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  sourcemap: true,
  external: ['electron'],
  logLevel: 'warning',
};

await Promise.all([
  esbuild({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: path.join(outElectron, 'main.js'),
    format: 'esm',
    platform: 'node',
    // Electron 45 ships Node 22.
    target: 'node22',
    // CommonJS dependencies bundled into an ES module still call require() for Node
    // built-ins; esbuild's stub throws unless a real require exists.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(outElectron, 'preload.cjs'),
    format: 'cjs',
    // The sandboxed preload has no Node built-ins; building for the browser makes an
    // accidental `node:fs` import fail here instead of at launch.
    platform: 'browser',
    // Electron 45 ships Chromium 140.
    target: 'chrome140',
    define: { __ORGWORK_VERSION__: JSON.stringify(pkg.version) },
  }),
]);

await vite({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });

console.log(`built ${dist}/electron/main.js, ${dist}/electron/preload.cjs, ${dist}/renderer/ (orgwork ${pkg.version})`);
