// Runs everywhere (shared). How each of the six UN languages writes an agenda's list, as far as
// the import needs it: sub-item letters (Cyrillic and Arabic letters read as the file's Latin
// "a", "b"…), Arabic-Indic digits, and the list punctuation at the end of a title. Where each
// convention comes from (UN documents found with the search tool; excerpts in
// test/unit/import-agenda-languages.test.ts):
// - French: ICCD/COP(15)/CST/1 "Ordre du jour provisoire annoté": "1. Questions d’organisation :
//   a) Adoption de l’ordre du jour et organisation des travaux ; b) …" — "a)" with no opening
//   bracket, a space before the colon and the semicolon.
// - Spanish: FCCC/KP/CMP/2017/1 "Programa provisional y anotaciones": "2. Cuestiones de
//   organización: a) Aprobación del programa; b) …".
// - Russian: FCCC/SBI/2003/3 "Пункт 9 b) предварительной повестки дня" and
//   UNEP/FAO/RC/COP.7/12 "Пункт 5 c)": UN Russian letters its sub-items with Latin a), b), c);
//   Cyrillic а), б), в) (Russian office style, e.g. a GOST-style agenda on cwetochki.ru) are read
//   too, in the order of the Russian alphabet without ё, й, ъ, ы, ь.
// - Arabic: E/CONF.103/2 "البند 3 (ب) من جدول الأعمال المؤقت" and UN texts with "(ب) …؛": letters in
//   brackets and the Arabic semicolon "؛"; paragraphs numbered "11- …", "٥ - …" (UNFCCC and
//   UN texts on tarjamaan.com); roman sub-sub-items as "`1`", "`2`" (UNEP rules of procedure
//   on tarjamaan.com: "`1` مشروع النظام الداخلي"). Letters after (ب) follow the abjad order (أ ب ج د هـ و ز ح ط ي ك ل م ن
//   س ع ف ص ق ر ش ت ث خ ذ ض ظ غ) that UN Arabic lists use: unconfirmed past (ب) by the sources found.
import { ARABIC_LETTERS, LATIN_LETTERS } from '../format/item-numbers.ts';

/** Russian list letters in alphabetical order (no ё, й, ъ, ы, ь: they do not letter lists). */
const CYRILLIC_LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя';

const ARABIC_ALIASES: Record<string, string> = { ه: 'هـ', ا: 'أ', إ: 'أ' };

/** A sub-item's label as the session file writes it ("a", "ii"): Cyrillic and Arabic letters by their place in the list. */
export function latinLabel(label: string): string {
  const lower = label.toLowerCase();
  const cyrillic = CYRILLIC_LETTERS.indexOf(lower);
  if (lower.length === 1 && cyrillic >= 0) return LATIN_LETTERS[cyrillic] ?? lower;
  const arabic = ARABIC_LETTERS.indexOf(ARABIC_ALIASES[label] ?? label);
  if (arabic >= 0) return LATIN_LETTERS[arabic] ?? label;
  return lower;
}

/** The label patterns for agenda-lines.ts: Latin letters and roman numerals, Cyrillic letters, Arabic letters. */
export const LATIN_OR_CYRILLIC_LABEL = `[a-z${CYRILLIC_LETTERS}]|[ivx]{1,5}`;
export const ARABIC_LABEL = `هـ|[${ARABIC_LETTERS.filter((l) => l.length === 1).join('')}${Object.keys(ARABIC_ALIASES).join('')}]`;

/** "`1`", "‘2’": UN Arabic's form of the roman "(i)", "(ii)" of sub-sub-items (no group: String.split would keep it). */
export const ARABIC_ROMAN = "[`‘’']\\s*\\d{1,2}\\s*[`‘’']";


/** Arabic-Indic ("٣") and Eastern Arabic-Indic ("۳") digits as ASCII digits: Arabic agendas number with either. */
export function withWesternDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (c) => String((c.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660)));
}

/** What ends a title in a list, in every language: stops, semicolons (also Arabic "؛"), colons, commas (also Arabic "،"), spaces. */
const LIST_PUNCTUATION_OR_SPACE = /^[\s:：,，、。.．；;؛،]$/u;

/** `text` without its list punctuation at the end, in any of the six languages. */
export function withoutListPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && LIST_PUNCTUATION_OR_SPACE.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
