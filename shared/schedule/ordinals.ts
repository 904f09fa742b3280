// Runs everywhere (shared). The ordinal in a meeting's name — "eighth meeting", "Eighth
// meeting", "8th meeting", "第八次会议", "第8次会议" — read as a number and written back, so
// a series can be continued (eighth → ninth) and a meeting named in one language can be named
// in the other. English and Chinese ordinals from 1 to 99.
import type { Lang } from '../i18n.ts';

export const MAX_ORDINAL = 99;

const EN_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const EN_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_TENTHS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** "first" … "ninety-ninth". */
export function englishOrdinal(n: number): string {
  if (n < 10) return EN_UNITS[n]!;
  if (n < 20) return EN_TEENS[n - 10]!;
  const [tens, units] = [Math.floor(n / 10), n % 10];
  return units === 0 ? EN_TENTHS[tens]! : `${EN_TENS[tens]}-${EN_UNITS[units]}`;
}

/** "一" … "九十九", as in 第十一次、第二十次. */
export function chineseNumeral(n: number): string {
  const [tens, units] = [Math.floor(n / 10), n % 10];
  const unitText = units === 0 ? '' : ZH_DIGITS[units]!;
  if (tens === 0) return unitText;
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${unitText}`;
}

const ENGLISH_VALUES = new Map(Array.from({ length: MAX_ORDINAL }, (_, i) => [englishOrdinal(i + 1), i + 1]));
const CHINESE_VALUES = new Map(Array.from({ length: MAX_ORDINAL }, (_, i) => [chineseNumeral(i + 1), i + 1]));

const ENGLISH_WORD = /\b[a-z]+(?:-[a-z]+)?\b/giu;
const ENGLISH_NUMERIC = /\b(\d{1,2})(?:st|nd|rd|th)\b/iu;
const CHINESE_ORDINAL = /第([一二三四五六七八九十]+|\d{1,2})(?=[次届])/u;

interface Found {
  value: number;
  index: number;
  text: string;
  numeric: boolean;
}

function findOrdinal(text: string, lang: Lang): Found | null {
  if (lang === 'zh') {
    const m = CHINESE_ORDINAL.exec(text);
    if (!m) return null;
    const numeric = /^\d+$/u.test(m[1]!);
    const value = numeric ? Number(m[1]) : CHINESE_VALUES.get(m[1]!);
    return value ? { value, index: m.index + 1, text: m[1]!, numeric } : null;
  }
  for (const m of text.matchAll(ENGLISH_WORD)) {
    const value = ENGLISH_VALUES.get(m[0].toLowerCase());
    if (value) return { value, index: m.index, text: m[0], numeric: false };
  }
  const m = ENGLISH_NUMERIC.exec(text);
  return m ? { value: Number(m[1]), index: m.index, text: m[0], numeric: true } : null;
}

/** 8 for "eighth meeting" or "第八次会议"; null when the text names no ordinal (1 to 99). */
export function ordinalIn(text: string, lang: Lang): number | null {
  const found = findOrdinal(text, lang);
  return found && found.value >= 1 && found.value <= MAX_ORDINAL ? found.value : null;
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
function englishNumericOrdinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function written(found: Found, value: number, lang: Lang): string {
  if (found.numeric) return lang === 'en' ? englishNumericOrdinal(value) : String(value);
  const word = lang === 'en' ? englishOrdinal(value) : chineseNumeral(value);
  const capital = lang === 'en' && found.text[0] !== found.text[0]!.toLowerCase();
  return capital ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** The text with its ordinal replaced by `value` in the same style ("Eighth" → "Ninth", "8th" → "9th"); null without one. */
export function withOrdinal(text: string, lang: Lang, value: number): string | null {
  const found = findOrdinal(text, lang);
  if (!found || value < 1 || value > MAX_ORDINAL) return null;
  return text.slice(0, found.index) + written(found, value, lang) + text.slice(found.index + found.text.length);
}
