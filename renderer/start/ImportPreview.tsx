// Runs in the renderer. The import preview: the items exactly as they will be added — numbers
// with sub-items indented, the titles in each language pasted, which are joint — and the
// warnings about the pasted text (lines left out, numbers skipped, a language missing for an item).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DOC_LANGS } from '../../shared/i18n.ts';
import { useUiLang } from '../i18n.ts';
import { htmlLangOf } from '../terms/html-lang.ts';
import type { AgendaPreview } from './agenda-preview.ts';

const isSubItem = (number: string) => number.includes('(');

export function ImportPreview({ preview }: { preview: AgendaPreview }) {
  const { t } = useTranslation('start');
  const uiLang = useUiLang();
  const id = useId();
  const { items, warnings } = preview;
  const joint = items.filter((item) => item.joint !== undefined).length;
  // A column per box; a title missing in a language is marked only when that language was pasted at all.
  const columns = preview.languages;
  const pasted = new Set(DOC_LANGS.filter((lang) => items.some((item) => item.title[lang])));
  const languageName = (lang: (typeof DOC_LANGS)[number]) => t(`import.language.${lang}`);
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
                {columns.map((lang) => (
                  <th scope="col" key={lang}>
                    {t('import.column.title', { language: languageName(lang) })}
                  </th>
                ))}
                <th scope="col">{t('import.column.joint')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.number} className={isSubItem(item.number) ? 'is-sub-item' : undefined} data-number={item.number}>
                  <th scope="row" className="import-number">
                    {item.number}
                  </th>
                  {columns.map((lang) => (
                    <td key={lang} lang={htmlLangOf(lang)} dir={lang === 'ar' ? 'rtl' : undefined} className={item.title[lang] || !pasted.has(lang) ? undefined : 'is-missing'}>
                      {item.title[lang] ?? '—'}
                    </td>
                  ))}
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
                  {warning.line === undefined ? t('import.where', { language: languageName(warning.lang) }) : t('import.whereLine', { language: languageName(warning.lang), line: warning.line })}
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
