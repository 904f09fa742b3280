// Runs in the Electron main process. What "Share by email…" needs from the desktop: open the
// .eml draft with the system's mail program, show it in the file manager, and, where no mail
// program opens .eml files, open a plain mailto: email. The share handler
// (electron/handlers/share-by-email.ts) decides what to open; here only the shell calls.
import { shell } from 'electron';
import type { HandlerDeps } from '../handlers/deps.ts';

export const electronMailProgram: Required<Pick<HandlerDeps, 'openPath' | 'showInFolder' | 'openMailto'>> = {
  // shell.openPath answers '' when a program took the file, else an error text.
  openPath: async (path) => (await shell.openPath(path)) === '',
  showInFolder: async (path) => shell.showItemInFolder(path),
  openMailto: async (url) => {
    // The handler built this URL and checked its scheme; checked once more where it leaves the app.
    if (!url.startsWith('mailto:')) throw new Error('orgwork: only mailto: URLs are opened');
    await shell.openExternal(url);
  },
};
