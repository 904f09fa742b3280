// Runs in the renderer. Compare and merge texts as bilingual Messages (like uiMessage), for the
// message bar, which shows them in the interface language chosen at any later time.
import { messageWith, type Message, type MessageParam } from '../../shared/i18n.ts';
import { i18n } from '../i18n.ts';

const translators = { en: i18n.getFixedT('en', 'compare'), zh: i18n.getFixedT('zh', 'compare') };

/** `key` is a key of locales/<lang>/compare.json. */
export function compareMessage(key: string, params: Record<string, MessageParam> = {}): Message {
  return messageWith(translators, key, params);
}
