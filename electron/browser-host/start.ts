// Runs in Node (`npm run start:browser -- [FILE]`). Opens Orgwork in Chromium, headed, and
// waits until the window is closed.
import { resolve } from 'node:path';
import { launchBrowserHost } from './launch.ts';

const file = process.argv[2] ? resolve(process.argv[2]) : null;
try {
  const host = await launchBrowserHost({ file, headless: false, viewport: { width: 1366, height: 768 } });
  host.page.on('close', () => void host.close());
  await new Promise<void>((done) => host.browser.on('disconnected', () => done()));
} catch (error) {
  process.stderr.write(`orgwork: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
