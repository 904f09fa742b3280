// Runs in the renderer. The texts of the share dialog that are not just labels: the subject it
// proposes (the session's title and document symbol, in the document language, as the Bureau
// files such mails) and the recipients as typed, split into addresses.
import type { DocumentLang } from '../../shared/api.ts';
import { interfaceLangOf, messageWith, type Message, type MessageParam } from '../../shared/i18n.ts';
import type { Session } from '../../shared/model/types.ts';
import { i18n } from '../i18n.ts';
import { shownLangs } from '../state/doc-langs.ts';

const translators = { en: i18n.getFixedT('en', 'share'), zh: i18n.getFixedT('zh', 'share') };

/** `key` is a key of locales/<lang>/share.json; both languages, like the editor's messages. */
export function shareMessage(key: string, params: Record<string, MessageParam> = {}): Message {
  return messageWith(translators, key, params);
}

/** "临时议程和说明（CTOC/COP/WG.3/2017/1）"; with both languages, the titles one after the other. */
export function proposedSubject(session: Session, lang: DocumentLang): string {
  const langs = shownLangs(lang, session);
  const titles = [...new Set(langs.map((l) => session.title[l]?.trim() ?? '').filter((title) => title !== ''))];
  const title = titles.join(' / ');
  const symbol = session.bodies.find((body) => body.symbol?.trim())?.symbol?.trim() ?? '';
  if (!title || !symbol) return title || symbol;
  // The subject's punctuation is the interface's: （…） in Chinese, (…) otherwise.
  return translators[interfaceLangOf(langs[0]!)]('subject.titleAndSymbol', { title, symbol });
}

/** Addresses as typed, separated by commas or semicolons (full-width ones too, as a Chinese keyboard types them) or line breaks; each checked by the host. */
export function splitRecipients(text: string): string[] {
  return text
    .split(/[,;，；\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
