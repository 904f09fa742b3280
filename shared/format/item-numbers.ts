// Runs everywhere (shared). Agenda numbers as each language's documents print them. The file
// stores one form, "1(a)" and "1(a)(ii)", which English and Chinese print as they are; UN
// French, Spanish and Russian agendas letter sub-items "a)" with no opening bracket, and
// Arabic agendas with Arabic letters in brackets, "(أ)", and the roman sub-sub-items as
// "`1`", "`2`". Where each form was seen (see also shared/import/conventions.ts, which reads them):
// - French: ICCD/COP(15)/CST/1 "Ordre du jour provisoire annoté": "1. Questions d’organisation :
//   a) Adoption de l’ordre du jour et organisation des travaux".
// - Spanish: FCCC/KP/CMP/2017/1 "Programa provisional y anotaciones": "2. Cuestiones de
//   organización: a) Aprobación del programa".
// - Russian: FCCC/SBI/2003/3 "Пункт 9 b) предварительной повестки дня", UNEP/FAO/RC/COP.7/12
//   "Пункт 5 c)": Latin letters, a space after the number.
// - Arabic: E/CONF.103/2 "البند 3 (ب) من جدول الأعمال المؤقت"; "`1`" for "(i)" in UNEP rules of
//   procedure (tarjamaan.com). Letters past (ب) follow the abjad order: unconfirmed.
import type { DocLang } from '../i18n.ts';

const NO_BREAK_SPACE = '\u00A0';

export const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Arabic list letters in abjad order; "هـ" is written with a tatweel so that it stands alone. */
export const ARABIC_LETTERS = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'];

const ROMAN = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

/** 1 → "i", 12 → "xii" (up to 20; beyond, the number as written). */
export const romanLabel = (n: number): string => ROMAN[n] ?? String(n);

type Style = 'bracketed' | 'closing' | 'arabic';

const STYLE: Record<DocLang, Style> = { ar: 'arabic', en: 'bracketed', es: 'closing', fr: 'closing', ru: 'closing', zh: 'bracketed' };

/** "a" of "(a)", in one language's form, at `depth` 1 (a sub-item) or 2 (a sub-item of one). */
function labelIn(inner: string, depth: number, style: Style): string {
  if (style === 'closing') return `${inner})`;
  if (style === 'bracketed') return `(${inner})`;
  const roman = depth >= 2 ? ROMAN.indexOf(inner.toLowerCase()) : -1;
  if (roman > 0) return `\`${roman}\``;
  const letter = inner.length === 1 ? LATIN_LETTERS.indexOf(inner.toLowerCase()) : -1;
  return `(${letter >= 0 ? (ARABIC_LETTERS[letter] ?? inner) : inner})`;
}

const PARTS = /^(.*?)((?:\s*\([^()]+\))*)$/u;
const LABEL = /\(([^()]+)\)/gu;

/** "(a)" as a sub-item's label in the agenda list of `lang`: "(a)", "a)", "(أ)". */
export function subItemLabelIn(label: string, lang: DocLang, depth = 1): string {
  const inner = /^\s*\(([^()]+)\)\s*$/u.exec(label)?.[1];
  return inner === undefined || STYLE[lang] === 'bracketed' ? label : labelIn(inner, depth, STYLE[lang]);
}

/** "1(a)" as `lang` prints it: "1(a)", "1 a)", "1 (أ)" (the space a no-break one); a number of another shape as it is. */
export function itemNumberIn(number: string, lang: DocLang): string {
  const style = STYLE[lang];
  if (style === 'bracketed') return number;
  const [, head = number, tail = ''] = PARTS.exec(number) ?? [];
  if (tail === '') return number;
  const labels = Array.from(tail.matchAll(LABEL), (match, i) => labelIn(match[1]!, i + 1, style));
  // A no-break space: "1" at the end of a line and "a)" at the start of the next read as two
  // things (the Arabic annex's narrow item column broke "1 (ب)" so).
  return [head.trimEnd(), ...labels].join(NO_BREAK_SPACE);
}
