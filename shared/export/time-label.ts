// Runs everywhere (shared). Where an annex time label may break across lines, in Word and in
// HTML: only after its range's separator ("上午10时至" | "下午1时", "10 час. 00 мин. –" |
// "13 час. 00 мин."), never inside a time — "13" on one line and "час. 00 мин." on the next
// reads as two things. The French, Spanish, Russian and Arabic times have spaces inside
// ("10 heures", "13.00 horas"), so their spaces become no-break spaces; Chinese times have
// none, and English ones ("10 a.m.–1 p.m.") fit their column and stay as their files always
// were.
import { label, type DocLang } from '../i18n.ts';

const NO_BREAK_SPACE = '\u00A0';
const KEEPS_TIMES_WHOLE: Record<DocLang, boolean> = { ar: true, en: false, es: true, fr: true, ru: true, zh: false };

/**
 * The label cut right after its range's separator, each part unbreakable where the language
 * needs it (a space ending the first part stays a break); the whole label when it is no range.
 */
export function timeLabelParts(text: string, lang: DocLang): string[] {
  const separator = label('doc:time.range', lang, { start: '', end: '' });
  const at = separator ? text.indexOf(separator) : -1;
  const parts = at < 0 ? [text] : [text.slice(0, at + separator.length), text.slice(at + separator.length)];
  return KEEPS_TIMES_WHOLE[lang] ? parts.map((part) => part.replace(/ (?=.*\S)/gu, NO_BREAK_SPACE)) : parts;
}
