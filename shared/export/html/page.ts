// Runs everywhere (shared). The frame of every HTML export: one self-contained file with its
// style sheet inline, no scripts (a Content-Security-Policy says so to any browser that opens
// it) and the document language on the root and on each language's part; an Arabic part
// runs right to left (dir="rtl"), and in a file that mixes directions each part says its own.
import type { DocLang } from '../../i18n.ts';
import { directionOf, type TextDirection } from '../bidi.ts';
import { html, rawHtml, type Html } from './escape.ts';
import { EXPORT_CSS } from './styles.ts';

/** The language tag of each document language; zh-CN makes browsers pick Simplified Chinese glyphs. */
export const HTML_LANG: Record<DocLang, string> = { ar: 'ar', en: 'en', es: 'es', fr: 'fr', ru: 'ru', zh: 'zh-CN' };

/** The dir attribute of an element whose direction is `direction` inside one whose direction is `around` (none when they agree). */
const dirAttribute = (direction: TextDirection, around: TextDirection): Html | null => (direction === around ? null : html` dir="${direction}"`);

export function htmlPage(lang: DocLang, title: string, content: Html): string {
  return `<!DOCTYPE html>\n${html`<html lang="${HTML_LANG[lang]}"${dirAttribute(directionOf(lang), 'ltr')}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Orgwork">
<title>${title}</title>
<style>${rawHtml(EXPORT_CSS)}</style>
</head>
<body>
${content}
</body>
</html>`}\n`;
}

/**
 * One language's part of a file, marked with its language (zh and en parts follow each other
 * in "both"), and with its direction where it differs from the page's (`pageLang`, the first part's).
 */
export function languagePart(lang: DocLang, content: Html, pageLang: DocLang): Html {
  return html`<div class="language" lang="${HTML_LANG[lang]}"${dirAttribute(directionOf(lang), directionOf(pageLang))}>
${content}
</div>`;
}
