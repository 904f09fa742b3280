// Runs in the renderer. What the term base offers for a text as it is typed: looked up once the
// typing pauses (200 ms), so a fast typist sends one lookup, not one per key; an answer that
// arrives after the text changed again is dropped.
import { useEffect, useState } from 'react';
import type { DocLang } from '../../shared/i18n.ts';
import type { TermSuggestion } from '../../shared/termbase/types.ts';
import { useEditor } from '../state/context.tsx';

export const LOOKUP_DELAY_MS = 200;

/**
 * Suggestions for `text` in `from`, in `to` (without it: Chinese for English, English for the
 * other languages); none while `from` is null or the text is blank.
 */
export function useTermSuggestions(text: string, from: DocLang | null, to?: DocLang): TermSuggestion[] {
  const editor = useEditor();
  const [found, setFound] = useState<{ key: string; suggestions: TermSuggestion[] } | null>(null);
  const key = from && text.trim() ? `${from}\u0000${to ?? ''}\u0000${text}` : null;
  useEffect(() => {
    if (!key || !from) return;
    let current = true;
    const timer = setTimeout(() => {
      // Only a named target goes over the wire: an undefined argument arrives as null through the browser host's JSON.
      (to ? editor.host.termLookup(text, from, to) : editor.host.termLookup(text, from)).then(
        (suggestions) => current && setFound({ key, suggestions }),
        // No term base (unreadable library file): typing goes on without suggestions.
        () => current && setFound({ key, suggestions: [] }),
      );
    }, LOOKUP_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [editor, key, text, from, to]);
  return key && found?.key === key ? found.suggestions : [];
}
