// Runs in the renderer. The derived views of a session that components share, cached per
// session object: sessions are immutable, so the grid and the preview asking for the same
// annex compute it once.
import type { DocLang } from '../../shared/i18n.ts';
import type { Item, Session } from '../../shared/model/types.ts';
import { checkSession, type Problem } from '../../shared/rules/index.ts';
import { deriveAnnex, type AnnexTable } from '../../shared/schedule/annex.ts';
import { jointDiscussions } from '../../shared/schedule/joint-discussions.ts';
import { placementsOf, type Placement } from '../../shared/schedule/placements.ts';

function cached<T>(cache: WeakMap<Session, T>, session: Session, make: () => T): T {
  let value = cache.get(session);
  if (value === undefined) {
    value = make();
    cache.set(session, value);
  }
  return value;
}

const annexes = new WeakMap<Session, Partial<Record<DocLang, AnnexTable>>>();
export function annexOf(session: Session, lang: DocLang): AnnexTable {
  const perLang = cached<Partial<Record<DocLang, AnnexTable>>>(annexes, session, () => ({}));
  return (perLang[lang] ??= deriveAnnex(session, lang));
}

const placements = new WeakMap<Session, Map<string, Placement[]>>();
export function placementsIn(session: Session): Map<string, Placement[]> {
  return cached(placements, session, () => placementsOf(session));
}

const itemMaps = new WeakMap<Session, Map<string, Item>>();
export function itemsById(session: Session): Map<string, Item> {
  return cached(itemMaps, session, () => new Map(session.items.map((item) => [item.id, item])));
}

const problemLists = new WeakMap<Session, Problem[]>();
/** The plan checks of shared/rules, once per session: the problems panel and the status bar share them. */
export function problemsIn(session: Session): Problem[] {
  return cached(problemLists, session, () => checkSession(session));
}

/**
 * The items of each joint discussion: those sharing a key, and sub-items of joint headings
 * (shared/schedule/joint-discussions.ts, cached there per items array, which edits of the schedule keep).
 */
export function jointGroups(items: readonly Item[]): ReadonlyMap<string, readonly Item[]> {
  return jointDiscussions(items).groups;
}

/** item id -> its joint discussion; items on their own are absent. */
export function jointKeysOf(session: Session): ReadonlyMap<string, string> {
  return jointDiscussions(session.items).keyOf;
}
