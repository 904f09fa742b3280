// Runs in Node (tests). Text typed in a field and not yet applied is unsaved work: while a
// field holds such text the document counts as unsaved (what host-sync.ts tells the host for
// the title mark and the close prompt), and it is clean again once the field applies it or
// goes away.
import { afterEach, describe, expect, it } from 'vitest';
import { isUnsaved, record, startHistory } from '../../renderer/state/history.ts';
import { fieldsWithTypedText, markTypedText } from '../../renderer/state/typed-text.ts';
import { fixtureSession } from './fixtures.ts';

afterEach(() => fieldsWithTypedText.set(new Set()));

describe('text typed in a field and not yet applied', () => {
  it('makes a saved document unsaved while a field holds it, and saved again once applied', () => {
    const saved = startHistory(fixtureSession(), true);
    expect(isUnsaved(saved, fieldsWithTypedText.get())).toBe(false);
    markTypedText('title-en', true);
    expect(isUnsaved(saved, fieldsWithTypedText.get())).toBe(true);
    markTypedText('title-en', false);
    expect(isUnsaved(saved, fieldsWithTypedText.get())).toBe(false);
  });

  it('counts each field once, and tells listeners only when the set changes', () => {
    let told = 0;
    const stop = fieldsWithTypedText.subscribe(() => told++);
    markTypedText('a', true);
    markTypedText('a', true);
    markTypedText('b', true);
    markTypedText('a', false);
    expect([...fieldsWithTypedText.get()]).toEqual(['b']);
    expect(told).toBe(3);
    stop();
  });

  it('edits since the save are unsaved with or without typed text', () => {
    const edited = record(startHistory(fixtureSession(), true), { ...fixtureSession(), venue: { en: 'Wien' } });
    expect(isUnsaved(edited, new Set())).toBe(true);
  });
});
