// Runs in the renderer. The import preview: the items exactly as they will be added — numbers
// with sub-items indented, the Chinese and English titles, which are joint — and the warnings
// about the pasted text (lines left out, numbers skipped, a language missing for an item).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { HTML_LANG, useUiLang } from '../i18n.ts';
import type { AgendaPreview } from './agenda-preview.ts';

const isSubItem = (number: string) => number.includes('(');

export function ImportPreview({ preview }: { preview: AgendaPreview }) {
  const { t } = useTranslation('start');
  const uiLang = useUiLang();
  const id = useId();
  const { items, warnings } = preview;
  const joint = items.filter((item) => item.joint !== undefined).length;
  // A title missing in a language is marked only when that language was pasted at all.
  const pasted = { zh: items.some((item) => item.title.zh), en: items.some((item) => item.title.en) };
  return (
    <section className="import-preview" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('import.preview')}</h3>
      <p className="muted small" role="status">
        {items.length === 0 ? t('import.nothingYet') : t('import.found', { count: items.length, joint })}
      </p>
      {items.length > 0 && (
        <div className="import-table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-heading`}>
          <table className="import-table">
            <thead>
              <tr>
                <th scope="col">{t('import.column.number')}</th>
                <th scope="col">{t('import.column.zh')}</th>
                <th scope="col">{t('import.column.en')}</th>
                <th scope="col">{t('import.column.joint')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.number} className={isSubItem(item.number) ? 'is-sub-item' : undefined} data-number={item.number}>
                  <th scope="row" className="import-number">
                    {item.number}
                  </th>
                  <td lang={HTML_LANG.zh} className={item.title.zh || !pasted.zh ? undefined : 'is-missing'}>
                    {item.title.zh ?? '—'}
                  </td>
                  <td lang={HTML_LANG.en} className={item.title.en || !pasted.en ? undefined : 'is-missing'}>
                    {item.title.en ?? '—'}
                  </td>
                  <td className="import-joint">{item.joint !== undefined ? <span className="joint-mark">{t('import.joint')}</span> : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {warnings.length > 0 && (
        <ul className="import-warnings" aria-label={t('import.warnings', { count: warnings.length })}>
          {warnings.map((warning, index) => (
            <li key={index}>
              {warning.lang && (
                <span className="import-warning-where">
                  {warning.line === undefined ? t(`import.where.${warning.lang}`) : t(`import.whereLine.${warning.lang}`, { line: warning.line })}
                </span>
              )}
              {warning.message[uiLang]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
