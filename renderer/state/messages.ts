// Runs in the renderer. Interface texts as bilingual Messages, like the refusals shared/
// produces, so a message stored now still shows in the language the user switches to later.
import { messageWith, type Message, type MessageParam } from '../../shared/i18n.ts';
import { i18n } from '../i18n.ts';
import type { StepName } from './step-names.ts';

const translators = { en: i18n.getFixedT('en', 'ui'), zh: i18n.getFixedT('zh', 'ui') };

/** `key` is a key of locales/<lang>/ui.json. */
export function uiMessage(key: string, params: Record<string, MessageParam> = {}): Message {
  return messageWith(translators, key, params);
}

/** An undo step in one sentence: "Moved item 1(a) of … (and 2 more changes)". */
export function stepMessage(name: StepName): Message {
  return name.more === 0 ? name.first : uiMessage('history.andMore', { what: name.first, count: name.more });
}
