// Runs everywhere (shared). What a saved session teaches the term base: every label it has in
// two or more of its languages is a term. A term already known stays; a learned term seen again
// becomes the most recent, so the translation last used is offered first, and a learned term
// the session now says more of (English and Chinese, then also French) gives way to the fuller
// one. Placeholder body names of a new session ("Working group 1" / "工作组1") and untranslated
// labels (a Chinese, Arabic or Russian text that is the same as another language's) teach nothing.
import { DOC_LANGS, label, type DocLang } from '../i18n.ts';
import type { Session } from '../model/types.ts';
import { sessionLabels } from './session-labels.ts';
import { covers, isTerm, termEntryKey, tidyTexts } from './texts.ts';
import type { Term, TermBase, TermTexts } from './types.ts';

/** "Working group 7" / "工作组7": the placeholder name newSession gives body 7. */
function isPlaceholderBodyName(text: string, lang: DocLang): boolean {
  const [before, after] = label('doc:placeholder.body', lang, { n: '\u0000' }).split('\u0000') as [string, string];
  return text.startsWith(before) && text.endsWith(after) && /^\d+$/u.test(text.slice(before.length, text.length - after.length));
}

/** Languages of another script: a text there that equals another language's was copied, not translated. */
const OWN_SCRIPT: ReadonlySet<DocLang> = new Set(['ar', 'ru', 'zh']);

/** The terms in a session, tidied, each once, in file order. */
export function termsOf(session: Session): TermTexts[] {
  const found = new Map<string, TermTexts>();
  for (const { text } of sessionLabels(session)) {
    const tidy = tidyTexts(text);
    const term: TermTexts = {};
    for (const lang of DOC_LANGS) {
      const own = tidy[lang];
      if (!own || isPlaceholderBodyName(own, lang)) continue;
      if (OWN_SCRIPT.has(lang) && DOC_LANGS.some((other) => other !== lang && tidy[other] === own)) continue;
      term[lang] = own;
    }
    if (!isTerm(term) || new Set(Object.values(term)).size < 2) continue;
    found.set(termEntryKey(term), term);
  }
  return [...found.values()];
}

export function learnFromSession(base: TermBase, session: Session): TermBase {
  const found = termsOf(session);
  // Learned terms the session says again (or says more of) move to the end as the session says them; others stay where they are.
  const terms = base.terms.filter((term) => term.source !== 'learned' || !found.some((texts) => covers(texts, term)));
  const learned: Term[] = found.filter((texts) => !terms.some((term) => covers(term, texts))).map((texts) => ({ ...texts, source: 'learned' }));
  return { terms: [...terms, ...learned] };
}
