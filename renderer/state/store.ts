// Runs in the renderer. Hooks that read an observable value (observable.ts): components
// subscribe to the slice they show, so moving the focus re-renders two cells, not the grid.
import { useCallback, useSyncExternalStore } from 'react';
import type { KeyedStore, Store } from './observable.ts';

/**
 * Like useStore, for a part of the value that can change only when a value concerning `keys`
 * comes or goes. `keys` is a string of keys joined by '\n', so that it compares by value.
 */
export function useStoreAt<T, U>(store: KeyedStore<T>, keys: string, select: (value: T) => U): U {
  const subscribe = useCallback(
    (listener: () => void) => {
      // No keys (an empty cell has no items): nothing can concern it.
      const stops = keys === '' ? [] : keys.split('\n').map((key) => store.subscribeTo(key, listener));
      return () => stops.forEach((stop) => stop());
    },
    [store, keys],
  );
  const get = useCallback(() => select(store.get()), [store, select]);
  return useSyncExternalStore(subscribe, get, get);
}

/** The part of a store's value a component shows; `select` must return a stable value (primitive or stored object). */
export function useStore<T, U>(store: Store<T>, select: (value: T) => U): U {
  const get = useCallback(() => select(store.get()), [store, select]);
  return useSyncExternalStore(store.subscribe, get, get);
}
