// Runs everywhere (shared). The frame of every HTML export: one self-contained file with its
// style sheet inline, no scripts (a Content-Security-Policy says so to any browser that opens
// it) and the document language on the root and on each language's part. An Arabic page and
// each Arabic part say dir="rtl" — the part too, as the editor's preview shows the body
// without the root — and in a file whose page is right to left the other parts say dir="ltr".
import type { DocLang } from '../../i18n.ts';
import { directionOf, isRightToLeft } from '../bidi.ts';
import { html, rawHtml, type Html } from './escape.ts';
import { EXPORT_CSS } from './styles.ts';

/** The language tag of each document language; zh-CN makes browsers pick Simplified Chinese glyphs. */
export const HTML_LANG: Record<DocLang, string> = { ar: 'ar', en: 'en', es: 'es', fr: 'fr', ru: 'ru', zh: 'zh-CN' };

export function htmlPage(lang: DocLang, title: string, content: Html): string {
  return `<!DOCTYPE html>\n${html`<html lang="${HTML_LANG[lang]}"${isRightToLeft(lang) ? html` dir="rtl"` : null}>
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
 * in "both") and its direction when it is right to left or on a right-to-left page
 * (`pageLang`, the first part's language).
 */
export function languagePart(lang: DocLang, content: Html, pageLang: DocLang): Html {
  const dir = isRightToLeft(lang) || isRightToLeft(pageLang) ? html` dir="${directionOf(lang)}"` : null;
  return html`<div class="language" lang="${HTML_LANG[lang]}"${dir}>
${content}
</div>`;
}
