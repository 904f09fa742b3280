// Runs in the Electron main process. Thin on purpose: lifecycle and the one window for now;
// dialogs, menus and the IPC handler table (shared/api.ts) arrive with the shell.
import path from 'node:path';
import { app, BrowserWindow, session } from 'electron';

// main.js is bundled to dist/electron/, next to preload.cjs; the renderer is built to
// dist/renderer/. Resolving from this file (not the working directory) keeps both paths
// right in development, in `electron .` and inside the packaged asar.
const here = import.meta.dirname;
const PRELOAD = path.join(here, 'preload.cjs');
const INDEX_HTML = path.join(here, '..', 'renderer', 'index.html');

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    title: 'Orgwork',
    // Matches the page background so a slow first paint is not a white flash.
    backgroundColor: '#f6f5f2',
    show: false,
    webPreferences: {
      preload: PRELOAD,
      // The page sees only what preload hands over through contextBridge: no Node, no
      // Electron, so text pasted into a session can never reach the file system.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadFile(INDEX_HTML);
  return win;
}

// A second launch (double-clicking an .orgwork file, say) must not open a second app that
// could write the same session concurrently; the running instance takes over instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Before `ready`, so every renderer — including any window added later — is sandboxed,
  // not only the ones whose webPreferences remember to ask for it.
  app.enableSandbox();

  app.on('second-instance', () => {
    // Opening the file named in the second instance's argv comes with the file handlers.
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Applied to every web contents as it is created, so no window can forget them.
  app.on('web-contents-created', (_event, contents) => {
    // The app is one local page; any navigation (a dropped file, a link in user text)
    // would replace it with content that has the preload's bridge.
    contents.on('will-navigate', (event) => event.preventDefault());
    // Links to the outside go through shell.openExternal after vetting (DESIGN §6), never a new window.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app.on('window-all-closed', () => {
    // macOS apps stay running without windows until the user quits from the menu.
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    // Orgwork needs no camera, microphone, notifications or geolocation; refuse them all.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

    mainWindow = createMainWindow();

    app.on('activate', () => {
      // macOS: clicking the dock icon with no window open brings one back.
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
    });
  });
}
