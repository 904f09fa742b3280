// Runs in the Electron main process. Thin on purpose: lifecycle, windows, menus and the IPC
// binding; everything that touches files is in electron/handlers, tested without Electron.
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import type { Preferences } from '../shared/api.ts';
import { nextZoomFactor, type ZoomStep } from '../shared/zoom.ts';
import { hostLabel } from './handlers/messages.ts';
import { registerApi } from './main/ipc.ts';
import { sessionFilesIn } from './main/launch-files.ts';
import { menuTemplate } from './main/menu-template.ts';
import { electronPreferences } from './main/preferences-store.ts';
import { allSessionWindows, chooseSessionToOpen, openSessionWindow, sendMenuCommand } from './main/session-window.ts';

let prefs: Preferences;
const preferences = electronPreferences((next) => {
  const languageChanged = next.uiLang !== prefs?.uiLang || next.docLang !== prefs?.docLang;
  const recentChanged = next.recentFiles.join('\n') !== prefs?.recentFiles.join('\n');
  const panelsChanged = next.hiddenPanels?.join() !== prefs?.hiddenPanels?.join() || next.density !== prefs?.density;
  prefs = next;
  if (languageChanged || recentChanged || panelsChanged) rebuildMenu();
});
// macOS sends open-file before `ready`; keep those until windows can open.
const pendingFiles: string[] = [];

function focusedOrAny(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? allSessionWindows()[0]?.window;
}

/** Focuses the window already showing `file`, or opens one for it (or an empty one). */
function openWindowFor(file: string | null): void {
  const existing = file ? allSessionWindows().find((w) => w.state.path === file || w.file === file) : undefined;
  if (existing) {
    if (existing.window.isMinimized()) existing.window.restore();
    existing.window.focus();
    return;
  }
  openSessionWindow({
    file,
    preferences,
    uiLang: () => prefs.uiLang,
    bounds: prefs.windowBounds,
    onBoundsChanged: (bounds) => void preferences.set({ windowBounds: bounds }),
    zoomFactor: prefs.zoomFactor ?? 1,
    onZoomRequest: zoom,
    onStateChanged: rebuildMenu,
  });
}

/** One zoom for every window, from the focused one's (prefs may lag a quick run of steps). */
function zoom(step: ZoomStep): void {
  const current = focusedOrAny()?.webContents.getZoomFactor() ?? prefs.zoomFactor ?? 1;
  const factor = nextZoomFactor(current, step);
  for (const { window } of allSessionWindows()) window.webContents.setZoomFactor(factor);
  void preferences.set({ zoomFactor: factor });
}

/** The document state of the focused window: its Undo and Redo name what they would do. */
function focusedState() {
  const focused = focusedOrAny();
  return allSessionWindows().find((entry) => entry.window === focused)?.state;
}

function rebuildMenu(): void {
  const template = menuTemplate(
    prefs,
    {
      command: (command) => {
        // macOS keeps the app running with no window: New and Open still work from the menu.
        if (command === 'new' && allSessionWindows().length === 0) return openWindowFor(null);
        if (command === 'open' && allSessionWindows().length === 0) {
          void chooseSessionToOpen(null, () => prefs.uiLang).then((file) => file && openWindowFor(file));
          return;
        }
        sendMenuCommand(focusedOrAny(), command);
      },
      openRecent: (file) => openWindowFor(file),
      about: () =>
        void dialog.showMessageBox({ type: 'info', message: `Orgwork ${app.getVersion()}`, detail: hostLabel('menu:about', prefs.uiLang) }),
      zoom,
    },
    process.platform,
    focusedState(),
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

// A second launch (double-clicking an .orgwork file, say) must not start a second app that
// could write the same session concurrently; the running instance opens the file instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Before `ready`, so every renderer is sandboxed, not only windows that ask for it.
  app.enableSandbox();

  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (app.isReady()) openWindowFor(file);
    else pendingFiles.push(file);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = sessionFilesIn(argv.slice(1), workingDirectory);
    if (files.length === 0) focusedOrAny()?.focus();
    for (const file of files) openWindowFor(file);
  });

  // Applied to every web contents as it is created, so no window can forget them.
  app.on('web-contents-created', (_event, contents) => {
    // The app is one local page; any navigation (a dropped file, a link in user text)
    // would replace it with content that has the preload's bridge.
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // No new windows, ever: the only link the app opens (the plain mailto: email of Share by
    // email) goes through a vetted shell.openExternal in main (main/mail-program.ts), not window.open.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  // The Edit menu's Undo and Redo follow the window in front.
  app.on('browser-window-focus', () => rebuildMenu());
  app.on('window-all-closed', () => {
    // macOS apps stay running without windows until the user quits from the menu.
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    // Orgwork needs no camera, microphone, notifications or geolocation; refuse them all.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    prefs = await preferences.get();
    registerApi();
    rebuildMenu();
    const files = [...pendingFiles, ...sessionFilesIn(process.argv.slice(1), process.cwd())];
    if (files.length === 0) openWindowFor(null);
    for (const file of files) openWindowFor(file);
    // Said once, at the start that found the damage (the file is kept aside, so never again).
    if (preferences.damaged) {
      void dialog.showMessageBox({ type: 'warning', message: hostLabel('damagedPreferences', prefs.uiLang, { file: preferences.damaged }) });
    }
    app.on('activate', () => {
      // macOS: clicking the dock icon with no window open brings one back.
      if (allSessionWindows().length === 0) openWindowFor(null);
    });
  });
}
