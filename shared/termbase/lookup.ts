// Runs everywhere (shared). The other language of a term: exact matches first, then matches
// after tidying (spaces, case, trailing punctuation); within each, the most trusted source
// first (imported, glossary, learned), then the most recent. One suggestion per translation.
import type { Lang } from '../i18n.ts';
import { termKey } from './normalize.ts';
import { TERM_SOURCES, type Term, type TermBase, type TermSuggestion } from './types.ts';

const OTHER: Record<Lang, Lang> = { en: 'zh', zh: 'en' };

interface LangIndex {
  exact: Map<string, Term[]>;
  normalized: Map<string, Term[]>;
}

// A term base is looked up once per label when gaps are filled: index it once per version.
const indexes = new WeakMap<TermBase, Record<Lang, LangIndex>>();

function push(map: Map<string, Term[]>, key: string, term: Term): void {
  const list = map.get(key);
  if (list) list.push(term);
  else map.set(key, [term]);
}

function indexOf(base: TermBase): Record<Lang, LangIndex> {
  let index = indexes.get(base);
  if (index) return index;
  index = { en: { exact: new Map(), normalized: new Map() }, zh: { exact: new Map(), normalized: new Map() } };
  const rank = new Map(base.terms.map((term, i) => [term, TERM_SOURCES.indexOf(term.source) * base.terms.length - i]));
  const ranked = [...base.terms].sort((a, b) => rank.get(a)! - rank.get(b)!);
  for (const term of ranked) {
    for (const lang of ['en', 'zh'] as const) {
      push(index[lang].exact, term[lang], term);
      push(index[lang].normalized, termKey(term[lang]), term);
    }
  }
  indexes.set(base, index);
  return index;
}

export function lookup(base: TermBase, text: string, from: Lang): TermSuggestion[] {
  const to = OTHER[from];
  const index = indexOf(base)[from];
  const found = [
    ...(index.exact.get(text) ?? []).map((term) => ({ term, match: 'exact' as const })),
    ...(index.normalized.get(termKey(text)) ?? []).map((term) => ({ term, match: 'normalized' as const })),
  ];
  const seen = new Set<string>();
  const suggestions: TermSuggestion[] = [];
  for (const { term, match } of found) {
    if (seen.has(term[to])) continue;
    seen.add(term[to]);
    suggestions.push({ text: term[to], match, source: term.source });
  }
  return suggestions;
}
