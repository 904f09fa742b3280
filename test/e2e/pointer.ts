// Runs in Node (tests). Dragging with the mouse as a person does: press, move a little (so
// the drag starts), travel to the target in steps, release.
import { expect, type Locator, type Page } from '@playwright/test';

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`not visible: ${locator.toString()}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export async function drag(page: Page, source: Locator, target: Locator): Promise<void> {
  await dragOver(page, source, target);
  await drop(page);
}

/** Picks `source` up and holds it over `target`, without letting go (what a drag shows there). */
export async function dragOver(page: Page, source: Locator, target: Locator): Promise<void> {
  // Both in the middle of their scrolling panels, away from the edges where dragging scrolls.
  for (const locator of [target, source]) await locator.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const from = await centre(source);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 4 });
  const to = await centre(target);
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.move(to.x, to.y + 1, { steps: 2 });
}

/** Lets go of what dragOver holds. */
export async function drop(page: Page): Promise<void> {
  await page.mouse.up();
  await clicksReleased(page);
}

/**
 * dnd-kit swallows every click for 50 ms after a pointer drag ends (so the release does not
 * also "click" what lies under it). No person clicks that fast; a test can, and its click
 * would be lost. Wait until a click reaches the page again: a probe element outside the app
 * gets a non-bubbling click, which dnd-kit's capturing listener on the document would stop.
 */
async function clicksReleased(page: Page): Promise<void> {
  const clickReachesPage = () =>
    page.locator('body').evaluate((body) => {
      const probe = body.appendChild(body.ownerDocument.createElement('div'));
      let reached = false;
      probe.addEventListener('click', () => (reached = true));
      probe.dispatchEvent(new probe.ownerDocument.defaultView!.MouseEvent('click', { bubbles: false }));
      probe.remove();
      return reached;
    });
  await expect.poll(clickReachesPage, { intervals: [10] }).toBe(true);
}
