// Runs in the renderer. Which fields hold text typed but not yet applied (a field applies it
// when left, on Enter, or before a command). Such text is unsaved work like any edit: the
// title's unsaved mark and the host's close prompt count it (host-sync.ts), so closing the
// window while typing asks first instead of dropping the text.
import { createStore } from './observable.ts';

export const fieldsWithTypedText = createStore<ReadonlySet<string>>(new Set());

/** Marks `field` as holding typed text not yet applied, or not. */
export function markTypedText(field: string, typed: boolean): void {
  fieldsWithTypedText.set((fields) => {
    if (fields.has(field) === typed) return fields;
    const next = new Set(fields);
    if (typed) next.add(field);
    else next.delete(field);
    return next;
  });
}
