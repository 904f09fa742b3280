// Runs everywhere (shared). The term base every installation starts with: the glossary of the
// reference documents, copied into locales/termbase-seed.json (a test keeps the two equal). A
// row naming several terms ("Date and time / Item / Title or description") gives one term each.
import seed from '../../locales/termbase-seed.json' with { type: 'json' };
import type { Term } from './types.ts';

/** The glossary rows as they stand in the reference README. */
export const GLOSSARY_ROWS: readonly { en: string; zh: string }[] = seed.terms;

const SEPARATOR = ' / ';

function rowTerms(row: { en: string; zh: string }): Term[] {
  const [en, zh] = [row.en.split(SEPARATOR), row.zh.split(SEPARATOR)];
  if (en.length > 1 && en.length === zh.length) return en.map((part, i) => ({ en: part.trim(), zh: zh[i]!.trim(), source: 'glossary' }));
  return [{ en: row.en, zh: row.zh, source: 'glossary' }];
}

export const GLOSSARY_TERMS: readonly Term[] = GLOSSARY_ROWS.flatMap(rowTerms);

/** The English glossary term's Chinese, for texts built from the glossary (the skeleton agenda). */
export function glossaryTerm(en: string): Term {
  const term = GLOSSARY_TERMS.find((t) => t.en === en);
  if (!term) throw new Error(`"${en}" is not in the glossary (locales/termbase-seed.json)`);
  return term;
}
