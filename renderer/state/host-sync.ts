// Runs in the renderer. Keeps the host informed: the title bar and close prompt need the
// file name and the unsaved mark; Electron's Edit menu what Undo and Redo would do (named a
// moment after the edits stop: naming compares two sessions); the recovery journal needs
// the unsaved session, written at most every few seconds so typing never waits on the disk.
import type { DocumentState } from '../../shared/api.ts';
import { i18n } from '../i18n.ts';
import type { Editor } from './editor.ts';
import { currentSession, isDirty, isUnsaved, type History } from './history.ts';
import { stepMessage } from './messages.ts';
import { redoName, shortName, undoName, type StepName } from './step-names.ts';

/** How long after the last edit the menu's Undo and Redo are named again. */
const NAMING_DELAY_MS = 400;

/** "Undo: Moved item 5 of …" in the interface language, for a menu item; absent when unnamed. */
function stepLabels(history: History): Pick<DocumentState, 'undoLabel' | 'redoLabel'> {
  const lang = i18n.resolvedLanguage === 'zh' ? 'zh' : 'en';
  const label = (key: string, name: StepName | null) => (name ? i18n.t(key, { lng: lang, what: shortName(stepMessage(name)[lang]) }) : undefined);
  const undoLabel = label('history.undoNamed', undoName(history));
  const redoLabel = label('history.redoNamed', redoName(history));
  return { ...(undoLabel && { undoLabel }), ...(redoLabel && { redoLabel }) };
}
import { docLangChoices } from './doc-langs.ts';
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

  let labels: Pick<DocumentState, 'undoLabel' | 'redoLabel'> = {};
  let namingTimer: ReturnType<typeof setTimeout> | null = null;
  const send = () => {
    const state = editor.doc.get();
    if (!state) return;
    // Text typed in a field and not yet applied is unsaved too: the close prompt must ask.
    const dirty = isUnsaved(state.history, fieldsWithTypedText.get());
    const next: DocumentState = { name: state.file.name, path: state.file.path, dirty, ...labels, docLangs: docLangChoices(currentSession(state.history)) };
    if (JSON.stringify(sent) !== JSON.stringify(next)) {
      sent = next;
      editor.host.setDocumentState(next).catch(report);
    }
  };
  const nameSteps = () => {
    namingTimer = null;
    const state = editor.doc.get();
    if (!state) return;
    labels = stepLabels(state.history);
    send();
  };
  // Only Electron has menus to name; the browser host shows the toolbar's tooltips only.
  const scheduleNaming = () => {
    if (editor.host.host !== 'electron') return;
    if (namingTimer !== null) clearTimeout(namingTimer);
    namingTimer = setTimeout(nameSteps, NAMING_DELAY_MS);
  };

  const onChange = () => {
    const state = editor.doc.get();
    if (!state) return;
    const dirty = isDirty(state.history);
    send();
    scheduleNaming();
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
  i18n.on('languageChanged', scheduleNaming);
  return () => {
    unsubscribe();
    unsubscribeTyped();
    i18n.off('languageChanged', scheduleNaming);
    if (journalTimer !== null) clearTimeout(journalTimer);
    if (namingTimer !== null) clearTimeout(namingTimer);
  };
}
