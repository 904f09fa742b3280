// Runs in the renderer. The toolbar's "Share by Email…" button (issue 7) and the dialog it opens;
// the host's File ▸ Share by Email… opens the same dialog (renderer/state/commands.ts).
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/context.tsx';
import { useStore } from '../state/store.ts';
import { ShareDialog } from './ShareDialog.tsx';
import { openShareDialog, shareDialogOpen } from '../state/share-request.ts';

export function ShareTools() {
  const { t } = useTranslation('share');
  const editor = useEditor();
  const open = useStore(shareDialogOpen, (value) => value);
  const hasDocument = useStore(editor.doc, (state) => state !== null);
  return (
    <div className="tool-group">
      <button type="button" className="tool" aria-haspopup="dialog" disabled={!hasDocument} onClick={() => openShareDialog(editor)}>
        {t('button')}
      </button>
      {open && <ShareDialog onClose={() => shareDialogOpen.set(false)} />}
    </div>
  );
}
