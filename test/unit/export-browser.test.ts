// The HTML exports as a real browser reads them (Chromium, when the machine has one): no
// script element, and every hostile text comes back exactly as given, less what no file may
// hold — proof that escaping neither lets markup through nor mangles the text.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, findChromium } from '../../electron/export/pdf.ts';
import { annexToHtml } from '../../shared/export/html/annex-html.ts';
import { documentToHtml } from '../../shared/export/html/document-html.ts';
import { withoutInvalidChars } from '../../shared/export/safe-text.ts';
import { deriveAnnex } from '../../shared/schedule/annex.ts';
import { hostileSession } from './export-helpers.ts';

interface PageReading {
  scripts: number;
  handlers: number;
  titles: string[];
  lang: string;
  text: string;
}

// Runs in the page; a string because the tests are type-checked without the DOM library.
const READ_PAGE = `(() => ({
  scripts: document.querySelectorAll('script, iframe, object, embed, img, link').length,
  handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
  titles: [...document.querySelectorAll('td.title')].map((td) => td.textContent ?? ''),
  lang: document.documentElement.lang,
  text: document.body.textContent ?? '',
}))()`;

const hasChromium = Boolean(process.env.ORGWORK_CHROMIUM) || CHROMIUM_CANDIDATES.some((path) => existsSync(path));

describe.skipIf(!hasChromium)('HTML exports in Chromium', { timeout: 60_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: await findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function read(html: string) {
    const page = await browser.newPage();
    await page.setContent(html);
    const result = (await page.evaluate(READ_PAGE)) as PageReading;
    await page.close();
    return result;
  }

  it('reads the hostile annex back cell for cell', async () => {
    const session = hostileSession();
    const seen = await read(annexToHtml(session, 'en'));
    expect(seen.scripts).toBe(0);
    expect(seen.handlers).toBe(0);
    expect(seen.lang).toBe('en');
    const expected = deriveAnnex(session, 'en').days.flatMap((day) =>
      day.slots.flatMap((slot) => (slot.rows.length ? slot.rows : [session.bodies.map(() => null)]).flatMap((row) => row.map((cell) => withoutInvalidChars(cell?.title ?? '')))),
    );
    // HTML turns CR LF into LF in text.
    expect(seen.titles).toEqual(expected.map((title) => title.replace(/\r\n?/g, '\n')));
  });

  it('reads the hostile document without any element the text tried to make', async () => {
    const seen = await read(documentToHtml(hostileSession(), 'both'));
    expect(seen.scripts).toBe(0);
    expect(seen.handlers).toBe(0);
    expect(seen.text).toContain('<script>alert("x")</script>');
  });
});
