// Runs in the renderer (sandboxed page). The i18next instance for UI strings; texts that
// shared/ produces (validation, document labels) come from shared/i18n.ts instead.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Lang } from '../shared/i18n.ts';
import enUi from '../locales/en/ui.json' with { type: 'json' };
import zhUi from '../locales/zh/ui.json' with { type: 'json' };

/** The value for `<html lang>`: UN Chinese is Simplified, and the tag picks the right CJK font. */
export const HTML_LANG = { en: 'en', zh: 'zh-Hans' } satisfies Record<Lang, string>;

/** The system's language, until the preferences (read before the first render) say otherwise. */
function initialLanguage(): Lang {
  return navigator.languages.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { en: { ui: enUi }, zh: { ui: zhUi } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  ns: ['ui'],
  defaultNS: 'ui',
  // React escapes what it renders; escaping here too would show &amp; in the UI.
  interpolation: { escapeValue: false },
  // Resources are bundled, so there is nothing to wait for and no Suspense fallback to show.
  initAsync: false,
  react: { useSuspense: false },
  showSupportNotice: false,
});

/** The interface language as a Lang. */
export function useUiLang(): Lang {
  const { i18n: instance } = useTranslation();
  return instance.resolvedLanguage === 'zh' ? 'zh' : 'en';
}
