// Runs in the renderer. Whether the "Share by email" dialog is open: the toolbar button and the
// host's File ▸ Share by Email… menu command (commands.ts) both open it here; renderer/share
// shows it. Kept with the editor's state so that commands need not import a feature.
import type { Editor } from './editor.ts';
import { createStore } from './store.ts';

export const shareDialogOpen = createStore<boolean>(false);

/** Opens the dialog when there is a session to share and no other dialog is waiting. */
export function openShareDialog(editor: Editor): void {
  if (editor.doc.get() && !editor.dialog.get()) shareDialogOpen.set(true);
}
