// Runs everywhere (shared). Rule texts filled in without i18next's interpolation, which costs
// some 50 µs a call (it copies its options each time): checkSession runs on every edit and
// makes a few texts per problem. The templates still come from the locale files through
// i18next (label() looks each up once); they use plain {{name}} placeholders only, no
// plurals, nesting or formats, which test/unit/rules-texts.test.ts holds them to.
import { LANGS, label, paramIn, visibleParam, type Lang, type Message, type MessageParam } from '../i18n.ts';

const PLACEHOLDER = /\{\{(\w+)\}\}/gu;

/** The text of `rules:<key>` in one language. */
export function ruleText(key: string, lang: Lang, params: Record<string, MessageParam> = {}): string {
  return label(`rules:${key}`, lang).replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(visibleParam(paramIn(value, lang)));
  });
}

/** The text of `rules:<key>` in every language. */
export function ruleMessage(key: string, params: Record<string, MessageParam> = {}): Message {
  return Object.fromEntries(LANGS.map((lang) => [lang, ruleText(key, lang, params)])) as Message;
}
