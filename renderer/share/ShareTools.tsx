// Runs in the renderer. The toolbar's "Share by Email…" button (issue 7) and the dialog it opens;
// the host's File ▸ Share by Email… opens the same dialog (a feature request, see
// renderer/state/feature-requests.ts).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/context.tsx';
import { requestFeature, useFeatureRequest } from '../state/feature-requests.ts';
import { useStore } from '../state/store.ts';
import { ShareDialog } from './ShareDialog.tsx';

export function ShareTools() {
  const { t } = useTranslation('share');
  const editor = useEditor();
  const [open, setOpen] = useState(false);
  useFeatureRequest(['share'], () => setOpen(true));
  const hasDocument = useStore(editor.doc, (state) => state !== null);
  return (
    <div className="tool-group">
      <button type="button" className="tool" aria-haspopup="dialog" disabled={!hasDocument} onClick={() => requestFeature(editor, 'share')}>
        {t('button')}
      </button>
      {open && <ShareDialog onClose={() => setOpen(false)} />}
    </div>
  );
}
