// Runs in the renderer. An item's documents ("文件" / "Documentation" in the annotations, the
// list of documents): each a symbol and a title in Chinese and English, added, removed and
// put in order here. The whole list is one editItem per change, so each is one undo step.
import { useTranslation } from 'react-i18next';
import type { DocLang } from '../../shared/i18n.ts';
import type { DocumentRef, Item } from '../../shared/model/types.ts';
import { editItem } from '../../shared/schedule/index.ts';
import { useEditor } from '../state/context.tsx';
import { LangTextField, Section, TextField } from './fields.tsx';

/** `list` with the entry at `from` moved to `to`. */
function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [entry] = next.splice(from, 1);
  next.splice(to, 0, entry!);
  return next;
}

export function DocumentsField({ item, languages }: { item: Item; languages: readonly DocLang[] }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const documents = item.documents ?? [];
  const commit = (next: DocumentRef[]) => editor.apply((s) => editItem(s, item.id, { documents: next.length > 0 ? next : undefined }));
  const replace = (index: number, document: DocumentRef) => commit(documents.map((d, i) => (i === index ? document : d)));
  const move = (index: number, to: number) => {
    commit(moved(documents, index, to));
    // The moved entry's button keeps the focus, so it can be moved again; at the end of the
    // list that button is disabled, and its other one takes the focus.
    const [same, other] = to < index ? ['up', 'down'] : ['down', 'up'];
    requestAnimationFrame(() => {
      const button = (side: string) => document.getElementById(`document-${item.id}-${to}-${side}`) as HTMLButtonElement | null;
      const target = button(same!);
      (target && !target.disabled ? target : button(other!))?.focus();
    });
  };
  return (
    <Section title={t('item.documents')}>
      {documents.length === 0 && <p className="hint">{t('item.noDocuments')}</p>}
      <ol className="document-list">
        {documents.map((entry, index) => (
          <li className="document-entry" key={`${index}-${entry.symbol}`}>
            <TextField label={t('item.documentSymbol')} value={entry.symbol} onCommit={(symbol) => replace(index, { ...entry, symbol })} />
            <LangTextField
              label={t('item.documentTitle')}
              value={entry.title}
              languages={languages}
              multiline="long"
              terms
              onCommit={(title) => replace(index, title ? { ...entry, title } : { symbol: entry.symbol })}
            />
            <div className="button-row">
              <button
                type="button"
                className="button"
                id={`document-${item.id}-${index}-up`}
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
                aria-label={t('document:documents.moveUp', { symbol: entry.symbol })}
                title={t('document:documents.moveUp', { symbol: entry.symbol })}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                className="button"
                id={`document-${item.id}-${index}-down`}
                disabled={index === documents.length - 1}
                onClick={() => move(index, index + 1)}
                aria-label={t('document:documents.moveDown', { symbol: entry.symbol })}
                title={t('document:documents.moveDown', { symbol: entry.symbol })}
              >
                <span aria-hidden="true">↓</span>
              </button>
              <button type="button" className="link-button" onClick={() => commit(documents.filter((_, i) => i !== index))}>
                {t('item.removeDocument', { symbol: entry.symbol })}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => commit([...documents, { symbol: t('item.newDocumentSymbol') }])}>
        {t('item.addDocument')}
      </button>
    </Section>
  );
}
