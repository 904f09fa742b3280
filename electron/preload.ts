// Runs in the preload of the sandboxed renderer: the only bridge between page and main.
// Bundled to ONE CommonJS file (dist/electron/preload.cjs) because a sandboxed preload
// can neither load ES modules nor require local files, only a few built-ins such as `electron`.
import { contextBridge } from 'electron';

// Injected by scripts/build.mjs from package.json: the sandbox has no `app.getVersion()`.
declare const __ORGWORK_VERSION__: string;

// Grows into the typed OrgworkApi of shared/api.ts (DESIGN §4), one ipcRenderer.invoke per method.
contextBridge.exposeInMainWorld('orgwork', {
  platform: 'electron',
  version: __ORGWORK_VERSION__,
});
