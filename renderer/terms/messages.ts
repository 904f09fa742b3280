// Runs in the renderer. Term base texts as bilingual Messages for the message bar, so a
// message shown now still reads right after the interface language is switched.
import { messageWith, type Message, type MessageParam } from '../../shared/i18n.ts';
import { i18n } from '../i18n.ts';

const translators = { en: i18n.getFixedT('en', 'terms'), zh: i18n.getFixedT('zh', 'terms') };

/** `key` is a key of locales/<lang>/terms.json. */
export function termsMessage(key: string, params: Record<string, MessageParam> = {}): Message {
  return messageWith(translators, key, params);
}
