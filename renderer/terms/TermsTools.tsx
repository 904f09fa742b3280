// Runs in the renderer. The toolbar's "Terms ▾" menu: fill the session's missing translations
// from the term base (with a review), import an officer's term list, export the term base as
// CSV or TBX. The dialogs it opens give focus back to its button when they close.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FillResult } from '../../shared/termbase/index.ts';
import { MenuButton } from '../widgets/MenuButton.tsx';
import { useEditor } from '../state/context.tsx';
import { useFeatureRequest } from '../state/feature-requests.ts';
import { FillReview } from './FillReview.tsx';
import { ImportTerms } from './ImportTerms.tsx';
import { applyFills, proposeFills, saveTermBase } from './term-commands.ts';

type Entry = 'fill' | 'import' | 'exportCsv' | 'exportTbx';
/** Filling the session, then the term base's own files. */
const GROUPS: readonly (readonly Entry[])[] = [['fill'], ['import', 'exportCsv', 'exportTbx']];

export function TermsTools() {
  const { t } = useTranslation('terms');
  const editor = useEditor();
  const [review, setReview] = useState<FillResult | null>(null);
  const [importing, setImporting] = useState(false);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  /** After a dialog, focus goes back where the menu was opened from. */
  const refocus = () => requestAnimationFrame(() => buttonRef.current?.focus());

  const choose = async (entry: Entry) => {
    if (entry === 'import') return setImporting(true);
    if (entry === 'exportCsv' || entry === 'exportTbx') return void saveTermBase(editor, entry === 'exportCsv' ? 'csv' : 'tbx');
    setBusy(true);
    try {
      setReview(await proposeFills(editor));
    } finally {
      setBusy(false);
    }
  };

  // Edit ▸ Fill Missing Translations… in the desktop app.
  useFeatureRequest(['fill-translations'], () => void choose('fill'));

  return (
    <MenuButton
      label={t('menu.button')}
      buttonRef={buttonRef}
      busy={busy}
      groups={GROUPS.map((group) => group.map((entry) => ({ id: entry, label: t(`menu.${entry}`) })))}
      onChoose={(entry) => void choose(entry)}
    >
      {review && (
        <FillReview
          session={review.session}
          filled={review.filled}
          onApply={(accepted) => {
            setReview(null);
            applyFills(editor, accepted);
            refocus();
          }}
          onCancel={() => {
            setReview(null);
            refocus();
          }}
        />
      )}
      {importing && (
        <ImportTerms
          onClose={() => {
            setImporting(false);
            refocus();
          }}
        />
      )}
    </MenuButton>
  );
}
