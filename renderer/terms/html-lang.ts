// Runs in the renderer. The HTML lang attribute of a text in a document language: the
// interface's tags for Chinese and English (zh-Hans, en), the bare code for the other four,
// with dir="rtl" left to the element's own text (the browser reads Arabic right to left).
import { isLang, type DocLang } from '../../shared/i18n.ts';
import { HTML_LANG } from '../i18n.ts';

export const htmlLangOf = (lang: DocLang): string => (isLang(lang) ? HTML_LANG[lang] : lang);
