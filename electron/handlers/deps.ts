// Runs in Node (main process, browser host, tests). Everything the handler table needs from
// the outside, injected: Electron's dialogs in the app, prompts in the browser host, scripted
// answers in tests. Nothing here imports Electron, so the handlers run under vitest.
import type { Lang } from '../../shared/i18n.ts';
import type { PreferencesStore } from './preferences.ts';

export interface Dialogs {
  /** Asks for a session file to open; null when the user cancels. */
  chooseOpenPath(): Promise<string | null>;
  /** Asks where to save; null when the user cancels. */
  chooseSavePath(suggestedName: string, defaultFolder?: string): Promise<string | null>;
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
}
