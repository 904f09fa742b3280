// Runs everywhere (shared). The one i18next instance for texts that shared/ code produces
// itself: validation and edit messages, document labels. The renderer has its own
// instance for UI strings but loads the same locale files.
import i18next, { type TFunction } from 'i18next';
import enModel from '../locales/en/model.json' with { type: 'json' };
import zhModel from '../locales/zh/model.json' with { type: 'json' };
import enDoc from '../locales/en/doc.json' with { type: 'json' };
import zhDoc from '../locales/zh/doc.json' with { type: 'json' };
import enEdit from '../locales/en/edit.json' with { type: 'json' };
import zhEdit from '../locales/zh/edit.json' with { type: 'json' };
import enRules from '../locales/en/rules.json' with { type: 'json' };
import zhRules from '../locales/zh/rules.json' with { type: 'json' };
import enImport from '../locales/en/import.json' with { type: 'json' };
import zhImport from '../locales/zh/import.json' with { type: 'json' };
import enMerge from '../locales/en/merge.json' with { type: 'json' };
import zhMerge from '../locales/zh/merge.json' with { type: 'json' };
import enVersions from '../locales/en/versions.json' with { type: 'json' };
import zhVersions from '../locales/zh/versions.json' with { type: 'json' };
import arDoc from '../locales/ar/doc.json' with { type: 'json' };
import esDoc from '../locales/es/doc.json' with { type: 'json' };
import frDoc from '../locales/fr/doc.json' with { type: 'json' };
import ruDoc from '../locales/ru/doc.json' with { type: 'json' };
import { withVisibleControls } from './format/visible-controls.ts';

/** The languages of the interface and of messages to the user (issue 16 point 6: they stay two). */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The six official UN languages a document, and any text of a session, may be in. Alphabetical
 * by code: the file writes a text's languages in this order, which keeps `en` before `zh` as
 * files written before the other four existed have it.
 */
export const DOC_LANGS = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type DocLang = (typeof DOC_LANGS)[number];

export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);
/** Interface texts a document carries (a changelog, say) are in English when the document's language is not an interface language. */
export const interfaceLangOf = (lang: DocLang): Lang => (isLang(lang) ? lang : 'en');
export const isDocLang = (value: unknown): value is DocLang => (DOC_LANGS as readonly unknown[]).includes(value);

/** A text shown to a person, in every interface language. */
export type Message = Record<Lang, string>;

export const sharedResources = {
  en: { model: enModel, doc: enDoc, edit: enEdit, rules: enRules, import: enImport, merge: enMerge, versions: enVersions },
  zh: { model: zhModel, doc: zhDoc, edit: zhEdit, rules: zhRules, import: zhImport, merge: zhMerge, versions: zhVersions },
  // Documents only: the interface and its messages stay Chinese and English.
  ar: { doc: arDoc },
  es: { doc: esDoc },
  fr: { doc: frDoc },
  ru: { doc: ruDoc },
} as const;

const instance = i18next.createInstance();
void instance.init({
  resources: sharedResources,
  lng: 'en',
  fallbackLng: 'en',
  ns: ['model', 'doc', 'edit', 'rules', 'import', 'merge', 'versions'],
  // Messages are plain text, never HTML; exporters escape on their own.
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

const fixedT = Object.fromEntries(DOC_LANGS.map((lang) => [lang, instance.getFixedT(lang)])) as Record<DocLang, TFunction>;

/** A parameter may itself differ per language (a body's name, say). */
export type MessageParam = string | number | Partial<Record<Lang, string>>;

/** The value of a parameter in one language, falling back to the other. */
export function paramIn(value: MessageParam, lang: Lang): string | number {
  if (typeof value !== 'object') return value;
  return value[lang] ?? value[lang === 'en' ? 'zh' : 'en'] ?? '';
}

/** A parameter as a message shows it: control characters from a file escaped, never raw. */
export const visibleParam = (value: string | number) => (typeof value === 'string' ? withVisibleControls(value) : value);

/** `key` is `namespace:path`, e.g. `model:ref.unknownBody`. */
export function message(key: string, params: Record<string, MessageParam> = {}): Message {
  return messageWith(fixedT, key, params);
}

/** A Message from any i18next instance's fixed translators (the host and CLI have their own). */
export function messageWith(translators: Record<Lang, TFunction>, key: string, params: Record<string, MessageParam> = {}): Message {
  const out = {} as Message;
  for (const lang of LANGS) {
    const resolved: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) resolved[name] = visibleParam(paramIn(value, lang));
    out[lang] = translators[lang](key, resolved) as string;
  }
  return out;
}

// Labels without parameters never change at run time and derivations ask for the same few
// thousands of times ("（续）" on every continued row): look each up once.
const plainLabels = new Map<string, string>();

/** One label in one language (a document label may be in any of the six). */
export function label(key: string, lang: DocLang, params?: Record<string, string | number>): string {
  if (params) return fixedT[lang](key, params) as string;
  const cacheKey = `${lang}:${key}`;
  let text = plainLabels.get(cacheKey);
  if (text === undefined) {
    text = fixedT[lang](key) as string;
    plainLabels.set(cacheKey, text);
  }
  return text;
}
