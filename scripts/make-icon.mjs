// Runs in Node (a developer's tool). Renders build/icon.svg to build/icon.png (512×512, the
// size electron-builder makes every platform's icon from) with the Chromium the tests use, so
// the icon is made in the repository from its source: `node scripts/make-icon.mjs`.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZE = 512;
const svg = readFileSync(new URL('../build/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.ORGWORK_CHROMIUM ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${SIZE}px;height:${SIZE}px" `)}</body></html>`);
  await page.screenshot({ path: new URL('../build/icon.png', import.meta.url).pathname, omitBackground: true });
} finally {
  await browser.close();
}
