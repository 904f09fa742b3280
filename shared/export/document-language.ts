// Runs everywhere (shared). The language choice of an exported document: one language; both
// — the Chinese version first, then the English one, as bilingual packs are assembled; or all
// of the session's languages, one after another in the order the session lists them.
import { DOC_LANGS, type DocLang } from '../i18n.ts';
import { sessionLanguages } from '../model/languages.ts';
import type { Session } from '../model/types.ts';

export type DocumentLanguage = DocLang | 'both' | 'all';

export const DOCUMENT_LANGUAGES: readonly DocumentLanguage[] = [...DOC_LANGS, 'both', 'all'];

export const isDocumentLanguage = (value: unknown): value is DocumentLanguage => (DOCUMENT_LANGUAGES as readonly unknown[]).includes(value);

export function languagesOf(choice: DocumentLanguage, session: Pick<Session, 'languages'>): DocLang[] {
  if (choice === 'both') return ['zh', 'en'];
  if (choice === 'all') return [...sessionLanguages(session)];
  return [choice];
}
