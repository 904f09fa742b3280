// Runs in Node (tests). Getting around Orgwork with the keyboard only, as a person without a
// pointer would: Tab between regions, arrow keys inside the grid and the agenda.
import { expect } from '@playwright/test';
import type { App } from './app.ts';

/** Tabs (forwards or backwards) until `reached` holds for the focused element. */
async function tabUntil(app: App, reached: (f: Awaited<ReturnType<App['focused']>>) => boolean, backwards: boolean): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (reached(await app.focused())) return;
    await app.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('Tab never reached the wanted region');
}

async function arrowUntil(app: App, reached: (f: Awaited<ReturnType<App['focused']>>) => boolean, describe: string): Promise<void> {
  for (const key of ['ArrowDown', 'ArrowUp']) {
    let last = '';
    for (let i = 0; i < 200; i++) {
      const focused = await app.focused();
      if (reached(focused)) return;
      const here = JSON.stringify(focused);
      if (here === last) break;
      last = here;
      await app.page.keyboard.press(key);
    }
  }
  throw new Error(`arrow keys never reached ${describe}`);
}

/** Moves the grid focus to a line (and column) by Tab and arrow keys. */
export async function gridTo(app: App, line: string, col?: number): Promise<void> {
  const focused = await app.focused();
  if (focused.line === undefined) await tabUntil(app, (f) => f.line !== undefined, focused.item === undefined);
  await arrowUntil(app, (f) => f.line === line, line);
  if (col === undefined) return;
  for (const key of ['ArrowRight', 'ArrowLeft']) {
    for (let i = 0; i < 12; i++) {
      if ((await app.focused()).col === String(col)) return;
      await app.page.keyboard.press(key);
    }
  }
  expect((await app.focused()).col).toBe(String(col));
}

/** Moves the focus to an item of the agenda. */
export async function agendaTo(app: App, item: string): Promise<void> {
  const focused = await app.focused();
  if (focused.item === undefined) await tabUntil(app, (f) => f.item !== undefined, focused.line !== undefined);
  await arrowUntil(app, (f) => f.item === item, item);
}

/** From the agenda: P places the focused item at the grid's focus. */
export async function placeFromAgenda(app: App, item: string): Promise<void> {
  await agendaTo(app, item);
  await app.page.keyboard.press('p');
}
