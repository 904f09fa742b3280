// Runs in Node (main process, browser host, tests). Everything the handler table needs from
// the outside, injected: Electron's dialogs in the app, prompts in the browser host, scripted
// answers in tests. Nothing here imports Electron, so the handlers run under vitest.
import type { Lang } from '../../shared/i18n.ts';
import type { PreferencesStore } from './preferences.ts';

export interface Dialogs {
  /** Asks for a session file to open; null when the user cancels. */
  chooseOpenPath(): Promise<string | null>;
  /**
   * Asks where to save; null when the user cancels. `extension` (no dot) is the kind of file
   * when it is not a session: an export.
   */
  chooseSavePath(suggestedName: string, defaultFolder?: string, extension?: string): Promise<string | null>;
}

export interface HandlerDeps {
  dialogs: Dialogs;
  preferences: PreferencesStore;
  /** The app's data folder: recovery journal, library. */
  dataDir: string;
  /** Folders mail programs and the OS drop attachments into (see temporary-location.ts). */
  temporaryFolders: string[];
  /** Folder proposed for saving when a document has none of its own (Documents). */
  documentsFolder: string;
  /** The file this window was started for, if any. */
  initialFile?: string | null;
  now(): Date;
  newId(): string;
  uiLang(): Lang;
  /**
   * Prints a self-contained HTML page to an A4 PDF: printToPDF in Electron, Chromium through
   * Playwright in the browser host. Without it, PDF exports fail with a message.
   */
  printPdf?(html: string): Promise<Uint8Array>;
  /**
   * Opens a file with the program the system gives its kind (an .eml: the mail program);
   * false when none took it. Electron: shell.openPath. Without it, a draft is only written.
   */
  openPath?(path: string): Promise<boolean>;
  /** Shows a file selected in the system's file manager. Electron: shell.showItemInFolder. */
  showInFolder?(path: string): Promise<void>;
  /** Opens a mailto: URL the share handler built and checked. Electron: shell.openExternal. */
  openMailto?(url: string): Promise<void>;
}
