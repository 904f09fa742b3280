// Runs in the renderer. New, Open, Save and Save As: the host does the file work
// (shared/api.ts); here every outcome it reports becomes something the user sees.
import { isSessionFileName, type OpenedDocument, type OpenResult } from '../../shared/api.ts';
import type { Editor } from './editor.ts';
import { currentSession, isDirty } from './history.ts';
import { uiMessage } from './messages.ts';

/** A host call that failed outright (the binding or IPC threw): said, never swallowed. */
async function reaching<T>(editor: Editor, call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (error) {
    editor.say(uiMessage('file.hostError', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    return null;
  }
}

/** Asks before unsaved changes would be replaced; true when it is fine to go on. */
export async function confirmDiscard(editor: Editor): Promise<boolean> {
  const state = editor.doc.get();
  if (!state || !isDirty(state.history)) return true;
  const choice = await editor.ask('unsaved', { name: state.file.name });
  if (choice === 'cancel') return false;
  if (choice === 'save') return saveDocument(editor);
  return true;
}

/** A document in the window. Restored work says so once, in its notice above the grid (DocumentNotices), until saved. */
function opened(editor: Editor, document: OpenedDocument): void {
  editor.load(document);
}

export async function newDocument(editor: Editor): Promise<void> {
  if (!(await confirmDiscard(editor))) return;
  const document = await reaching(editor, () => editor.host.newSession());
  if (document) opened(editor, document);
}

export async function openDocument(editor: Editor, path?: string): Promise<void> {
  if (!(await confirmDiscard(editor))) return;
  await openWithoutAsking(editor, path);
}

async function openWithoutAsking(editor: Editor, path?: string): Promise<void> {
  // No argument at all when no path: the host checks arguments strictly, and IPC would pass `undefined` on.
  const result = await reaching(editor, () => (path === undefined ? editor.host.openSession() : editor.host.openSession(path)));
  if (result) await showOpenResult(editor, result);
}

/**
 * A file dropped on the window (chrome/FileDrop.tsx): a session file opens as with File ▸ Open,
 * unsaved changes asked about first; anything else is said and left alone. The name is checked
 * here only to say so at once; the host checks the path again before it grants it.
 */
export async function openDroppedFiles(editor: Editor, files: readonly File[]): Promise<void> {
  if (files.length !== 1) {
    editor.say(uiMessage('drop.oneFile', { number: files.length }), 'error');
    return;
  }
  const file = files[0]!;
  if (!isSessionFileName(file.name)) {
    editor.say(uiMessage('drop.notSession', { name: file.name }), 'error');
    return;
  }
  const path = editor.host.pathForFile(file);
  if (!path) {
    editor.say(uiMessage('drop.noPath', { name: file.name }), 'error');
    return;
  }
  if (!(await confirmDiscard(editor))) return;
  const result = await reaching(editor, () => editor.host.openDroppedFile(path));
  if (result) await showOpenResult(editor, result);
}

/** True when a document was opened. */
async function showOpenResult(editor: Editor, result: OpenResult): Promise<boolean> {
  switch (result.status) {
    case 'opened':
      opened(editor, result.document);
      editor.say(uiMessage('file.opened', { name: result.document.name }));
      return true;
    case 'cancelled':
      return false;
    case 'invalid':
      await editor.ask('invalid-file', { path: result.path, errors: result.errors });
      return false;
    case 'failed':
      // The host's reason is the whole sentence, path included ("Could not open …: the file does not exist.").
      editor.say(result.reason, 'error');
      return false;
  }
}

/** Saves the current session; true when it is on disk afterwards. */
export async function saveDocument(editor: Editor, options: { saveAs?: boolean; overwrite?: boolean } = {}): Promise<boolean> {
  const state = editor.doc.get();
  if (!state) return false;
  const session = currentSession(state.history);
  const { path, stamp, notices } = state.file;
  const result = await reaching(editor, () =>
    editor.host.saveSession({
      session,
      path,
      stamp,
      saveAs: options.saveAs ?? false,
      overwriteExternalChange: options.overwrite ?? false,
      temporaryLocation: notices.includes('temporary-location'),
    }),
  );
  if (!result) return false;
  switch (result.status) {
    case 'saved':
      editor.markSaved(session, { path: result.path, name: result.name, stamp: result.stamp }, result.lineage);
      editor.say(uiMessage('file.saved', { name: result.name }));
      return true;
    case 'cancelled':
      return false;
    case 'changed-on-disk': {
      const choice = await editor.ask('changed-on-disk', { path: result.path });
      if (choice === 'overwrite') return saveDocument(editor, { ...options, overwrite: true });
      if (choice === 'reload') await openWithoutAsking(editor, result.path);
      return false;
    }
    case 'failed':
      // As for opening: the host's reason is the whole sentence, path included. Nothing was
      // written, so the way out is another file: offered beside the message (a read-only file,
      // a folder gone, a full disk alike).
      editor.say(result.reason, 'error', { label: uiMessage('file.saveAsInstead'), run: () => void saveDocument(editor, { saveAs: true }) });
      return false;
  }
}

/**
 * At start: offer work the recovery journal kept from a crash; else the file this window was
 * opened for; else a new session.
 */
export async function startUp(editor: Editor): Promise<void> {
  const entries = (await reaching(editor, () => editor.host.listRecovery())) ?? [];
  const others = entries.filter((entry) => entry.id !== editor.recoveryId);
  if (others.length > 0) {
    const chosen = await editor.ask('recovery', { entries: others });
    if (chosen) {
      // With its stamp, Save still asks before overwriting a copy changed on disk since.
      opened(editor, { path: chosen.path, name: chosen.name, session: chosen.session, stamp: chosen.stamp ?? null, notices: ['recovered'] });
      await reaching(editor, () => editor.host.discardRecovery(chosen.id));
      return;
    }
    for (const entry of others) await reaching(editor, () => editor.host.discardRecovery(entry.id));
  }
  const initial = await reaching(editor, () => editor.host.initialDocument());
  if (initial && (await showOpenResult(editor, initial))) return;
  const document = await reaching(editor, () => editor.host.newSession());
  if (document) opened(editor, document);
}
