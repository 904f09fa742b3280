// Runs in the renderer. A minimal observable value for state that many components read but
// few change (document, focus, selection), and a keyed variant whose listeners can follow one
// key. No React here: the hooks that read them are in store.ts.
export interface Store<T> {
  get(): T;
  set(next: T | ((previous: T) => T)): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(value) : next;
      if (Object.is(resolved, value)) return;
      value = resolved;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * A store that also tells listeners apart by key: a grid cell listens to its own key only, so
 * moving the focus or the selection wakes the few cells it concerns, not the thousands of a
 * large week. `keysOf` names the keys a value concerns; a change notifies the keys of the
 * value before and after it.
 */
export interface KeyedStore<T> extends Store<T> {
  subscribeTo(key: string, listener: () => void): () => void;
}

export function createKeyedStore<T>(initial: T, keysOf: (value: T) => readonly string[]): KeyedStore<T> {
  const all = createStore(initial);
  const byKey = new Map<string, Set<() => void>>();
  return {
    get: all.get,
    subscribe: all.subscribe,
    set(next) {
      const before = all.get();
      all.set(next);
      const after = all.get();
      if (Object.is(before, after)) return;
      const keys = new Set([...keysOf(before), ...keysOf(after)]);
      for (const key of keys) for (const listener of [...(byKey.get(key) ?? [])]) listener();
    },
    subscribeTo(key, listener) {
      let listeners = byKey.get(key);
      if (!listeners) byKey.set(key, (listeners = new Set()));
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        // Only this key's current set: a second call must not drop a newer subscriber's.
        if (listeners.size === 0 && byKey.get(key) === listeners) byKey.delete(key);
      };
    },
  };
}
