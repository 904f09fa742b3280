// Runs in the renderer. Texts of the start tools (wizard, agenda import, pairing) as bilingual
// Messages for the message bar, so they follow a later switch of the interface language.
import { messageWith, type Message, type MessageParam } from '../../shared/i18n.ts';
import { i18n } from '../i18n.ts';

const translators = { en: i18n.getFixedT('en', 'start'), zh: i18n.getFixedT('zh', 'start') };

/** `key` is a key of locales/<lang>/start.json. */
export function startMessage(key: string, params: Record<string, MessageParam> = {}): Message {
  return messageWith(translators, key, params);
}
