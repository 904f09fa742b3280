// Runs in Node (tests). End-to-end tests of the renderer in the browser host: Debian's
// Chromium driven by playwright-core with the real handler table (electron/browser-host).
// No Playwright-managed browser is used, so nothing is downloaded.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: process.env.ORGWORK_DIST ? `test-results-${process.env.ORGWORK_DIST}` : 'test-results',
  workers: 2,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
});
