// Runs everywhere (shared). A term in another language: exact matches first, then matches after
// tidying (spaces, case, apostrophes, trailing punctuation); within each, the most trusted source
// first (imported, glossary, learned), then the most recent. One suggestion per translation.
// Any of the six languages to any other; without a target, Chinese and English translate into
// each other and the other four into English, as the editor offered before there were six.
import { DOC_LANGS, type DocLang } from '../i18n.ts';
import { termKey } from './normalize.ts';
import { TERM_SOURCES, type Term, type TermBase, type TermSuggestion } from './types.ts';

/** The language a term is looked up into when none is named. */
export const defaultTarget = (from: DocLang): DocLang => (from === 'en' ? 'zh' : 'en');

interface LangIndex {
  exact: Map<string, Term[]>;
  normalized: Map<string, Term[]>;
}

// A term base is looked up once per label when gaps are filled: index it once per version.
const indexes = new WeakMap<TermBase, Record<DocLang, LangIndex>>();

function push(map: Map<string, Term[]>, key: string, term: Term): void {
  const list = map.get(key);
  if (list) list.push(term);
  else map.set(key, [term]);
}

function indexOf(base: TermBase): Record<DocLang, LangIndex> {
  const index = indexes.get(base);
  if (index) return index;
  const built = Object.fromEntries(DOC_LANGS.map((lang) => [lang, { exact: new Map(), normalized: new Map() }])) as Record<DocLang, LangIndex>;
  const rank = new Map(base.terms.map((term, i) => [term, TERM_SOURCES.indexOf(term.source) * base.terms.length - i]));
  const ranked = [...base.terms].sort((a, b) => rank.get(a)! - rank.get(b)!);
  for (const term of ranked) {
    for (const lang of DOC_LANGS) {
      const text = term[lang];
      if (!text) continue;
      push(built[lang].exact, text, term);
      push(built[lang].normalized, termKey(text), term);
    }
  }
  indexes.set(base, built);
  return built;
}

/** `text` (in `from`) in `to`, best first; none when the term base has no term with both. */
export function lookup(base: TermBase, text: string, from: DocLang, to: DocLang = defaultTarget(from)): TermSuggestion[] {
  if (from === to) return [];
  const index = indexOf(base)[from];
  const found = [
    ...(index.exact.get(text) ?? []).map((term) => ({ term, match: 'exact' as const })),
    ...(index.normalized.get(termKey(text)) ?? []).map((term) => ({ term, match: 'normalized' as const })),
  ];
  const seen = new Set<string>();
  const suggestions: TermSuggestion[] = [];
  for (const { term, match } of found) {
    const translation = term[to];
    if (!translation || seen.has(translation)) continue;
    seen.add(translation);
    suggestions.push({ text: translation, match, source: term.source });
  }
  return suggestions;
}
