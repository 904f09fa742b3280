// Runs in the renderer. The editor's state in one place: the open document with its undo
// history, the selection, the grid focus, the document language, the message bar and the
// open dialog. Every edit goes through `apply`, which runs one shared/schedule operation
// and either records the new session or shows why it was refused — never silently.
import type { Density, DocumentLang, DocumentNotice, FileStamp, OpenedDocument, OrgworkApi, RecoveryEntry, SidePanel } from '../../shared/api.ts';
import type { ExportFormat } from '../../shared/export/export-formats.ts';
import { capitalized } from '../../shared/format/text.ts';
import type { DocLang, Message } from '../../shared/i18n.ts';
import type { ParseError } from '../../shared/model/errors.ts';
import type { Lineage, Session } from '../../shared/model/types.ts';
import type { EditResult } from '../../shared/schedule/edit.ts';
import { currentSession, markSaved, record, redo, startHistory, undo, canRedo, canUndo, type History } from './history.ts';
import { stepMessage, uiMessage } from './messages.ts';
import { redoName, undoName } from './step-names.ts';
import { focusKey, selectionKeys, SESSION_SELECTION, type GridFocus, type Selection } from './selection.ts';
import { createKeyedStore, createStore } from './observable.ts';

export interface FileInfo {
  path: string | null;
  name: string;
  stamp: FileStamp | null;
  notices: DocumentNotice[];
}

export interface DocState {
  file: FileInfo;
  history: History;
  /** Counts the documents loaded into this window: views that start over for a new document key on it. */
  opened: number;
}

export type Tone = 'error' | 'info';

export interface Notice {
  text: Message;
  tone: Tone;
  /** Distinguishes two equal messages in a row, so the live region speaks again. */
  seq: number;
  /** What the message offers to do about it ("Save as…" after a failed save): a button beside it. */
  action?: NoticeAction;
}

export interface NoticeAction {
  label: Message;
  run(): void;
}

/** A dialog waiting for the user; `resolve` receives the choice. */
export type DialogState =
  | { kind: 'unsaved'; name: string; resolve: (choice: 'save' | 'discard' | 'cancel') => void }
  | { kind: 'changed-on-disk'; path: string; resolve: (choice: 'overwrite' | 'reload' | 'cancel') => void }
  | { kind: 'invalid-file'; path: string; errors: ParseError[]; resolve: () => void }
  | { kind: 'recovery'; entries: RecoveryEntry[]; resolve: (choice: RecoveryEntry | null) => void }
  | { kind: 'hybrid-retime'; meetings: number; resolve: (choice: 'retime' | 'switch' | 'cancel') => void }
  | { kind: 'duplicate-day'; date: string; suggested: string; resolve: (to: string | null) => void }
  | { kind: 'keys'; resolve: () => void }
  | { kind: 'about'; resolve: () => void };

export type EditOperation = (session: Session) => EditResult;

/** A random id without crypto.randomUUID, which exists only in secure contexts. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class Editor {
  readonly doc = createStore<DocState | null>(null);
  readonly selection = createKeyedStore<Selection>(SESSION_SELECTION, selectionKeys);
  readonly focus = createKeyedStore<GridFocus>({ line: '', col: 0 }, (focus) => [focusKey(focus.line, focus.col)]);
  /** The document language the user chose (remembered in preferences); what a session shows of it: doc-langs.ts. */
  readonly docLang = createStore<DocumentLang>('zh');
  /** The language an export is made in, when chosen in the Export menu; null: the document language. */
  readonly exportLang = createStore<DocumentLang | null>(null);
  /** The inspector's side-by-side pair (remembered in preferences); undefined: the session's first two. */
  readonly inspectorLangs = createStore<readonly DocLang[] | undefined>(undefined);
  /** Side panels hidden to give the grid room (remembered in preferences). */
  readonly hiddenPanels = createStore<readonly SidePanel[]>([]);
  /** Normal, or compact: one line a row, so a week fits a laptop's screen (remembered in preferences). */
  readonly density = createStore<Density>('normal');
  /** Side panel widths the user dragged (remembered in preferences); absent: the stylesheet's. */
  readonly panelWidths = createStore<Partial<Record<SidePanel, number>>>({});
  readonly notice = createStore<Notice | null>(null);
  /** The lower panel's tab shown (the preview, the problems, the versions): the status bar and the grid's problem marks open the problems. */
  readonly panelTab = createStore<string>('preview');
  /** The export being built and written (a PDF takes about a second), for the progress indicator. */
  readonly exporting = createStore<ExportFormat | null>(null);
  /** Spoken by screen readers only (undo, redo, moves): the visible bar is for what needs reading. */
  readonly announcement = createStore<Notice | null>(null);
  readonly dialog = createStore<DialogState | null>(null);
  /** The grid line whose slot times are being edited in place (F2), if any. */
  readonly editingTimes = createStore<string | null>(null);
  /** This window's entry in the recovery journal. */
  readonly recoveryId = randomId();
  private seq = 0;
  /** An edit made away from the grid's keys (a pointer drop) wants the grid's focus cell focused once drawn. */
  private gridFocusWanted = false;

  constructor(readonly host: OrgworkApi) {}

  session(): Session | null {
    const state = this.doc.get();
    return state ? currentSession(state.history) : null;
  }

  load(document: OpenedDocument): void {
    const { session, path, name, stamp, notices } = document;
    this.doc.set({
      opened: (this.doc.get()?.opened ?? 0) + 1,
      file: { path, name, stamp, notices },
      // Restored work was never saved to the file: it starts out unsaved.
      history: startHistory(session, !notices.includes('recovered')),
    });
    this.selection.set(SESSION_SELECTION);
    this.focus.set({ line: '', col: 0 });
    this.notice.set(null);
    // Read by the editor benchmark (test/bench/editor.ts): from here to the grid's first paint.
    performance.mark('orgwork:document-loaded');
  }

  /** Runs an edit; on refusal shows its reason and returns the refusal. */
  apply(operation: EditOperation): EditResult | null {
    const state = this.doc.get();
    if (!state) return null;
    const result = operation(currentSession(state.history));
    if (!result.ok) {
      this.refuse(result.error);
      return result;
    }
    this.doc.set({ ...state, history: record(state.history, result.session) });
    this.clearNotice();
    return result;
  }

  /**
   * A message about the document (a refusal, "Saved", "Opened") stays only until the document
   * changes again: then it no longer holds. What the edit itself goes on to say comes after.
   */
  private clearNotice(): void {
    this.notice.set(null);
  }

  /** Moves the grid's focus to `focus` and has the grid give that cell the keyboard focus (and scroll to it) once drawn. */
  focusGridAfterEdit(focus: GridFocus): void {
    this.focus.set(focus);
    this.gridFocusWanted = true;
  }

  /** Whether a focus request waits (the grid asks once per render, and takes it). */
  takeGridFocusRequest(): boolean {
    const wanted = this.gridFocusWanted;
    this.gridFocusWanted = false;
    return wanted;
  }

  undo(): void {
    const state = this.doc.get();
    if (!state || !canUndo(state.history)) return this.announce(uiMessage('history.nothingToUndo'));
    const name = undoName(state.history);
    this.doc.set({ ...state, history: undo(state.history) });
    this.clearNotice();
    this.announce(name ? uiMessage('history.undoneNamed', { what: stepMessage(name) }) : uiMessage('history.undone'));
  }

  redo(): void {
    const state = this.doc.get();
    if (!state || !canRedo(state.history)) return this.announce(uiMessage('history.nothingToRedo'));
    const name = redoName(state.history);
    this.doc.set({ ...state, history: redo(state.history) });
    this.clearNotice();
    this.announce(name ? uiMessage('history.redoneNamed', { what: stepMessage(name) }) : uiMessage('history.redone'));
  }

  markSaved(session: Session, file: Pick<FileInfo, 'path' | 'name' | 'stamp'>, lineage?: Lineage): void {
    const state = this.doc.get();
    if (!state) return;
    this.doc.set({
      ...state,
      // Kept somewhere permanent now: the temporary-location notice no longer applies.
      file: { ...file, notices: state.file.notices.filter((n) => n !== 'temporary-location' && n !== 'recovered') },
      history: markSaved(state.history, session, lineage),
    });
  }

  dismissNotice(notice: DocumentNotice): void {
    const state = this.doc.get();
    if (state) this.doc.set({ ...state, file: { ...state.file, notices: state.file.notices.filter((n) => n !== notice) } });
  }

  /** Shows a message in the message bar (a polite live region). */
  say(text: Message, tone: Tone = 'info', action?: NoticeAction): void {
    this.notice.set({ text, tone, seq: ++this.seq, ...(action ? { action } : {}) });
  }

  /**
   * An edit's refusal. Refusals are written to follow "path: " on the command line
   * ("item 5 is already placed…"); shown alone they start a sentence. Only they are
   * capitalized: another message may begin with a file name, which must stay as it is.
   */
  refuse(reason: Message): void {
    this.say({ en: capitalized(reason.en), zh: capitalized(reason.zh) }, 'error');
  }

  announce(text: Message): void {
    this.announcement.set({ text, tone: 'info', seq: ++this.seq });
  }

  /** Opens a dialog and waits for the user's choice. */
  ask<K extends DialogState['kind']>(
    kind: K,
    details: Omit<Extract<DialogState, { kind: K }>, 'kind' | 'resolve'>,
  ): Promise<Parameters<Extract<DialogState, { kind: K }>['resolve']>[0]> {
    return new Promise((resolve) => {
      const done = (choice: unknown) => {
        this.dialog.set(null);
        resolve(choice as never);
      };
      this.dialog.set({ kind, ...details, resolve: done } as unknown as DialogState);
    });
  }
}
