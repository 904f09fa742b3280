// Runs everywhere (shared). The names a spreadsheet's header may give a language column instead
// of its code: "English", "Français", "中文"… — each language's name in English, French,
// Spanish, Russian, Arabic and Chinese, as the six UN languages name one another, compared
// without case.
import type { DocLang } from '../i18n.ts';

const NAMES: Record<DocLang, readonly string[]> = {
  ar: ['arabic', 'arabe', 'árabe', 'арабский', 'العربية', '阿拉伯文', '阿拉伯语'],
  en: ['english', 'anglais', 'inglés', 'английский', 'الإنكليزية', 'الإنجليزية', '英文', '英语'],
  es: ['spanish', 'espagnol', 'español', 'испанский', 'الإسبانية', '西班牙文', '西班牙语'],
  fr: ['french', 'français', 'francés', 'французский', 'الفرنسية', '法文', '法语'],
  ru: ['russian', 'russe', 'ruso', 'русский', 'الروسية', '俄文', '俄语'],
  zh: ['chinese', 'chinois', 'chino', 'китайский', 'الصينية', '中文', '汉语'],
};

const BY_NAME = new Map(Object.entries(NAMES).flatMap(([lang, names]) => names.map((name) => [name, lang as DocLang])));

/** The language a column header names by its name ("Français" → fr), or null. */
export const languageNamed = (name: string): DocLang | null => BY_NAME.get(name.trim().toLowerCase()) ?? null;
