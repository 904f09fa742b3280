// Runs in Node (main process, browser host, tests). The term base behind the API: the glossary
// (shipped, read-only) plus the officer's own terms in the library database (learned from
// saved sessions, imported from CSV or TBX), in any of the six UN languages. Lookups, filling gaps and exports see both; only the
// officer's pairs are stored. Learning happens after every successful save and never fails one.
import type { DocLang } from '../../shared/i18n.ts';
import type { Session } from '../../shared/model/types.ts';
import {
  exportTermBase as exportTerms,
  fillMissingTranslations,
  GLOSSARY_TERMS,
  importTerms,
  learnFromSession,
  lookup,
  type FillResult,
  type Term,
  type TermBase,
  type TermBaseExport,
  type TermBaseFormat,
  type TermBaseImportResult,
  type TermSuggestion,
} from '../../shared/termbase/index.ts';
import type { HandlerDeps } from './deps.ts';
import { openLibrary, updateLibrary } from './library-db.ts';

// Lookups come with every keystroke: one term base (and so one lookup index, see lookup.ts)
// per version of the stored pairs. Storing replaces the array, which makes a new version.
const termBases = new WeakMap<readonly Term[], TermBase>();

/** The glossary first, then the stored pairs (oldest first). */
async function termBase(deps: HandlerDeps): Promise<TermBase> {
  return termBaseOf((await openLibrary(deps.dataDir)).data.terms);
}

function termBaseOf(stored: readonly Term[]): TermBase {
  let base = termBases.get(stored);
  if (!base) {
    base = { terms: [...GLOSSARY_TERMS, ...stored] };
    termBases.set(stored, base);
  }
  return base;
}

/** Changes the stored pairs in one step with the read (updateLibrary); the glossary is never stored. */
function changeTerms<T>(deps: HandlerDeps, change: (base: TermBase) => { base: TermBase; result: T }): Promise<T> {
  return updateLibrary(deps.dataDir, (data) => {
    const { base, result } = change(termBaseOf(data.terms));
    data.terms = base.terms.filter((term) => term.source !== 'glossary');
    return result;
  });
}

export async function termLookup(deps: HandlerDeps, text: string, from: DocLang, to?: DocLang): Promise<TermSuggestion[]> {
  return lookup(await termBase(deps), text, from, to);
}

export async function fillTranslations(deps: HandlerDeps, session: Session): Promise<FillResult> {
  return fillMissingTranslations(session, await termBase(deps));
}

export async function exportTermBase(deps: HandlerDeps, format: TermBaseFormat): Promise<TermBaseExport> {
  return exportTerms(await termBase(deps), format);
}

export async function importTermBase(deps: HandlerDeps, text: string): Promise<TermBaseImportResult> {
  return changeTerms(deps, (base) => importTerms(base, text));
}

/** Learns the pairs of a session just saved. Never throws: a term base that cannot be written must not fail a save. */
export async function learnFromSavedSession(deps: HandlerDeps, session: Session): Promise<void> {
  try {
    await changeTerms(deps, (base) => ({ base: learnFromSession(base, session), result: undefined }));
  } catch {
    // The session is saved; the term base only misses this session's pairs until the next save.
  }
}
