// Runs in Node at build time (scripts/build.mjs). Builds renderer/ into dist/renderer/ (or
// ORGWORK_DIST/renderer/, so that parallel work in one checkout need not share a build).
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: Electron loads the page with loadFile (file://), where
  // absolute "/assets/…" would point at the root of the disk.
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(import.meta.dirname, process.env.ORGWORK_DIST ?? 'dist', 'renderer'),
    // outDir lies outside root, so Vite only empties it when told to.
    emptyOutDir: true,
    // ORGWORK_PROFILE=1 keeps names readable in a CPU profile of the benchmark.
    ...(process.env.ORGWORK_PROFILE ? { minify: false } : {}),
  },
});
