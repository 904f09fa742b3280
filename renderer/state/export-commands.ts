// Runs in the renderer. Export (toolbar menu and the host's File ▸ Export): the host builds
// and writes the file (shared/api.ts exportDocument); here the language is chosen (the Export
// menu's, else the document language shown),
// progress is shown while it works (PDF takes about a second) and the outcome is said.
import type { ExportFormat } from '../../shared/export/export-formats.ts';
import type { DocumentLang } from '../../shared/api.ts';
import { effectiveDocLang } from './doc-langs.ts';
import type { Editor } from './editor.ts';
import { currentSession } from './history.ts';
import { uiMessage } from './messages.ts';

/** The last part of a path, on any platform. */
function splitPath(path: string): { folder: string; name: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return { folder: cut > 0 ? path.slice(0, cut) : path.slice(0, cut + 1), name: path.slice(cut + 1) };
}

/** The languages an export is made in: the one chosen in the Export menu, else the document language shown. */
export function exportLangOf(editor: Editor): DocumentLang {
  const session = editor.session();
  const chosen = editor.exportLang.get() ?? editor.docLang.get();
  return session ? effectiveDocLang(chosen, session) : chosen;
}

/** Exports the current session in the document language; one export at a time. */
export async function exportDocument(editor: Editor, format: ExportFormat): Promise<void> {
  const state = editor.doc.get();
  if (!state || editor.exporting.get()) return;
  editor.exporting.set(format);
  try {
    const result = await editor.host.exportDocument({
      session: currentSession(state.history),
      format,
      lang: exportLangOf(editor),
      path: state.file.path,
    });
    switch (result.status) {
      case 'saved':
        editor.say(uiMessage('export.saved', splitPath(result.path)));
        return;
      case 'cancelled':
        return;
      case 'failed':
        editor.say(uiMessage('export.failed', { reason: result.reason }), 'error');
        return;
    }
  } catch (error) {
    editor.say(uiMessage('file.hostError', { detail: error instanceof Error ? error.message : String(error) }), 'error');
  } finally {
    editor.exporting.set(null);
  }
}
