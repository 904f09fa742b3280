// Runs in Node (main process, browser host). Messages the host shows: file errors, dialog
// titles. Both languages at once (a Message), since the renderer picks the interface language.
import i18next from 'i18next';
import enHost from '../../locales/en/host.json' with { type: 'json' };
import zhHost from '../../locales/zh/host.json' with { type: 'json' };
import enMenu from '../../locales/en/menu.json' with { type: 'json' };
import zhMenu from '../../locales/zh/menu.json' with { type: 'json' };
import enMail from '../../locales/en/mail.json' with { type: 'json' };
import zhMail from '../../locales/zh/mail.json' with { type: 'json' };
import { messageWith, type Lang, type Message, type MessageParam } from '../../shared/i18n.ts';
import { fsReason } from '../files/fs-errors.ts';

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { host: enHost, menu: enMenu, mail: enMail }, zh: { host: zhHost, menu: zhMenu, mail: zhMail } },
  lng: 'en',
  fallbackLng: 'en',
  ns: ['host', 'menu', 'mail'],
  defaultNS: 'host',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});
const translators = { en: instance.getFixedT('en', 'host'), zh: instance.getFixedT('zh', 'host') };

export function hostMessage(key: string, params: Record<string, MessageParam> = {}): Message {
  return messageWith(translators, key, params);
}

/** One label; `key` may name another namespace, e.g. `menu:file`. */
export function hostLabel(key: string, lang: Lang, params: Record<string, string> = {}): string {
  return translators[lang](key, params) as string;
}

/** "Could not save X: the disk is full." in both languages, from a file system error. */
export function fileErrorMessage(kind: 'open' | 'save' | 'export', file: string, error: unknown): Message {
  const { key, code } = fsReason(error, kind !== 'open');
  return hostMessage(`error.${kind}`, { file, reason: hostMessage(`reason.${key}`, { code }) });
}
