// Runs in the renderer. How components reach the editor and the current session (the
// derived views they share are in derived.ts).
import { createContext, useContext, useDeferredValue, useMemo } from 'react';
import type { DocumentLang } from '../../shared/api.ts';
import type { DocLang } from '../../shared/i18n.ts';
import type { Session } from '../../shared/model/types.ts';
import { effectiveDocLang, shownLangs } from './doc-langs.ts';
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
 * frame of an edit — the plan checks, the versions, a comparison: React renders them with
 * the new session right after, in the background, so a keystroke in the grid does not wait
 * for checkSession. (The annex preview is not one of them: it changes in the same frame as
 * the grid, and it shares the grid's annex, so it costs little.)
 */
export function useDeferredSession(): Session | null {
  return useDeferredValue(useSession());
}

export function useDirty(): boolean {
  const editor = useEditor();
  return useStore(editor.doc, (state) => (state ? isDirty(state.history) : false));
}

/** The document language shown for the open session: the user's choice, or the session's first language when it lacks that one. */
export function useDocLang(): DocumentLang {
  const chosen = useStore(useEditor().docLang, (lang) => lang);
  const session = useSession();
  return session ? effectiveDocLang(chosen, session) : chosen;
}

const NO_LANGUAGES: Pick<Session, 'languages'> = {};

/** The document languages the grid and the preview show, in order (Chinese first when both, as in the UN's Chinese originals). */
export function useShownLangs(): DocLang[] {
  const chosen = useStore(useEditor().docLang, (lang) => lang);
  const languages = useSession()?.languages;
  return useMemo(() => shownLangs(chosen, languages ? { languages } : NO_LANGUAGES), [chosen, languages]);
}

