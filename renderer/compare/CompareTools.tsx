// Runs in the renderer. The toolbar's "Compare ▾" menu: "Compare with file…" opens the change
// list panel and the grid's highlights; "Merge with file…" the merge dialog. A comparison or
// merge belongs to the document it was started on: opening another one ends it.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MenuButton } from '../widgets/MenuButton.tsx';
import { useEditor } from '../state/context.tsx';
import { useFeatureRequest } from '../state/feature-requests.ts';
import { useStore } from '../state/store.ts';
import { compareWithFile, mergeWithFile } from './commands.ts';
import { compareButtonRef, comparison, pendingMerge } from './comparison.ts';
import { MergeDialog } from './MergeDialog.tsx';

export function CompareTools() {
  const { t } = useTranslation('compare');
  const editor = useEditor();
  // The first entry of the history is new exactly when another document is loaded.
  const loaded = useStore(editor.doc, (state) => state?.history.entries[0] ?? null);
  useEffect(() => {
    comparison.set(null);
    pendingMerge.set(null);
  }, [loaded]);

  const run = (entry: 'compare' | 'merge') => void (entry === 'compare' ? compareWithFile(editor) : mergeWithFile(editor));
  // File ▸ Compare with File… and Merge with File… in the desktop app.
  useFeatureRequest(['compare', 'merge'], run);

  return (
    <MenuButton
      label={t('menu.button')}
      buttonRef={compareButtonRef}
      groups={[
        [
          { id: 'compare', label: t('menu.compare') },
          { id: 'merge', label: t('menu.merge') },
        ],
      ]}
      onChoose={run}
    >
      <MergeDialog />
    </MenuButton>
  );
}
