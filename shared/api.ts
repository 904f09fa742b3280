// Runs everywhere (shared). The ONE contract between the renderer and the host that holds
// files, dialogs and preferences. Three implementations: electron/preload.ts (IPC to
// electron/main.ts), and the browser host (Playwright's exposeBinding); both call the same
// handler table in electron/handlers. The renderer only ever sees `window.orgwork`.
import type { DocLang, Lang, Message } from './i18n.ts';
import type { DocumentLanguage } from './export/document-language.ts';
import type { ExportFormat } from './export/export-formats.ts';
import type { ParseError } from './model/errors.ts';
import type { Lineage, Session } from './model/types.ts';
import type { LibraryBody, PastSessionEntry } from './schedule/library-entries.ts';
import type { FillResult, TermBaseExport, TermBaseFormat, TermBaseImportResult, TermSuggestion } from './termbase/types.ts';

/** The session file's extension; the host and the drop target both go by it. */
export const SESSION_EXTENSION = '.orgwork';

/** The MIME type electron-builder.yml registers for session files; a drag shows it where the system knows it. */
export const SESSION_MIME_TYPE = 'application/x-orgwork+json';

/** Whether a file name or path is a session file's: it ends in .orgwork, in any case (NOTES.ORGWORK from a Windows share). */
export const isSessionFileName = (name: string): boolean => name.toLowerCase().endsWith(SESSION_EXTENSION);

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

/** Another session file read to compare or merge with the open one; it is not opened. */
export type ReadSessionResult =
  | { status: 'read'; path: string; name: string; session: Session }
  | { status: 'cancelled' }
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

/** The document language(s) chosen: one of the six, Chinese then English ('both'), or all of the session's. */
export type DocumentLang = DocumentLanguage;

export type { LibraryBody, PastSessionEntry };

export interface NewSessionDefaults {
  id: string;
  /** Monday and Friday of the week after today. */
  from: string;
  to: string;
}

export interface ExportRequest {
  session: Session;
  format: ExportFormat;
  /** The document language: one of the six, or several one after the other (shared/export/document-language.ts). */
  lang: DocumentLang;
  /** Where the session file lives, to propose its folder; null when never saved. */
  path: string | null;
}

export type ExportResult =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  /** Nothing (or no complete file) was written; `reason` says why, in both languages. */
  | { status: 'failed'; reason: Message };

/** What a "share by email" draft can carry (built by electron/mail/share-attachments.ts). */
export const SHARE_ATTACHMENT_KINDS = ['orgwork', 'annex-docx', 'annex-pdf', 'document-docx'] as const;
export type ShareAttachmentKind = (typeof SHARE_ATTACHMENT_KINDS)[number];

export interface ShareRequest {
  /** The session as it is open (unsaved edits included). */
  session: Session;
  /** Where the session file lives, for the attachment's name and bytes; null when never saved. */
  path: string | null;
  recipients: string[];
  subject: string;
  message: string;
  attachments: ShareAttachmentKind[];
  /** The language of the annex in the body and of the attached exports. */
  lang: DocumentLang;
}

/** The field a refused request is wrong in, so the dialog shows the reason beside it. */
export type ShareField = 'recipients' | 'subject';

export type ShareResult =
  /** The .eml draft was written to the app's drafts folder and handed to the mail program. */
  | { status: 'opened'; path: string }
  /** Written, but no mail program took it: the renderer offers "show in folder" and a plain email. */
  | { status: 'written'; path: string }
  | { status: 'failed'; reason: Message }
  /** A recipient or the subject cannot go into a mail header; nothing was written. */
  | { status: 'invalid'; field: ShareField; reason: Message };

export type PlainEmailResult = { status: 'opened' } | { status: 'failed'; reason: Message } | { status: 'invalid'; field: ShareField; reason: Message };

export type ShowInFolderResult = { status: 'shown' } | { status: 'failed'; reason: Message };

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
  /** The desktop app's page zoom (View ▸ Zoom In / Zoom Out), 1 = 100 %. */
  zoomFactor?: number;
  /** Side panels the user has hidden to give the grid room. */
  hiddenPanels?: SidePanel[];
  /** How much the grid shows at once: compact fits a week on a laptop screen (one line a row). */
  density?: Density;
  /** Side panel widths in CSS pixels, as the user dragged them; absent: the default. */
  panelWidths?: Partial<Record<SidePanel, number>>;
  /** The two languages the inspector shows side by side (the session's others are folded); absent: the session's first two. */
  inspectorLangs?: DocLang[];
}

/** The narrowest and widest a side panel can be dragged (CSS pixels). */
export const PANEL_WIDTH_RANGE = { min: 140, max: 640 } as const;

/** The grid's density (View ▸ Compact, and the toolbar): normal, or one line a row. */
export const DENSITIES = ['normal', 'compact'] as const;
export type Density = (typeof DENSITIES)[number];

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
  /**
   * The file's stamp when it was opened or last saved: a recovered session is still checked
   * for a newer copy on disk before Save overwrites it. Absent in journals of older versions.
   */
  stamp?: FileStamp | null;
  /** ISO instant of the last journal write. */
  savedAt: string;
  session: Session;
}

/** What the renderer tells the host about the open document, for the title bar and close prompts. */
export interface DocumentState {
  name: string;
  path: string | null;
  dirty: boolean;
  /** What Edit ▸ Undo and Redo would do, in the interface language ("Undo: Moved item 5 of …"); absent: nothing to name. */
  undoLabel?: string;
  redoLabel?: string;
  /** The document-language choices the session offers (View ▸ Document Language lists them); absent: Chinese, English, both. */
  docLangs?: DocumentLanguage[];
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
  | `doc-lang:${DocumentLanguage}`
  | `export:${ExportFormat}`
  | 'share'
  | 'new-wizard'
  | 'import-agenda'
  | 'pair-joint'
  | 'fill-translations'
  | 'retime'
  | 'compare'
  | 'merge'
  | 'keys'
  | `toggle-panel:${SidePanel}`
  | `density:${Density}`
  | 'about';

/** The side panels of the main window, either of which the user may hide (View menu, their own buttons). */
export const SIDE_PANELS = ['agenda', 'inspector'] as const;
export type SidePanel = (typeof SIDE_PANELS)[number];

/** A web File object (a DOM type shared/ cannot name): only the renderer makes them, only the host reads them. */
export type WebFile = object;

export interface OrgworkApi {
  /** Which host the renderer runs in. */
  readonly host: 'electron' | 'browser';
  /** The document this window was opened for (a file from the command line or the OS), if any. */
  initialDocument(): Promise<OpenResult | null>;
  newSession(): Promise<OpenedDocument>;
  /** Opens `path`, or asks for one when omitted. */
  openSession(path?: string): Promise<OpenResult>;
  saveSession(request: SaveRequest): Promise<SaveResult>;
  /**
   * Opens a session file the user dropped on the window. `path` comes from `pathForFile`; the
   * host checks it is an existing .orgwork file before granting it (electron/handlers/dropped-file.ts).
   */
  openDroppedFile(path: string): Promise<OpenResult>;
  /**
   * Where a dropped file lives on disk, or '' when the host cannot tell (a File made in the
   * page, a drop from a browser). Synchronous and local: Electron's webUtils.getPathForFile in
   * the preload; the browser host's map filled by tests (electron/browser-host/launch.ts).
   */
  pathForFile(file: WebFile): string;
  /** Asks for a session file and reads it without opening it: the other copy to compare or merge with. */
  readSessionFile(): Promise<ReadSessionResult>;
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
  /**
   * A term or title as typed in `toLang`, best first (the term base: glossary, imported and
   * learned terms). Without `toLang`: Chinese for English, English for the other five.
   */
  termLookup(text: string, fromLang: DocLang, toLang?: DocLang): Promise<TermSuggestion[]>;
  /** The session with every translation gap the term base knows filled, and what was filled, for review. Nothing is saved. */
  fillMissingTranslations(session: Session): Promise<FillResult>;
  /** The whole term base as a file's contents, for the renderer to offer for download. */
  exportTermBase(format: TermBaseFormat): Promise<TermBaseExport>;
  /** Adds the terms of a CSV text (a column per language, header ar, en, es, fr, ru, zh; none: en, zh) or a TBX file to the term base. */
  importTermBase(text: string): Promise<TermBaseImportResult>;
  /** Writes the whole term base as CSV or TBX where the user chooses (a save dialog). */
  saveTermBase(format: TermBaseFormat): Promise<ExportResult>;
  /** Builds an export of the session and writes it where the user chooses (a save dialog). */
  exportDocument(request: ExportRequest): Promise<ExportResult>;
  /** Writes an .eml draft of the session (annex in the body, files attached) and opens it in the mail program. */
  shareByEmail(request: ShareRequest): Promise<ShareResult>;
  /** Shows a draft that shareByEmail wrote in the system's file manager; other paths are refused. */
  showInFolder(path: string): Promise<ShowInFolderResult>;
  /** Opens a plain email (mailto:, no attachments) to the same recipients with the same subject and text. */
  openMailto(request: ShareRequest): Promise<PlainEmailResult>;
  /** For the new-session wizard: a fresh session id and the weekdays of next week (the host's clock). */
  newSessionDefaults(): Promise<NewSessionDefaults>;
  /** The bodies of the sessions in the library (saved or opened on this computer), each at its latest meeting. */
  libraryBodies(): Promise<LibraryBody[]>;
  /** The sessions in the library, one entry (the latest revision) per session, latest first. */
  pastSessions(): Promise<PastSessionEntry[]>;
  /** One revision of the library as a session; null when the library does not hold its text. */
  pastSession(revision: string): Promise<Session | null>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The request/response part of the API: what crosses IPC or the Playwright binding. */
export type ApiCalls = Omit<OrgworkApi, 'host' | 'onMenuCommand' | 'pathForFile'>;
export type ApiMethod = keyof ApiCalls;
export const API_METHODS = [
  'initialDocument',
  'newSession',
  'openSession',
  'saveSession',
  'openDroppedFile',
  'readSessionFile',
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
  'saveTermBase',
  'exportDocument',
  'newSessionDefaults',
  'libraryBodies',
  'pastSessions',
  'pastSession',
  'shareByEmail',
  'showInFolder',
  'openMailto',
] as const satisfies readonly ApiMethod[];

/** The IPC channel of a method: one per method, so main can register and validate each. */
export const channelOf = (method: ApiMethod) => `orgwork:${method}`;
export const MENU_CHANNEL = 'orgwork:menu';
