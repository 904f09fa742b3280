// Runs everywhere (shared). The term base every installation starts with: the glossary of the
// reference documents, copied into locales/termbase-seed.json (a test keeps the English and
// Chinese equal to it), with French, Spanish, Russian and Arabic where a UN document confirms
// them (each row names its sources; what was not found is said in "unconfirmed"), and a few
// more six-language terms from UN documents. A row naming several terms ("Date and time / Item
// / Title or description") gives one term each.
import seed from '../../locales/termbase-seed.json' with { type: 'json' };
import { DOC_LANGS } from '../i18n.ts';
import type { Term, TermTexts } from './types.ts';

/** A row of the seed: its texts, and where the texts other than English and Chinese come from. */
export type GlossaryRow = TermTexts & { sources?: Partial<Record<string, string>>; unconfirmed?: string };

/** The glossary rows as they stand in the reference README, with the other languages found. */
export const GLOSSARY_ROWS: readonly GlossaryRow[] = seed.terms;

/** Six-language terms beyond the README glossary, from UN documents. */
export const MORE_GLOSSARY_ROWS: readonly GlossaryRow[] = seed.more;

const SEPARATOR = ' / ';

function rowTerms(row: GlossaryRow): Term[] {
  const texts: TermTexts = Object.fromEntries(DOC_LANGS.filter((lang) => row[lang]).map((lang) => [lang, row[lang]]));
  const [en, zh] = [row.en?.split(SEPARATOR) ?? [], row.zh?.split(SEPARATOR) ?? []];
  if (en.length > 1 && en.length === zh.length) return en.map((part, i) => ({ en: part.trim(), zh: zh[i]!.trim(), source: 'glossary' }));
  return [{ ...texts, source: 'glossary' }];
}

export const GLOSSARY_TERMS: readonly Term[] = [...GLOSSARY_ROWS, ...MORE_GLOSSARY_ROWS].flatMap(rowTerms);

/** The English glossary term in every language the glossary has, for texts built from the glossary (the skeleton agenda). */
export function glossaryTerm(en: string): Term {
  const term = GLOSSARY_TERMS.find((t) => t.en === en);
  if (!term) throw new Error(`"${en}" is not in the glossary (locales/termbase-seed.json)`);
  return term;
}
