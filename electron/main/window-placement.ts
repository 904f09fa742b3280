// Runs in the Electron main process (and tests). Where a window opens: the size and place it
// had when it was last closed, unless that place is off every screen now (a laptop unplugged
// from the office monitor), and maximized again if it was. Pure: main passes the screens'
// work areas (screen.getAllDisplays()), so every case is tested without Electron.
import type { WindowBounds } from '../../shared/api.ts';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowPlacement {
  /** Absent: let the system place it (centred on the main screen). */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1366, height: 800 };
export const MIN_SIZE = { width: 960, height: 600 };

/** How much of the window's top edge must lie on a screen to be reachable with the pointer. */
const GRIP = { width: 120, height: 32 };

function overlap(a: Area, b: Area): Area {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
}

/** Whether the window's title bar can still be grabbed on one of the screens. */
function reachable(bounds: Area, screens: readonly Area[]): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRIP.height };
  return screens.some((screen) => {
    const seen = overlap(titleBar, screen);
    return seen.width >= Math.min(GRIP.width, bounds.width) && seen.height >= GRIP.height;
  });
}

export function placeWindow(saved: WindowBounds | undefined, screens: readonly Area[]): WindowPlacement {
  const largest = screens.reduce<Area | undefined>((best, s) => (!best || s.width * s.height > best.width * best.height ? s : best), undefined);
  const fit = (size: number, min: number, max: number | undefined) => Math.round(Math.max(min, max === undefined ? size : Math.min(size, max)));
  const width = fit(saved?.width ?? DEFAULT_SIZE.width, MIN_SIZE.width, largest?.width);
  const height = fit(saved?.height ?? DEFAULT_SIZE.height, MIN_SIZE.height, largest?.height);
  const maximized = saved?.maximized === true;
  if (saved?.x === undefined || saved.y === undefined) return { width, height, maximized };
  const at = { x: Math.round(saved.x), y: Math.round(saved.y), width, height };
  return reachable(at, screens) ? { ...at, maximized } : { width, height, maximized };
}
