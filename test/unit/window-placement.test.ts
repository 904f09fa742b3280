// Runs in Node (tests). Where a window opens again: its last size and place, on screen.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, placeWindow } from '../../electron/main/window-placement.ts';

const laptop = { x: 0, y: 0, width: 1366, height: 740 };
const monitorRight = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('placeWindow', () => {
  it('opens a first window at the default size, placed by the system', () => {
    expect(placeWindow(undefined, [laptop])).toEqual({ width: DEFAULT_SIZE.width, height: laptop.height, maximized: false });
  });

  it('reopens where and as large as it was closed', () => {
    expect(placeWindow({ x: 1500, y: 40, width: 1600, height: 900 }, [laptop, monitorRight])).toEqual({ x: 1500, y: 40, width: 1600, height: 900, maximized: false });
  });

  it('comes back onto the laptop when the monitor it was on is gone, no larger than the screen', () => {
    expect(placeWindow({ x: 1500, y: 40, width: 1600, height: 900 }, [laptop])).toEqual({ width: 1366, height: 740, maximized: false });
  });

  it('moves back a window whose title bar is off the top or hangs past the edge', () => {
    expect(placeWindow({ x: 100, y: -500, width: 1000, height: 700 }, [laptop])).not.toHaveProperty('x');
    expect(placeWindow({ x: 1300, y: 100, width: 1000, height: 700 }, [laptop])).not.toHaveProperty('x');
    // Partly off screen but with its title bar in reach: left where the officer put it.
    expect(placeWindow({ x: 900, y: 100, width: 1000, height: 600 }, [laptop])).toMatchObject({ x: 900, y: 100 });
  });

  it('maximizes again a window closed maximized', () => {
    expect(placeWindow({ x: 10, y: 10, width: 1000, height: 700, maximized: true }, [laptop]).maximized).toBe(true);
  });

  it('never opens smaller than the minimum the layout needs', () => {
    expect(placeWindow({ width: 200, height: 200 }, [laptop])).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });
});
