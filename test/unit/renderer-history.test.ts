// Runs in Node (tests). The editor's undo history (renderer/state/history.ts): snapshots in
// order, a redo branch dropped by a new edit, and the saved mark that undo can return to.
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, currentSession, isDirty, markSaved, record, redo, startHistory, undo } from '../../renderer/state/history.ts';
import { editSession } from '../../shared/schedule/index.ts';
import type { Session } from '../../shared/model/types.ts';
import { expectOk, fixtureSession } from './fixtures.ts';

const retitled = (session: Session, en: string) => expectOk(editSession(session, { title: { en } })).session;

describe('undo history', () => {
  const s0 = fixtureSession();
  const s1 = retitled(s0, 'one');
  const s2 = retitled(s1, 'two');

  it('steps back and forth through the sessions it recorded', () => {
    const h = record(record(startHistory(s0, true), s1), s2);
    expect(currentSession(h)).toBe(s2);
    expect(currentSession(undo(h))).toBe(s1);
    expect(currentSession(undo(undo(h)))).toBe(s0);
    expect(canUndo(undo(undo(h)))).toBe(false);
    expect(currentSession(redo(undo(undo(h))))).toBe(s1);
    expect(canRedo(h)).toBe(false);
  });

  it('drops the redo branch on a new edit, and ignores edits that changed nothing', () => {
    const h = record(undo(record(record(startHistory(s0, true), s1), s2)), retitled(s1, 'other'));
    expect(h.entries).toHaveLength(3);
    expect(canRedo(h)).toBe(false);
    expect(record(h, currentSession(h))).toBe(h);
  });

  it('is clean exactly at the saved entry, also after undoing back to it', () => {
    let h = startHistory(s0, true);
    expect(isDirty(h)).toBe(false);
    h = record(h, s1);
    expect(isDirty(h)).toBe(true);
    expect(isDirty(undo(h))).toBe(false);
    h = markSaved(h, s1);
    expect(isDirty(h)).toBe(false);
    expect(isDirty(undo(h))).toBe(true);
  });

  it('forgets the saved entry when the branch holding it is dropped', () => {
    let h = markSaved(record(record(startHistory(s0, true), s1), s2), s2);
    h = record(undo(h), retitled(s1, 'other'));
    expect(h.savedIndex).toBeNull();
    expect(isDirty(undo(h))).toBe(true);
  });

  it('puts the lineage a save recorded on every entry, so the next save names it as parent, and stays clean', () => {
    let h = record(record(startHistory(s0, true), s1), s2);
    h = undo(h);
    const lineage = { revision: 'r'.repeat(64), parent: 'p'.repeat(64) };
    h = markSaved(h, s1, lineage);
    expect(h.entries.every((entry) => entry.lineage === lineage)).toBe(true);
    expect(isDirty(h)).toBe(false);
    expect(currentSession(redo(h)).lineage).toBe(lineage);
    expect(isDirty(redo(h))).toBe(true);
  });

  it('starts unsaved for restored work', () => {
    expect(isDirty(startHistory(s0, false))).toBe(true);
  });
});
