// Runs in the Electron main process. One window per open session: its own handler table
// (dialogs attached to it, the file it was opened for), its title with the unsaved mark, and
// the Save / Don't Save / Cancel prompt when it closes with unsaved changes.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { app, BrowserWindow, dialog, screen } from 'electron';
import { MENU_CHANNEL, type ApiCalls, type DocumentState, type MenuCommand } from '../../shared/api.ts';
import type { ZoomStep } from '../../shared/zoom.ts';
import type { HandlerDeps } from '../handlers/deps.ts';
import { createHandlers } from '../handlers/index.ts';
import { placeWindow } from './window-placement.ts';
import { PathGrants } from '../handlers/path-grants.ts';
import { releaseJournals } from '../handlers/recovery.ts';
import { CloseFlow, type CloseAction } from './close-flow.ts';
import { hostLabel } from '../handlers/messages.ts';
import type { PreferencesStore } from '../handlers/preferences.ts';
import { defaultTemporaryFolders } from '../handlers/temporary-location.ts';
import { SESSION_EXTENSION } from '../handlers/session-files.ts';
import { electronMailProgram } from './mail-program.ts';
import { electronPrintPdf } from './print-pdf.ts';

const here = import.meta.dirname;
export const PRELOAD = path.join(here, 'preload.cjs');
export const INDEX_HTML = path.join(here, '..', 'renderer', 'index.html');

export interface SessionWindow {
  window: BrowserWindow;
  handlers: ApiCalls;
  state: DocumentState;
  file: string | null;
}

const windows = new Map<number, SessionWindow>();

export const sessionWindowOf = (webContentsId: number) => windows.get(webContentsId);
export const allSessionWindows = () => [...windows.values()];

export function sendMenuCommand(target: BrowserWindow | null | undefined, command: MenuCommand): void {
  target?.webContents.send(MENU_CHANNEL, command);
}

const sessionFilters = (lang: () => 'en' | 'zh') => [{ name: hostLabel('dialog.filterName', lang()), extensions: [SESSION_EXTENSION.slice(1)] }];

/** The Open dialog, of a window or (`win` null: macOS with no window open) of the app. */
export async function chooseSessionToOpen(win: BrowserWindow | null, lang: () => 'en' | 'zh'): Promise<string | null> {
  const options = { title: hostLabel('dialog.openTitle', lang()), filters: sessionFilters(lang), properties: ['openFile' as const] };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

function fileDialogs(win: BrowserWindow, lang: () => 'en' | 'zh'): HandlerDeps['dialogs'] {
  const filters = () => sessionFilters(lang);
  return {
    chooseOpenPath: () => chooseSessionToOpen(win, lang),
    async chooseSavePath(suggestedName, folder, extension) {
      const result = await dialog.showSaveDialog(win, {
        // An export names its own kind of file (.docx, .pdf, …), not a session.
        title: hostLabel(extension ? 'dialog.exportTitle' : 'dialog.saveTitle', lang()),
        defaultPath: path.join(folder ?? app.getPath('documents'), suggestedName),
        filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : filters(),
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}

function titleOf(state: DocumentState, lang: 'en' | 'zh'): string {
  const name = state.name || hostLabel('untitled', lang);
  // "•" before the name is the unsaved mark on Windows and Linux; macOS shows its own dot.
  return `${state.dirty && process.platform !== 'darwin' ? '• ' : ''}${name} — Orgwork`;
}

export interface OpenWindowOptions {
  file: string | null;
  preferences: PreferencesStore;
  uiLang: () => 'en' | 'zh';
  bounds?: { x?: number; y?: number; width: number; height: number };
  onBoundsChanged(bounds: { x: number; y: number; width: number; height: number; maximized: boolean }): void;
  /** The page zoom every window shares (View ▸ Zoom In / Zoom Out). */
  zoomFactor: number;
  /** Ctrl+wheel over the page asks for a zoom step; Electron does not zoom by itself. */
  onZoomRequest(step: ZoomStep): void;
  /** The page reported a new document state (the Edit menu names what Undo would undo). */
  onStateChanged?(): void;
}

export function openSessionWindow(options: OpenWindowOptions): SessionWindow {
  // As it was when the last window closed, moved back on screen if that screen is gone.
  const { maximized, ...placement } = placeWindow(options.bounds, screen.getAllDisplays().map((display) => display.workArea));
  const win = new BrowserWindow({
    ...placement,
    minWidth: 960,
    minHeight: 600,
    title: 'Orgwork',
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
      // Middle-click would open links in a new window, bypassing will-navigate.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      zoomFactor: options.zoomFactor,
    },
  });
  const deps: HandlerDeps = {
    dialogs: fileDialogs(win, options.uiLang),
    preferences: options.preferences,
    dataDir: app.getPath('userData'),
    temporaryFolders: [...defaultTemporaryFolders(), app.getPath('temp')],
    documentsFolder: app.getPath('documents'),
    initialFile: options.file,
    now: () => new Date(),
    newId: () => randomUUID(),
    uiLang: options.uiLang,
    printPdf: electronPrintPdf,
    // Share by email: the draft goes to the system's mail program.
    ...electronMailProgram,
  };
  const flow = new CloseFlow();
  const act = (action: CloseAction) => {
    if (action === 'close') win.close();
    else if (action === 'save') sendMenuCommand(win, 'save');
  };
  const grants = new PathGrants();
  const handlers = createHandlers(deps, {
    documentStateChanged(state) {
      // Electron's Edit menu names what Undo and Redo would do: rebuilt when the names change.
      // So is View ▸ Document Language when the session's languages change.
      const labelsChanged =
        state.undoLabel !== entry.state.undoLabel || state.redoLabel !== entry.state.redoLabel || String(state.docLangs) !== String(entry.state.docLangs);
      entry.state = state;
      if (labelsChanged) options.onStateChanged?.();
      win.setTitle(titleOf(state, options.uiLang()));
      win.setDocumentEdited(state.dirty);
      if (state.path) {
        win.setRepresentedFilename(state.path);
        // The system's recent documents (Windows Jump List, macOS Dock menu) list it too.
        app.addRecentDocument(state.path);
      }
      act(flow.documentChanged(state.dirty));
    },
  }, grants);
  const entry: SessionWindow = {
    window: win,
    file: options.file,
    state: { name: options.file ? path.basename(options.file) : '', path: options.file, dirty: false },
    handlers: {
      ...handlers,
      saveSession: async (request) => {
        const result = await handlers.saveSession(request);
        flow.saveEnded(result.status);
        return result;
      },
    },
  };
  const id = win.webContents.id;
  windows.set(id, entry);

  win.on('close', (event) => {
    // Linux never fires `resized`/`moved`: the size and place are saved on close as well.
    reportBounds();
    if (flow.closeRequested() === 'close') return;
    event.preventDefault();
    const lang = options.uiLang();
    const t = (key: string, params: Record<string, string> = {}) => hostLabel(`menu:unsaved.${key}`, lang, params);
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      message: t('message', { name: entry.state.name || hostLabel('untitled', lang) }),
      detail: t('detail'),
      buttons: [t('save'), t('dontSave'), t('cancel')],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    // Save: the renderer applies typed text and saves (asking where, if need be); a clean state reported back closes.
    act(flow.chose((['save', 'dontSave', 'cancel'] as const)[choice] ?? 'cancel'));
  });
  const reportBounds = () => {
    if (win.isDestroyed()) return;
    options.onBoundsChanged({ ...win.getNormalBounds(), maximized: win.isMaximized() });
  };
  win.webContents.on('zoom-changed', (_event, direction) => options.onZoomRequest(direction));
  win.on('resized', reportBounds);
  win.on('moved', reportBounds);
  win.on('closed', () => {
    windows.delete(id);
    // A journal left by a window closed without saving is a leftover the next start offers.
    releaseJournals(grants);
  });
  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
    win.show();
  });
  void win.loadFile(INDEX_HTML);
  return entry;
}
