// Runs in the renderer (sandboxed page). The i18next instance for UI strings; texts that
// shared/ produces (validation, document labels) come from shared/i18n.ts instead.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { DocLang, Lang } from '../shared/i18n.ts';
import enCompare from '../locales/en/compare.json' with { type: 'json' };
import enDocument from '../locales/en/document.json' with { type: 'json' };
import enRetime from '../locales/en/retime.json' with { type: 'json' };
import enShare from '../locales/en/share.json' with { type: 'json' };
import enStart from '../locales/en/start.json' with { type: 'json' };
import enTerms from '../locales/en/terms.json' with { type: 'json' };
import enUi from '../locales/en/ui.json' with { type: 'json' };
import enVersions from '../locales/en/versions.json' with { type: 'json' };
import zhCompare from '../locales/zh/compare.json' with { type: 'json' };
import zhDocument from '../locales/zh/document.json' with { type: 'json' };
import zhRetime from '../locales/zh/retime.json' with { type: 'json' };
import zhShare from '../locales/zh/share.json' with { type: 'json' };
import zhStart from '../locales/zh/start.json' with { type: 'json' };
import zhTerms from '../locales/zh/terms.json' with { type: 'json' };
import zhUi from '../locales/zh/ui.json' with { type: 'json' };
import zhVersions from '../locales/zh/versions.json' with { type: 'json' };

/** The value for `<html lang>`: UN Chinese is Simplified, and the tag picks the right CJK font. */
export const HTML_LANG = { ar: 'ar', en: 'en', es: 'es', fr: 'fr', ru: 'ru', zh: 'zh-Hans' } satisfies Record<DocLang, string>;

/** The system's language, until the preferences (read before the first render) say otherwise. */
function initialLanguage(): Lang {
  return navigator.languages.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  // `ui` for the editor itself; one namespace per feature area: `start` (new session wizard,
  // agenda import), `terms` (the term base), `share` (email), `compare` (compare and
  // merge), `versions` (named versions; shared/ writes the changelog from the same file),
  // `document` (editing what the agenda document needs, its preview, the export's notice),
  // `retime` (new times for the meetings from a slot template).
  resources: {
    en: { ui: enUi, start: enStart, terms: enTerms, share: enShare, compare: enCompare, versions: enVersions, document: enDocument, retime: enRetime },
    zh: { ui: zhUi, start: zhStart, terms: zhTerms, share: zhShare, compare: zhCompare, versions: zhVersions, document: zhDocument, retime: zhRetime },
  },
  lng: initialLanguage(),
  fallbackLng: 'en',
  ns: ['ui', 'start', 'terms', 'share', 'compare', 'versions', 'document', 'retime'],
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
