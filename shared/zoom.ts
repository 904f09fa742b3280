// Runs everywhere (shared). The steps of the desktop app's page zoom (View ▸ Zoom In / Zoom
// Out / Actual Size, Ctrl+wheel) and the range a stored preference may hold. Electron zooms
// only through menu roles, which this app's own menu replaces; its own steps also let the
// zoom be remembered. electron/main.ts zooms the windows.

/** The steps a browser offers; 200 % and more for those who need large text. */
export const ZOOM_FACTORS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;
export const MIN_ZOOM = ZOOM_FACTORS[0];
export const MAX_ZOOM = ZOOM_FACTORS[ZOOM_FACTORS.length - 1]!;

export type ZoomStep = 'in' | 'out' | 'reset';

/** The next step from `current` (which need not be a step: a hand-edited preference, say). */
export function nextZoomFactor(current: number, step: ZoomStep): number {
  const near = 0.001;
  if (step === 'reset') return 1;
  if (step === 'in') return ZOOM_FACTORS.find((factor) => factor > current + near) ?? MAX_ZOOM;
  return ZOOM_FACTORS.findLast((factor) => factor < current - near) ?? MIN_ZOOM;
}
