// Runs in Node (tests). Issue 4, done when: the 2017 week, emptied of rows, rebuilt through
// the UI with the keyboard only; the annex the app derives equals the real document's.
import { readFileSync } from 'node:fs';
import { deriveAnnex } from '../../shared/schedule/annex.ts';
import { expect, FIXTURE_ANNEX_ZH, test } from './app.ts';
import { gridTo, placeFromAgenda } from './keyboard.ts';

test('rebuilds the 2017 week by keyboard only', async ({ app }) => {
  const { page } = app;
  // Monday: 1(a), 1(b), 2; 2 runs on into the afternoon.
  await gridTo(app, 'e:2017-10-09:0');
  await placeFromAgenda(app, 'wg3-1a');
  await placeFromAgenda(app, 'wg3-1b');
  await placeFromAgenda(app, 'wg3-2');
  await gridTo(app, 'r:2017-10-09:0:2');
  await page.keyboard.press('c');
  // Tuesday: 3, 4.
  await gridTo(app, 'e:2017-10-10:0');
  await placeFromAgenda(app, 'wg3-3');
  await placeFromAgenda(app, 'wg3-4');
  // Wednesday: WG.2 opens, then the joint item 5 | 2, which runs on to Thursday morning.
  await gridTo(app, 'e:2017-10-11:0');
  await placeFromAgenda(app, 'wg2-1a');
  await placeFromAgenda(app, 'wg2-1b');
  await placeFromAgenda(app, 'wg3-5');
  await gridTo(app, 'r:2017-10-11:0:2');
  await page.keyboard.press('c');
  await gridTo(app, 'r:2017-10-11:1:0');
  await page.keyboard.press('c');
  // Thursday morning: WG.2's item 3 after the joint item; it continues on Friday morning.
  await gridTo(app, 'r:2017-10-12:0:0');
  await placeFromAgenda(app, 'wg2-3');
  await gridTo(app, 'e:2017-10-13:0');
  await placeFromAgenda(app, 'wg2-3');
  // Friday afternoon: the joint items "other matters" and "adoption of the report".
  await gridTo(app, 'e:2017-10-13:1');
  await placeFromAgenda(app, 'wg3-6');
  await placeFromAgenda(app, 'wg3-7');

  await expect(app.message()).not.toHaveClass(/tone-error/);
  const saved = await app.save();
  expect(deriveAnnex(saved, 'zh')).toEqual(JSON.parse(readFileSync(FIXTURE_ANNEX_ZH, 'utf8')));
});
