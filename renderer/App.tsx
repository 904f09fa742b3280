// Runs in the renderer (sandboxed page). The first screen; the shell and grid editor of
// DESIGN §7 replace its body later.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../shared/i18n.ts';
import { HTML_LANG } from './i18n.ts';

// Each language is named in itself, never translated, so a reader can find theirs
// whichever language the interface is currently in.
const LANGUAGE_NAMES = { en: 'English', zh: '中文' } satisfies Record<Lang, string>;
const LANGS = Object.keys(LANGUAGE_NAMES) as Lang[];

export function App() {
  const { t, i18n } = useTranslation('ui');
  const current: Lang = i18n.resolvedLanguage === 'zh' ? 'zh' : 'en';

  useEffect(() => {
    // Screen readers choose their voice, and the browser its CJK font, from <html lang>.
    document.documentElement.lang = HTML_LANG[current];
    document.title = t('appName');
  }, [current, t]);

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">{t('appName')}</h1>
        <div className="lang-toggle" role="group" aria-label={t('language.label')}>
          {LANGS.map((lang) => (
            <button
              key={lang}
              type="button"
              lang={HTML_LANG[lang]}
              aria-pressed={lang === current}
              onClick={() => void i18n.changeLanguage(lang)}
            >
              {LANGUAGE_NAMES[lang]}
            </button>
          ))}
        </div>
      </header>
      <main className="app-main">
        <p className="welcome">{t('welcome')}</p>
      </main>
    </div>
  );
}
