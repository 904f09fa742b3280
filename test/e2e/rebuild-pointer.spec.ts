// Runs in Node (tests). Issue 4, done when: the 2017 week, emptied of rows, rebuilt through
// the UI with the pointer (dragging from the agenda, "continue in next slot" from the
// inspector); the annex the app derives equals the real document's.
import { readFileSync } from 'node:fs';
import { deriveAnnex } from '../../shared/schedule/annex.ts';
import { expect, FIXTURE_ANNEX_ZH, test, type App } from './app.ts';
import { drag } from './pointer.ts';

async function dropInEmptySlot(app: App, item: string, slotLine: string) {
  await drag(app.page, app.agendaItem(item), app.cell(slotLine, 1));
  await expect(app.gridLine(slotLine)).toHaveCount(0);
}

async function dropAfter(app: App, item: string, date: string, slot: number, position: number) {
  await drag(app.page, app.agendaItem(item), app.gap(date, slot, position));
  await expect(app.gridLine(`r:${date}:${slot}:${position}`)).toBeVisible();
}

async function continueRow(app: App, line: string, col: number) {
  await app.cell(line, col).click();
  // The inspector's commands act on the selection: be sure it is this row before continuing.
  await expect(app.cell(line, col)).toHaveAttribute('aria-selected', 'true');
  await app.page.getByRole('button', { name: 'Continue in next slot' }).click();
}

test('rebuilds the 2017 week with the pointer', async ({ app }) => {
  await dropInEmptySlot(app, 'wg3-1a', 'e:2017-10-09:0');
  await dropAfter(app, 'wg3-1b', '2017-10-09', 0, 1);
  await dropAfter(app, 'wg3-2', '2017-10-09', 0, 2);
  await continueRow(app, 'r:2017-10-09:0:2', 1);

  await dropInEmptySlot(app, 'wg3-3', 'e:2017-10-10:0');
  await dropAfter(app, 'wg3-4', '2017-10-10', 0, 1);

  await dropInEmptySlot(app, 'wg2-1a', 'e:2017-10-11:0');
  await dropAfter(app, 'wg2-1b', '2017-10-11', 0, 1);
  // A joint item dragged in brings its partner: one row, one chip "5 | 2".
  await dropAfter(app, 'wg3-5', '2017-10-11', 0, 2);
  await expect(app.cell('r:2017-10-11:0:2', 1)).toContainText('5 | 2');
  await continueRow(app, 'r:2017-10-11:0:2', 1);
  await continueRow(app, 'r:2017-10-11:1:0', 1);

  // WG.2's item 3 goes beside nothing on Thursday (after the joint row), and again on Friday.
  await dropAfter(app, 'wg2-3', '2017-10-12', 0, 1);
  await dropInEmptySlot(app, 'wg2-3', 'e:2017-10-13:0');

  await dropInEmptySlot(app, 'wg2-4', 'e:2017-10-13:1');
  // Dropped into WG.3's empty cell of the same row: other matters 6 | 4 side by side.
  await drag(app.page, app.agendaItem('wg3-6'), app.cell('r:2017-10-13:1:0', 1));
  await expect(app.cell('r:2017-10-13:1:0', 1)).toContainText('6 | 4');
  await dropAfter(app, 'wg3-7', '2017-10-13', 1, 1);

  await expect(app.message()).not.toHaveClass(/tone-error/);
  const saved = await app.save();
  expect(deriveAnnex(saved, 'zh')).toEqual(JSON.parse(readFileSync(FIXTURE_ANNEX_ZH, 'utf8')));
});
