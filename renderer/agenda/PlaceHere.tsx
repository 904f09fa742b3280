// Runs in the renderer. The keyboard's (and pointer's) alternative to dragging: place the
// selected item where the grid's focus is. Says where that is, so nothing lands by surprise.
import { useTranslation } from 'react-i18next';
import { placeAtFocus } from '../grid/focus-target.ts';
import { itemName, slotName } from '../state/place-names.ts';
import { gridLines } from '../state/grid-layout.ts';
import { HTML_LANG, useUiLang } from '../i18n.ts';
import { useEditor, useSession, useShownLangs } from '../state/context.tsx';
import { useStore } from '../state/store.ts';

export function PlaceHere() {
  const { t } = useTranslation();
  const editor = useEditor();
  const session = useSession()!;
  const uiLang = useUiLang();
  const docLang = useShownLangs()[0]!;
  const itemId = useStore(editor.selection, (s) => (s.kind === 'item' ? s.id : null));
  const focusLine = useStore(editor.focus, (f) => f.line);
  const line = gridLines(session).find((l) => l.key === focusLine);
  const where = line && (line.kind === 'row' || line.kind === 'empty-slot') ? slotName(session, line.at, uiLang) : null;
  return (
    <div className="place-here">
      <button type="button" className="button" disabled={!itemId || !where} aria-keyshortcuts="P" onClick={() => itemId && placeAtFocus(editor, itemId)}>
        {t('agenda.placeHere')}
      </button>
      <p className="place-here-detail small" aria-live="off">
        {/* The item as the document names it; the place in the interface's words. */}
        {itemId ? <span lang={HTML_LANG[docLang]} dir="auto">{itemName(session, itemId, docLang)}</span> : t('agenda.selectFirst')}
        {' → '}
        {where ?? t('agenda.focusASlot')}
      </p>
    </div>
  );
}
