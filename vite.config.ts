// Runs in Node at build time (scripts/build.mjs). Builds renderer/ into dist/renderer/.
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
    outDir: path.join(import.meta.dirname, 'dist', 'renderer'),
    // outDir lies outside root, so Vite only empties it when told to.
    emptyOutDir: true,
  },
});
