// Runs in the renderer. Long lists drawn in two steps: at first only what fills the screen,
// then, in a background render that React interrupts for any key press or click, the rest.
// Opening a large session (ten days, 240 agenda items) then gives an interactive grid sooner;
// the rest follows within a few frames, and off screen it was not visible yet anyway.
import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` entries to render now: `first` until the background render has run
 * for `key`, then all. A new `key` (another document) starts over.
 */
export function useProgressive(total: number, first: number, key: unknown): number {
  const [completeFor, setCompleteFor] = useState<unknown>(undefined);
  const complete = completeFor === key || total <= first;
  useEffect(() => {
    if (!complete) startTransition(() => setCompleteFor(key));
  }, [complete, key]);
  return complete ? total : first;
}

/** How many entries, from the first, it takes to reach `enough` (by `size`), at least one. */
export function countToFill<T>(entries: readonly T[], size: (entry: T) => number, enough: number): number {
  let filled = 0;
  for (let i = 0; i < entries.length; i++) {
    filled += size(entries[i]!);
    if (filled >= enough) return i + 1;
  }
  return entries.length;
}
