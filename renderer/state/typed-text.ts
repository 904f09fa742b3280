// Runs in the renderer. Which fields hold text typed but not yet applied (a field applies it
// when left, on Enter, or before a command). Such text is unsaved work like any edit: the
// title's unsaved mark and the host's close prompt count it (host-sync.ts), so closing the
// window while typing asks first instead of dropping the text.
import { useEffect } from 'react';
import { createStore } from './observable.ts';

export const fieldsWithTypedText = createStore<ReadonlySet<string>>(new Set());

function mark(field: string, typed: boolean): void {
  fieldsWithTypedText.set((fields) => {
    if (fields.has(field) === typed) return fields;
    const next = new Set(fields);
    if (typed) next.add(field);
    else next.delete(field);
    return next;
  });
}

/** Keeps `field` marked while `typed` holds, and unmarks it when the field goes away. */
export function useTypedTextMark(field: string, typed: boolean): void {
  useEffect(() => {
    mark(field, typed);
  }, [field, typed]);
  useEffect(() => () => mark(field, false), [field]);
}
