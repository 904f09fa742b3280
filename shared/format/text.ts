// Runs everywhere (shared). Picking and tidying the text of a LangText.
import type { Lang } from '../i18n.ts';
import type { LangText } from '../model/types.ts';

const OTHER: Record<Lang, Lang> = { en: 'zh', zh: 'en' };

/** The text in `lang`, or in the other language when that one is missing (a translation gap). */
export function textIn(text: LangText | undefined, lang: Lang): string {
  if (!text) return '';
  const own = text[lang]?.trim();
  return own ? own : (text[OTHER[lang]]?.trim() ?? '');
}

/** Agenda titles end with a full stop or a semicolon in the agenda, never in the annex table. */
export function withoutTrailingStop(text: string): string {
  return text.replace(/[\s。.．；;]+$/u, '');
}

/** "Eighth meeting" from "eighth meeting": a label that starts a line. Chinese has no case. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
