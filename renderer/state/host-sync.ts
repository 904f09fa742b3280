// Runs in the renderer. Keeps the host informed: the title bar and close prompt need the
// file name and the unsaved mark; the recovery journal needs the unsaved session, written
// at most every few seconds so typing never waits on the disk.
import type { DocumentState } from '../../shared/api.ts';
import type { Editor } from './editor.ts';
import { currentSession, isDirty, isUnsaved } from './history.ts';
import { fieldsWithTypedText } from './typed-text.ts';

export function syncWithHost(editor: Editor, recoveryIntervalSeconds: number): () => void {
  let sent: DocumentState | null = null;
  let journalTimer: ReturnType<typeof setTimeout> | null = null;
  let journalWritten = false;

  const report = (error: unknown) => console.error('orgwork host:', error);

  const writeJournal = () => {
    journalTimer = null;
    const state = editor.doc.get();
    if (!state || !isDirty(state.history)) return;
    journalWritten = true;
    editor.host
      .writeRecovery({ id: editor.recoveryId, path: state.file.path, name: state.file.name, stamp: state.file.stamp, session: currentSession(state.history) })
      .catch(report);
  };

  const onChange = () => {
    const state = editor.doc.get();
    if (!state) return;
    // Text typed in a field and not yet applied is unsaved too: the close prompt must ask.
    const dirty = isUnsaved(state.history, fieldsWithTypedText.get());
    const next: DocumentState = { name: state.file.name, path: state.file.path, dirty };
    if (!sent || sent.name !== next.name || sent.path !== next.path || sent.dirty !== next.dirty) {
      sent = next;
      editor.host.setDocumentState(next).catch(report);
    }
    if (dirty && journalTimer === null) {
      journalTimer = setTimeout(writeJournal, Math.max(1, recoveryIntervalSeconds) * 1000);
    } else if (!dirty && journalWritten) {
      // Saved (or undone back to the saved state): nothing left to recover.
      journalWritten = false;
      editor.host.discardRecovery(editor.recoveryId).catch(report);
    }
  };

  onChange();
  const unsubscribe = editor.doc.subscribe(onChange);
  const unsubscribeTyped = fieldsWithTypedText.subscribe(onChange);
  return () => {
    unsubscribe();
    unsubscribeTyped();
    if (journalTimer !== null) clearTimeout(journalTimer);
  };
}
