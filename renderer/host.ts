// Runs in the renderer. The one door to the host (shared/api.ts): Electron's preload or the
// browser host's Playwright bindings put it on window.orgwork before the page runs.
import type { OrgworkApi } from '../shared/api.ts';

declare global {
  interface Window {
    orgwork?: OrgworkApi;
  }
}

/** The host's API, or null when the page runs without one (opened directly in a browser). */
export function getHost(): OrgworkApi | null {
  const api = window.orgwork;
  return api && typeof api.newSession === 'function' ? api : null;
}
