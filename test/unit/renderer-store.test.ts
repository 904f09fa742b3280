// Runs in Node (tests). The keyed store (renderer/state/store.ts): a change wakes the listeners
// of the keys it concerns, before and after, and every plain listener.
import { describe, expect, it } from 'vitest';
import { focusKey, selectionKeys, type Selection } from '../../renderer/state/selection.ts';
import { createKeyedStore } from '../../renderer/state/observable.ts';

describe('keyed store', () => {
  it('wakes the keys of the value before and after a change, and plain listeners', () => {
    const store = createKeyedStore<Selection>({ kind: 'session' }, selectionKeys);
    const woken: string[] = [];
    for (const key of ['session', 'item:a', 'item:b', 'slot:2017-10-09:0']) store.subscribeTo(key, () => woken.push(key));
    store.subscribe(() => woken.push('all'));

    store.set({ kind: 'item', id: 'a' });
    expect(woken.sort()).toEqual(['all', 'item:a', 'session']);
    woken.length = 0;
    // The same item at another placement is still a change for that item's chips.
    store.set({ kind: 'item', id: 'a', at: { date: '2017-10-09', slot: 0, row: 1 } });
    expect(woken.sort()).toEqual(['all', 'item:a']);
    woken.length = 0;
    store.set({ kind: 'slot', at: { date: '2017-10-09', slot: 0 } });
    expect(woken.sort()).toEqual(['all', 'item:a', 'slot:2017-10-09:0']);
  });

  it('says nothing when the value is the same object, and forgets a listener that stopped', () => {
    const focus = { line: 'r:2017-10-09:0:0', col: 1 };
    const store = createKeyedStore(focus, (f) => [focusKey(f.line, f.col)]);
    let calls = 0;
    const stop = store.subscribeTo(focusKey('r:2017-10-09:0:0', 1), () => calls++);
    store.set(focus);
    expect(calls).toBe(0);
    store.set({ line: 'r:2017-10-09:0:0', col: 2 });
    expect(calls).toBe(1);
    stop();
    store.set({ line: 'r:2017-10-09:0:0', col: 1 });
    expect(calls).toBe(1);
    // A listener that came after, under the same key, outlives a repeated stop of the first.
    let later = 0;
    store.subscribeTo(focusKey('r:2017-10-09:0:0', 1), () => later++);
    stop();
    store.set({ line: 'r:2017-10-09:0:0', col: 2 });
    expect(later).toBe(1);
  });
});
