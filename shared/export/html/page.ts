// Runs everywhere (shared). The frame of every HTML export: one self-contained file with its
// style sheet inline, no scripts (a Content-Security-Policy says so to any browser that opens
// it) and the document language on the root and on each language's part.
import type { DocLang } from '../../i18n.ts';
import { html, rawHtml, type Html } from './escape.ts';
import { EXPORT_CSS } from './styles.ts';

/** The language tag of each document language; zh-CN makes browsers pick Simplified Chinese glyphs. */
export const HTML_LANG: Record<DocLang, string> = { ar: 'ar', en: 'en', es: 'es', fr: 'fr', ru: 'ru', zh: 'zh-CN' };

export function htmlPage(lang: DocLang, title: string, content: Html): string {
  return `<!DOCTYPE html>\n${html`<html lang="${HTML_LANG[lang]}">
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

/** One language's part of a file, marked with its language (zh and en parts follow each other in "both"). */
export function languagePart(lang: DocLang, content: Html): Html {
  return html`<div class="language" lang="${HTML_LANG[lang]}">
${content}
</div>`;
}
