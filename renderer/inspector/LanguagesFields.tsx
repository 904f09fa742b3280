// Runs in the renderer. The session's document languages (which of the six, in which order),
// edited in the session inspector — each change one editSession, one undo step, and the plan
// check for missing translations follows the new list at once — and the two pickers of the
// languages the inspector shows side by side (remembered in the preferences).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocLang } from '../../shared/i18n.ts';
import { sessionLanguages } from '../../shared/model/languages.ts';
import type { Session } from '../../shared/model/types.ts';
import { editSession } from '../../shared/schedule/index.ts';
import { useEditor } from '../state/context.tsx';
import { inspectorLangs, withInspectorLang } from '../state/doc-langs.ts';
import { useStore } from '../state/store.ts';
import { Section } from './fields.tsx';
import { languagesToAdd, withLanguageAdded, withLanguageMoved, withLanguageRemoved } from './language-list.ts';

export function SessionLanguagesFields({ session }: { session: Session }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const addId = useId();
  const langs = sessionLanguages(session);
  const offered = languagesToAdd(langs);
  const [toAdd, setToAdd] = useState<DocLang | ''>('');
  const adding = toAdd !== '' && offered.includes(toAdd) ? toAdd : (offered[0] ?? '');
  const set = (languages: DocLang[]) => editor.apply((s) => editSession(s, { languages }));
  const name = (lang: DocLang) => t(`language.name.${lang}`);
  return (
    <Section title={t('session.languages')}>
      <p className="hint">{t('session.languagesHint')}</p>
      <ol className="language-list">
        {langs.map((lang, index) => (
          <li key={lang} data-lang={lang}>
            <span className="language-name">{name(lang)}</span>
            <span className="language-actions">
              <button type="button" className="link-button" disabled={index === 0} aria-label={t('session.languageUp', { language: name(lang) })} onClick={() => set(withLanguageMoved(langs, lang, -1))}>
                ↑
              </button>
              <button
                type="button"
                className="link-button"
                disabled={index === langs.length - 1}
                aria-label={t('session.languageDown', { language: name(lang) })}
                onClick={() => set(withLanguageMoved(langs, lang, 1))}
              >
                ↓
              </button>
              <button type="button" className="link-button" disabled={langs.length === 1} aria-label={t('session.languageRemove', { language: name(lang) })} onClick={() => set(withLanguageRemoved(langs, lang))}>
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      {offered.length > 0 && (
        <div className="zone-add">
          <label htmlFor={addId} className="visually-hidden">
            {t('session.languageAdd')}
          </label>
          <select id={addId} value={adding} onChange={(e) => setToAdd(e.target.value as DocLang)}>
            {offered.map((lang) => (
              <option key={lang} value={lang}>
                {name(lang)}
              </option>
            ))}
          </select>
          <button type="button" className="button" disabled={adding === ''} onClick={() => adding !== '' && set(withLanguageAdded(langs, adding))}>
            {t('session.languageAddButton')}
          </button>
        </div>
      )}
    </Section>
  );
}

/** The two languages side by side: shown when the session has more than two to choose from. */
export function InspectorLangPickers({ session }: { session: Session }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const id = useId();
  const chosen = useStore(editor.inspectorLangs, (langs) => langs);
  const langs = sessionLanguages(session);
  if (langs.length <= 2) return null;
  const { shown } = inspectorLangs(chosen, session);
  const choose = (side: 0 | 1, lang: DocLang) => {
    const next = withInspectorLang(shown, side, lang);
    editor.inspectorLangs.set(next);
    editor.host.setPreferences({ inspectorLangs: next }).catch((error: unknown) => console.error('orgwork:', error));
  };
  return (
    <div className="inspector-langs" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="field-label">
        {t('inspector.sideBySide')}
      </span>
      {([0, 1] as const).map((side) => (
        <span key={side} className="inspector-lang-picker">
          <label htmlFor={`${id}-${side}`} className="visually-hidden">
            {t(side === 0 ? 'inspector.firstLanguage' : 'inspector.secondLanguage')}
          </label>
          <select id={`${id}-${side}`} value={shown[side]} onChange={(e) => choose(side, e.target.value as DocLang)}>
            {langs.map((lang) => (
              <option key={lang} value={lang}>
                {t(`language.name.${lang}`)}
              </option>
            ))}
          </select>
        </span>
      ))}
    </div>
  );
}
