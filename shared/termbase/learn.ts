// Runs everywhere (shared). What a saved session teaches the term base: every label it has in
// both languages is a pair of terms. A pair already known stays; a learned pair seen again
// becomes the most recent, so the translation last used is offered first. Placeholder body
// names of a new session ("Working group 1" / "工作组1") and untranslated labels (the same
// text in both languages) teach nothing.
import { label, type Lang } from '../i18n.ts';
import type { Session } from '../model/types.ts';
import { termPairKey as pairKey, tidyTerm } from './normalize.ts';
import { sessionLabels } from './session-labels.ts';
import type { Term, TermBase } from './types.ts';

/** "Working group 7" / "工作组7": the placeholder name newSession gives body 7. */
function isPlaceholderBodyName(text: string, lang: Lang): boolean {
  const [before, after] = label('doc:placeholder.body', lang, { n: '\u0000' }).split('\u0000') as [string, string];
  return text.startsWith(before) && text.endsWith(after) && /^\d+$/u.test(text.slice(before.length, text.length - after.length));
}

/** The pairs of terms in a session, tidied, each once, in file order. */
export function termPairsOf(session: Session): { en: string; zh: string }[] {
  const pairs = new Map<string, { en: string; zh: string }>();
  for (const { text } of sessionLabels(session)) {
    const [en, zh] = [tidyTerm(text.en ?? ''), tidyTerm(text.zh ?? '')];
    if (!en || !zh || en === zh || isPlaceholderBodyName(en, 'en') || isPlaceholderBodyName(zh, 'zh')) continue;
    pairs.set(pairKey({ en, zh }), { en, zh });
  }
  return [...pairs.values()];
}

export function learnFromSession(base: TermBase, session: Session): TermBase {
  const pairs = termPairsOf(session);
  const inSession = new Set(pairs.map(pairKey));
  // Learned pairs the session uses again move to the end (most recent); others stay where they are.
  const terms = base.terms.filter((term) => term.source !== 'learned' || !inSession.has(pairKey(term)));
  const known = new Set(terms.map(pairKey));
  const learned: Term[] = pairs.filter((pair) => !known.has(pairKey(pair))).map((pair) => ({ ...pair, source: 'learned' }));
  return { terms: [...terms, ...learned] };
}
