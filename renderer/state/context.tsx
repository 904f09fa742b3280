// Runs in the renderer. How components reach the editor, and the derived views of the
// current session they share. Derivations are cached per session object: sessions are
// immutable, so the grid and the preview asking for the same annex compute it once.
import { createContext, useContext, useDeferredValue } from 'react';
import type { DocumentLang } from '../../shared/api.ts';
import type { Lang } from '../../shared/i18n.ts';
import type { Item, Session } from '../../shared/model/types.ts';
import { checkSession, type Problem } from '../../shared/rules/index.ts';
import { deriveAnnex, type AnnexTable } from '../../shared/schedule/annex.ts';
import { placementsOf, type Placement } from '../../shared/schedule/placements.ts';
import type { Editor } from './editor.ts';
import { currentSession, isDirty } from './history.ts';
import { useStore } from './store.ts';

const EditorContext = createContext<Editor | null>(null);
export const EditorProvider = EditorContext.Provider;

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside <EditorProvider>');
  return editor;
}

export function useSession(): Session | null {
  const editor = useEditor();
  return useStore(editor.doc, (state) => (state ? currentSession(state.history) : null));
}

/**
 * The session for views that follow the document but need not be up to date within the
 * frame of an edit — the plan checks, the annex preview, the versions: React renders them
 * with the new session right after, in the background, so a keystroke in the grid does not
 * wait for checkSession or for a table redrawn below the fold.
 */
export function useDeferredSession(): Session | null {
  return useDeferredValue(useSession());
}

export function useDirty(): boolean {
  const editor = useEditor();
  return useStore(editor.doc, (state) => (state ? isDirty(state.history) : false));
}

export function useDocLang(): DocumentLang {
  return useStore(useEditor().docLang, (lang) => lang);
}

/** The document languages shown: Chinese first when both, as in the UN's Chinese originals. */
export function langsOf(docLang: DocumentLang): Lang[] {
  return docLang === 'both' ? ['zh', 'en'] : [docLang];
}

function cached<T>(cache: WeakMap<Session, T>, session: Session, make: () => T): T {
  let value = cache.get(session);
  if (value === undefined) {
    value = make();
    cache.set(session, value);
  }
  return value;
}

const annexes = new WeakMap<Session, Partial<Record<Lang, AnnexTable>>>();
export function annexOf(session: Session, lang: Lang): AnnexTable {
  const perLang = cached<Partial<Record<Lang, AnnexTable>>>(annexes, session, () => ({}));
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

const jointIndexes = new WeakMap<readonly Item[], Map<string, Item[]>>();
/** The items of each joint key, per agenda (keyed by the items array, which edits of the schedule keep). */
export function jointGroups(items: readonly Item[]): Map<string, Item[]> {
  let index = jointIndexes.get(items);
  if (!index) {
    index = new Map();
    for (const item of items) if (item.joint !== undefined) index.set(item.joint, [...(index.get(item.joint) ?? []), item]);
    jointIndexes.set(items, index);
  }
  return index;
}
