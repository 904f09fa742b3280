// Runs in Node (tests). Where a window opens: as saved, but never off-screen and never larger
// than the screen; the maximized state comes back.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, placeWindow } from '../../electron/main/window-placement.ts';

const LAPTOP = { x: 0, y: 0, width: 1366, height: 728 };
const MONITOR_RIGHT = { x: 1366, y: 0, width: 1920, height: 1050 };

describe('placeWindow', () => {
  it('opens a first window at the default size, centred by the system', () => {
    expect(placeWindow(undefined, [{ x: 0, y: 0, width: 1920, height: 1050 }])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('puts a window back where it was when that place is on a screen', () => {
    expect(placeWindow({ x: 1500, y: 100, width: 1200, height: 800 }, [LAPTOP, MONITOR_RIGHT])).toEqual({ x: 1500, y: 100, width: 1200, height: 800, maximized: false });
  });

  it('centres a window saved on a monitor that is gone, rather than opening it off-screen', () => {
    expect(placeWindow({ x: 1500, y: 100, width: 1200, height: 700 }, [LAPTOP])).toEqual({ width: 1200, height: 700, maximized: false });
  });

  it('centres a window whose title bar would be above the screen or barely on it', () => {
    expect(placeWindow({ x: 100, y: -500, width: 800, height: 600 }, [LAPTOP])).not.toHaveProperty('x');
    expect(placeWindow({ x: 1330, y: 100, width: 800, height: 600 }, [LAPTOP])).not.toHaveProperty('x');
  });

  it('shrinks a window larger than the primary screen to fit it', () => {
    expect(placeWindow({ width: 2400, height: 1400 }, [LAPTOP])).toEqual({ width: 1366, height: 728, maximized: false });
  });

  it('brings the maximized state back', () => {
    expect(placeWindow({ x: 0, y: 0, width: 1000, height: 700, maximized: true }, [LAPTOP])).toMatchObject({ maximized: true });
  });
});
