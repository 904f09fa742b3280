// Runs everywhere (shared). The ONE contract between the renderer and the host that holds
// files, dialogs and preferences. Three implementations: electron/preload.ts (IPC to
// electron/main.ts), and the browser host (Playwright's exposeBinding); both call the same
// handler table in electron/handlers. The renderer only ever sees `window.orgwork`.
import type { Lang, Message } from './i18n.ts';
import type { ExportFormat } from './export/export-formats.ts';
import type { ParseError } from './model/errors.ts';
import type { Lineage, Session } from './model/types.ts';
import type { FillResult, TermBaseExport, TermBaseFormat, TermBaseImportResult, TermSuggestion } from './termbase/types.ts';

/** What a file looked like when we last read or wrote it, to notice a colleague's save over it. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
  /** SHA-256 of the bytes, hex. */
  hash: string;
}

export type DocumentNotice =
  /** Opened from a mail program's or the system's temporary folder: saving asks where to keep it. */
  | 'temporary-location'
  /** Restored from the recovery journal after a crash. */
  | 'recovered';

export interface OpenedDocument {
  /** null for a session never saved. */
  path: string | null;
  /** File name for the title bar ("ctoc-2017.orgwork"); empty for an untitled session. */
  name: string;
  session: Session;
  stamp: FileStamp | null;
  notices: DocumentNotice[];
}

export type OpenResult =
  | { status: 'opened'; document: OpenedDocument }
  | { status: 'cancelled' }
  /** The file is not a session Orgwork can open; it was not touched. */
  | { status: 'invalid'; path: string; errors: ParseError[] }
  | { status: 'failed'; path: string; reason: Message };

export interface SaveRequest {
  session: Session;
  /** Where the document lives now; null when never saved. */
  path: string | null;
  /** The stamp from open or the last save, to detect changes made on disk since. */
  stamp: FileStamp | null;
  /** Ask for a new location (Save As…), also implied for null paths and temporary locations. */
  saveAs?: boolean;
  /** The user saw the "changed on disk" warning and chose to overwrite. */
  overwriteExternalChange?: boolean;
  /** The document is in a temporary folder: ask where to keep it. */
  temporaryLocation?: boolean;
}

export type SaveResult =
  /** `lineage` is what the file now records; the renderer puts it on its session (not an edit). */
  | { status: 'saved'; path: string; name: string; stamp: FileStamp; lineage: Lineage }
  | { status: 'cancelled' }
  /** Someone else saved over the file since we read it; nothing was written. */
  | { status: 'changed-on-disk'; path: string }
  /** Read-only folder, disk full, …: nothing was lost, the session is still in memory. */
  | { status: 'failed'; path: string; reason: Message };

export type DocumentLang = Lang | 'both';

export interface ExportRequest {
  session: Session;
  format: ExportFormat;
  /** The document language: Chinese, English, or both one after the other. */
  lang: DocumentLang;
  /** Where the session file lives, to propose its folder; null when never saved. */
  path: string | null;
}

export type ExportResult =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  /** Nothing (or no complete file) was written; `reason` says why, in both languages. */
  | { status: 'failed'; reason: Message };

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export interface Preferences {
  uiLang: Lang;
  docLang: DocumentLang;
  recentFiles: string[];
  /** Seconds between recovery journal writes while there are unsaved changes. */
  recoveryIntervalSeconds: number;
  windowBounds?: WindowBounds;
}

export const DEFAULT_PREFERENCES: Preferences = {
  uiLang: 'en',
  docLang: 'zh',
  recentFiles: [],
  recoveryIntervalSeconds: 5,
};

export interface RecoveryEntry {
  /** One entry per open document (its window), stable while it stays open. */
  id: string;
  path: string | null;
  name: string;
  /** ISO instant of the last journal write. */
  savedAt: string;
  session: Session;
}

/** What the renderer tells the host about the open document, for the title bar and close prompts. */
export interface DocumentState {
  name: string;
  path: string | null;
  dirty: boolean;
}

/** Commands the host's menus send to the renderer (Electron menus; the browser host has none). */
export type MenuCommand =
  | 'new'
  | 'open'
  | 'save'
  | 'save-as'
  | 'close'
  | 'undo'
  | 'redo'
  | 'ui-lang:en'
  | 'ui-lang:zh'
  | 'doc-lang:zh'
  | 'doc-lang:en'
  | 'doc-lang:both'
  | `export:${ExportFormat}`
  | 'about';

export interface OrgworkApi {
  /** Which host the renderer runs in. */
  readonly host: 'electron' | 'browser';
  /** The document this window was opened for (a file from the command line or the OS), if any. */
  initialDocument(): Promise<OpenResult | null>;
  newSession(): Promise<OpenedDocument>;
  /** Opens `path`, or asks for one when omitted. */
  openSession(path?: string): Promise<OpenResult>;
  saveSession(request: SaveRequest): Promise<SaveResult>;
  setDocumentState(state: DocumentState): Promise<void>;
  getPreferences(): Promise<Preferences>;
  setPreferences(patch: Partial<Preferences>): Promise<Preferences>;
  /** Journal of unsaved edits; written while dirty, at most every few seconds. */
  writeRecovery(entry: Omit<RecoveryEntry, 'savedAt'>): Promise<void>;
  listRecovery(): Promise<RecoveryEntry[]>;
  discardRecovery(id: string): Promise<void>;
  /**
   * The version both sessions descend from, from the library of revisions this computer saved
   * or opened; null when there is none (then a merge is a two-way compare). See shared/merge.
   */
  commonAncestor(a: Session, b: Session): Promise<Session | null>;
  /** The other language of a term or title as typed, best first (the term base: glossary, imported and learned pairs). */
  termLookup(text: string, fromLang: Lang): Promise<TermSuggestion[]>;
  /** The session with every translation gap the term base knows filled, and what was filled, for review. Nothing is saved. */
  fillMissingTranslations(session: Session): Promise<FillResult>;
  /** The whole term base as a file's contents, for the renderer to offer for download. */
  exportTermBase(format: TermBaseFormat): Promise<TermBaseExport>;
  /** Adds the pairs of a CSV text (columns en, zh) to the term base. */
  importTermBase(text: string): Promise<TermBaseImportResult>;
  /** Builds an export of the session and writes it where the user chooses (a save dialog). */
  exportDocument(request: ExportRequest): Promise<ExportResult>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The request/response part of the API: what crosses IPC or the Playwright binding. */
export type ApiCalls = Omit<OrgworkApi, 'host' | 'onMenuCommand'>;
export type ApiMethod = keyof ApiCalls;
export const API_METHODS = [
  'initialDocument',
  'newSession',
  'openSession',
  'saveSession',
  'setDocumentState',
  'getPreferences',
  'setPreferences',
  'writeRecovery',
  'listRecovery',
  'discardRecovery',
  'commonAncestor',
  'termLookup',
  'fillMissingTranslations',
  'exportTermBase',
  'importTermBase',
  'exportDocument',
] as const satisfies readonly ApiMethod[];

/** The IPC channel of a method: one per method, so main can register and validate each. */
export const channelOf = (method: ApiMethod) => `orgwork:${method}`;
export const MENU_CHANNEL = 'orgwork:menu';
