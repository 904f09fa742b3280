// Runs everywhere (shared). The languages a session's documents are issued in, and the order
// in which a text missing in one language is looked for in the others.
import type { DocLang } from '../i18n.ts';
import type { Session } from './types.ts';

/** A session that names no languages is the Chinese and English pair Orgwork began with (DESIGN.md §2). */
export const DEFAULT_LANGUAGES: readonly DocLang[] = ['zh', 'en'];

export function sessionLanguages(session: Pick<Session, 'languages'>): readonly DocLang[] {
  return session.languages?.length ? session.languages : DEFAULT_LANGUAGES;
}

/**
 * Where a derivation looks when a text is missing in the document language: English first (the
 * original of nearly every UN document and a working language of the Secretariat), then French
 * (the other working language), then the rest in the order of their codes. A document stays
 * whole; the gap is a plan problem (text.missing-translation) and the export says it.
 * Chinese and English fall back to each other, as before there were six.
 */
const FALLBACK_ORDER: readonly DocLang[] = ['en', 'fr', 'ar', 'es', 'ru', 'zh'];

const orders = new Map<DocLang, readonly DocLang[]>();

export function fallbackOrder(lang: DocLang): readonly DocLang[] {
  let order = orders.get(lang);
  if (!order) {
    order = lang === 'en' ? ['en', 'zh', ...FALLBACK_ORDER.filter((l) => l !== 'en' && l !== 'zh')] : [lang, ...FALLBACK_ORDER.filter((l) => l !== lang)];
    orders.set(lang, order);
  }
  return order;
}
