// Runs everywhere (shared). The language a pasted agenda is written in, to preselect it and to
// say when a text seems to be in another language than the one chosen. By script first —
// Chinese characters, Arabic, Cyrillic — and for Latin script by the small words each language
// has in every agenda title ("of the", "de l’", "del", "y"), counted, with its own letters
// (é, ç; ñ, ¿) as a tie-breaker.
import type { DocLang } from '../i18n.ts';

const SCRIPTS: readonly { lang: DocLang; letters: RegExp }[] = [
  { lang: 'zh', letters: /[\u4e00-\u9fff]/gu },
  { lang: 'ar', letters: /[\u0600-\u06ff]/gu },
  { lang: 'ru', letters: /[\u0400-\u04ff]/gu },
];

/** Words that appear in agenda titles of one Latin-script language and not (or seldom) in the other two. */
const WORDS: Record<'en' | 'fr' | 'es', ReadonlySet<string>> = {
  en: new Set(['the', 'of', 'and', 'on', 'for', 'to', 'with', 'by', 'matters', 'meeting', 'report', 'agenda', 'work', 'item', 'other']),
  fr: new Set(['du', 'des', 'les', 'le', 'et', 'sur', 'à', 'au', 'aux', 'l', 'd', 'ordre', 'jour', 'réunion', 'travaux', 'questions', 'point', 'rapport', 'séance']),
  es: new Set(['del', 'los', 'las', 'el', 'y', 'sobre', 'período', 'sesiones', 'programa', 'cuestiones', 'informe', 'tema', 'trabajos', 'otros', 'asuntos', 'aprobación']),
};
const LETTERS: Record<'en' | 'fr' | 'es', RegExp> = { en: /(?!)/gu, fr: /[éèêàçùœâîô]/gu, es: /[ñáíóú¿¡]/gu };

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

export function guessLang(text: string): DocLang {
  // Chinese agendas carry Latin symbols and numbers; any Chinese at all means a Chinese text, as before.
  if (count(text, SCRIPTS[0]!.letters) > 0) return 'zh';
  const latin = count(text, /[a-z]/giu);
  const script = SCRIPTS.slice(1).map(({ lang, letters }) => ({ lang, n: count(text, letters) })).sort((a, b) => b.n - a.n)[0]!;
  if (script.n > latin) return script.lang;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: { lang: 'en' | 'fr' | 'es'; score: number } = { lang: 'en', score: 0 };
  for (const lang of ['en', 'fr', 'es'] as const) {
    const score = words.filter((word) => WORDS[lang].has(word)).length * 2 + count(text, LETTERS[lang]);
    if (score > best.score) best = { lang, score };
  }
  return best.lang;
}
