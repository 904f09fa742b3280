// Runs in Node (tests). Issue 4, done when: undo and redo of each kind of edit restore the
// exact previous session, and the unsaved mark follows (undo back to the saved state clears it).
import type { Session } from '../../shared/model/types.ts';
import { withoutLineage } from '../../shared/merge/lineage.ts';
import { App, expect, fixtureSession, test } from './app.ts';
import { gridTo, placeFromAgenda } from './keyboard.ts';

test.use({ app: async ({}, use) => {
  const app = await App.open({ session: fixtureSession() });
  await use(app);
  await app.close();
} });

/** Leaves any text field, so Ctrl+Z undoes the schedule, not the typing. */
async function blurFields(app: App) {
  await app.page.locator('.status-file').click();
}

test('undo and redo restore every kind of edit exactly', async ({ app }) => {
  const { page } = app;
  const edits: { name: string; run: () => Promise<void> }[] = [
    {
      name: 'place an item in an empty slot',
      run: async () => {
        await gridTo(app, 'e:2017-10-12:1');
        await placeFromAgenda(app, 'wg3-3');
      },
    },
    {
      name: "place an item in its body's empty cell of a row",
      run: async () => {
        await gridTo(app, 'r:2017-10-12:1:0', 2);
        await placeFromAgenda(app, 'wg2-1');
      },
    },
    { name: 'continue in the next slot', run: async () => (await gridTo(app, 'r:2017-10-12:1:0'), page.keyboard.press('c')) },
    { name: 'move a row down', run: async () => (await gridTo(app, 'r:2017-10-13:0:0', 1), page.keyboard.press('Alt+ArrowDown')) },
    { name: 'move a row to the previous slot', run: async () => (await gridTo(app, 'r:2017-10-13:0:0', 2), page.keyboard.press('Alt+PageUp')) },
    { name: 'remove an item from its row', run: async () => (await gridTo(app, 'r:2017-10-09:0:0', 1), page.keyboard.press('Delete')) },
    {
      name: 'place a joint item',
      run: async () => {
        await gridTo(app, 'r:2017-10-11:1:0', 1);
        await placeFromAgenda(app, 'wg3-7');
      },
    },
    {
      name: 'retime a slot',
      run: async () => {
        await gridTo(app, 'r:2017-10-10:0:0', 0);
        await page.keyboard.press('Enter');
        await page.getByLabel('Start').fill('09:30');
        await page.keyboard.press('Tab');
      },
    },
    {
      name: 'edit a title',
      run: async () => {
        await app.agendaItem('wg3-4').click();
        await page.getByRole('group', { name: 'Title', exact: true }).getByLabel('中文').fill('电子证据');
        await page.keyboard.press('Tab');
      },
    },
    {
      name: 'pair joint items',
      run: async () => {
        await app.agendaItem('wg3-3').click();
        await page.getByLabel(/^Partner in/).selectOption('wg2-3');
      },
    },
    {
      name: 'swap two days',
      run: async () => {
        await gridTo(app, 'd:2017-10-09');
        await page.keyboard.press('Enter');
        await page.getByLabel('Swap what happens with').selectOption('2017-10-10');
        await page.getByRole('button', { name: 'Swap', exact: true }).click();
      },
    },
    {
      name: 'show the year in the annex',
      run: async () => {
        await page.getByRole('button', { name: 'Session settings' }).click();
        await page.getByLabel('Show the year in day headings').check();
      },
    },
    {
      name: 'remove a slot',
      run: async () => {
        await gridTo(app, 'r:2017-10-13:1:0', 0);
        await page.keyboard.press('Enter');
        await page.getByRole('button', { name: 'Delete slot' }).click();
      },
    },
  ];

  const states: Session[] = [await app.save()];
  for (const edit of edits) {
    await edit.run();
    await expect(app.message(), edit.name).not.toHaveClass(/tone-error/);
    await blurFields(app);
    const state = await app.save();
    expect(state, `${edit.name} changed nothing`).not.toEqual(states.at(-1));
    states.push(state);
  }

  // The content comes back exactly; the lineage says it was edited from the last save (the
  // revision of an earlier state, but a newer parent).
  let previous = states.at(-1)!.lineage!.revision;
  const expectRestored = (saved: Session, state: Session, what: string) => {
    expect(withoutLineage(saved), what).toEqual(withoutLineage(state));
    expect(saved.lineage, what).toEqual({ revision: state.lineage!.revision, parent: previous });
    previous = saved.lineage!.revision;
  };
  for (let i = states.length - 2; i >= 0; i--) {
    await page.keyboard.press('Control+z');
    expectRestored(await app.save(), states[i]!, `undo of "${edits[i]!.name}"`);
  }
  for (let i = 1; i < states.length; i++) {
    await page.keyboard.press(i % 2 ? 'Control+Shift+Z' : 'Control+y');
    expectRestored(await app.save(), states[i]!, `redo of "${edits[i - 1]!.name}"`);
  }
});

test('the unsaved mark follows undo back to the saved state', async ({ app }) => {
  const status = app.page.locator('.status-saved');
  await expect(status).toHaveAttribute('data-dirty', 'false');
  await gridTo(app, 'r:2017-10-09:0:0', 1);
  await app.page.keyboard.press('Alt+ArrowDown');
  await expect(status).toHaveAttribute('data-dirty', 'true');
  await app.page.keyboard.press('Control+z');
  await expect(status).toHaveAttribute('data-dirty', 'false');
  await app.page.keyboard.press('Control+y');
  await expect(status).toHaveAttribute('data-dirty', 'true');
});

test('an impossible edit is refused with a message, and changes nothing', async ({ app }) => {
  // Item 2 of WG.3 is already in Monday afternoon's slot: continuing Monday morning's row 2 there is refused.
  await gridTo(app, 'r:2017-10-09:0:2', 1);
  await app.page.keyboard.press('c');
  await expect(app.message()).toHaveClass(/tone-error/);
  await expect(app.message()).toContainText('already placed in this slot');
  await expect(app.page.locator('.status-saved')).toHaveAttribute('data-dirty', 'false');
});

test('undoing the edit that made the focused row keeps the keyboard focus in the grid', async ({ app }) => {
  const { page } = app;
  // Thursday afternoon is empty: move Thursday morning's last row there (the focus goes with it).
  await gridTo(app, 'r:2017-10-12:0:1', 1);
  await page.keyboard.press('Alt+PageDown');
  await expect.poll(async () => (await app.focused()).line).toBe('r:2017-10-12:1:0');
  // Ctrl+Z takes the row away again: the focused cell is gone, the focus stays in the grid.
  await page.keyboard.press('Control+z');
  await expect(app.gridLine('r:2017-10-12:1:0')).toHaveCount(0);
  await expect.poll(async () => (await app.focused()).line).toMatch(/^[re]:2017-10-12:/);
  const before = (await app.focused()).line;
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await app.focused()).line).not.toBe(before);
});
