// Runs in the preload of the sandboxed renderer: the only bridge between page and main.
// Bundled to ONE CommonJS file (dist/electron/preload.cjs) because a sandboxed preload
// can neither load ES modules nor require local files, only a few built-ins such as `electron`.
// It implements shared/api.ts with one ipcRenderer.invoke per method, plus pathForFile (local:
// webUtils), and nothing else: the page never gets ipcRenderer itself.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { API_METHODS, channelOf, MENU_CHANNEL, type MenuCommand, type OrgworkApi } from '../shared/api.ts';

const api: Record<string, unknown> = {
  host: 'electron',
  // A dropped file's path, read here because only the preload can (Electron removed File.path).
  // It goes back to the page only to be sent to main's openDroppedFile, which checks it.
  pathForFile(file: unknown) {
    try {
      return webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);
    } catch {
      // Not a File at all: the page gets "cannot tell where it is", not an exception.
      return '';
    }
  },
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const forward = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(MENU_CHANNEL, forward);
  },
};
for (const method of API_METHODS) api[method] = (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args);

contextBridge.exposeInMainWorld('orgwork', api as unknown as OrgworkApi);
