// Runs everywhere (shared). Term lists in and out: an imported list joins the term base as the
// officer's own (most trusted) terms; an export holds every pair once, glossary first.
import { termsFromCsv, termsToCsv } from './csv.ts';
import { termKey, termPairKey as pairKey, tidyTerm } from './normalize.ts';
import { termsToTbx } from './tbx.ts';
import type { Term, TermBase, TermBaseExport, TermBaseFormat, TermBaseImportResult } from './types.ts';

/** The translations the term base knows of each term, compared loosely: "vienna" → {"维也纳"}. */
function translationsOf(terms: readonly Term[]): Record<'en' | 'zh', Map<string, Set<string>>> {
  const known = { en: new Map<string, Set<string>>(), zh: new Map<string, Set<string>>() };
  for (const term of terms) {
    for (const [from, to] of [['en', 'zh'], ['zh', 'en']] as const) {
      const key = termKey(term[from]);
      known[from].set(key, (known[from].get(key) ?? new Set()).add(termKey(term[to])));
    }
  }
  return known;
}

/**
 * Adds `pairs` as imported terms; a pair already known counts as unchanged (a learned one
 * becomes imported). A new pair that translates a known term otherwise is added too (the
 * officer's own list is offered first) and counted as conflicting, for the officer to know.
 */
export function mergeTerms(
  base: TermBase,
  pairs: readonly { en: string; zh: string }[],
): { base: TermBase; added: number; unchanged: number; conflicting: number } {
  const terms = [...base.terms];
  const at = new Map(terms.map((term, i) => [pairKey(term), i]));
  const known = translationsOf(base.terms);
  const conflicts = (pair: { en: string; zh: string }) =>
    [...(known.en.get(termKey(pair.en)) ?? [])].some((zh) => zh !== termKey(pair.zh)) || [...(known.zh.get(termKey(pair.zh)) ?? [])].some((en) => en !== termKey(pair.en));
  let [added, unchanged, conflicting] = [0, 0, 0];
  for (const raw of pairs) {
    const pair = { en: tidyTerm(raw.en), zh: tidyTerm(raw.zh) };
    if (!pair.en || !pair.zh) continue;
    const index = at.get(pairKey(pair));
    if (index === undefined) {
      at.set(pairKey(pair), terms.length);
      terms.push({ ...pair, source: 'imported' });
      added++;
      if (conflicts(pair)) conflicting++;
      continue;
    }
    if (terms[index]!.source === 'learned') terms[index] = { ...terms[index]!, source: 'imported' };
    unchanged++;
  }
  return { base: { terms }, added, unchanged, conflicting };
}

/** Reads a CSV list into the term base. */
export function importCsvTerms(base: TermBase, text: string): { base: TermBase; result: TermBaseImportResult } {
  const { pairs, problems } = termsFromCsv(text);
  const merged = mergeTerms(base, pairs);
  return { base: merged.base, result: { added: merged.added, unchanged: merged.unchanged, conflicting: merged.conflicting, problems } };
}

const FORMATS: Record<TermBaseFormat, { mimeType: string; write: (terms: readonly Term[]) => string }> = {
  csv: { mimeType: 'text/csv', write: termsToCsv },
  tbx: { mimeType: 'application/xml', write: termsToTbx },
};

export function exportTermBase(base: TermBase, format: TermBaseFormat): TermBaseExport {
  const seen = new Set<string>();
  const terms = base.terms.filter((term) => !seen.has(pairKey(term)) && seen.add(pairKey(term)));
  const { mimeType, write } = FORMATS[format];
  return { name: `orgwork-terms.${format}`, mimeType, text: write(terms) };
}
