// Runs everywhere (shared). The language choice of an exported document: one language, or
// both — the Chinese version first, then the English one, as bilingual packs are assembled.
import type { Lang } from '../i18n.ts';

export type DocumentLanguage = Lang | 'both';

export const DOCUMENT_LANGUAGES: readonly DocumentLanguage[] = ['zh', 'en', 'both'];

export function languagesOf(choice: DocumentLanguage): Lang[] {
  return choice === 'both' ? ['zh', 'en'] : [choice];
}
