// Runs in Node (main process). Where a new window goes, from the bounds saved when the last
// one closed and the screens there are now. A laptop taken off its external monitor must not
// open Orgwork off-screen, where no one can reach it: a window whose title bar would not be
// on any screen is centred on the primary screen instead, and one larger than the screen is
// made to fit. Plain code, no Electron, so it is tested (test/unit/window-placement.test.ts).
import type { WindowBounds } from '../../shared/api.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Placement {
  /** Absent: let the system centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1366, height: 800 };
/** How much of the title bar must be on a screen for the window to count as reachable. */
const GRIP = { width: 120, height: 40 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

const fitted = (size: { width: number; height: number }, area: Rect | undefined) => ({
  width: Math.min(size.width, area?.width ?? Infinity),
  height: Math.min(size.height, area?.height ?? Infinity),
});

/** `saved` as it can be shown on screens with these work areas (the first is the primary one). */
export function placeWindow(saved: WindowBounds | undefined, workAreas: readonly Rect[]): Placement {
  const size = { width: saved?.width ?? DEFAULT_SIZE.width, height: saved?.height ?? DEFAULT_SIZE.height };
  const maximized = saved?.maximized === true;
  const centred = { ...fitted(size, workAreas[0]), maximized };
  if (saved?.x === undefined || saved.y === undefined) return centred;
  const titleBar: Rect = { x: saved.x, y: saved.y, width: size.width, height: GRIP.height };
  const screen = workAreas.find((area) => {
    const shared = overlap(titleBar, area);
    return shared.width >= Math.min(GRIP.width, size.width) && shared.height >= GRIP.height;
  });
  return screen ? { x: saved.x, y: saved.y, ...fitted(size, screen), maximized } : centred;
}
