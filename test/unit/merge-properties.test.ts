// Runs in Node (tests). Merge properties over random edit sequences on two copies of the 2017
// fixture: whatever the picks, the result loads; an untouched copy gives way to the other; a
// session merged with itself is unchanged; every field a copy changed survives when that copy
// is picked (so no conflict goes unreported); a two-way compare also always gives a valid result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSessions, resolveMerge, withoutLineage, type Merge, type Picks, type Side } from '../../shared/merge/index.ts';
import { parseSession, serializeSession, type Session } from '../../shared/model/index.ts';
import { apply, KINDS, MERGE_KINDS, opArbOf, type Op } from './edit-sequences.ts';
import { fixtureSession } from './fixtures.ts';

const base = fixtureSession();
const sequence = fc.array(opArbOf([...KINDS, ...MERGE_KINDS, ...MERGE_KINDS]) as fc.Arbitrary<Op>, { maxLength: 12 });

/** The fixture after the edits the operations accept (refused ones are skipped). */
function editedCopy(ops: Op[]): Session {
  return ops.reduce((session, op) => {
    const result = apply(session, op);
    return result.ok ? result.session : session;
  }, base);
}

function resolved(merge: Merge, picks: Picks, fallback?: Side): Session {
  const result = resolveMerge(merge, picks, fallback);
  if (!result.ok) throw new Error(`unresolved: ${result.unresolved.map((c) => c.id).join(', ')}`);
  return result.session;
}

function expectLoads(session: Session): void {
  const reparsed = parseSession(serializeSession(session));
  if (!reparsed.ok) throw new Error(reparsed.errors.map((e) => `${e.path}: ${e.message.en}`).join('; '));
}

const content = (session: Session) => withoutLineage(session);
const RUNS = { numRuns: 100 };

describe('merge (property)', () => {
  it('always gives a session that loads, whatever is picked', () => {
    fc.assert(
      fc.property(sequence, sequence, fc.infiniteStream(fc.constantFrom<Side>('ours', 'theirs')), (a, b, choices) => {
        const merge = mergeSessions(base, editedCopy(a), editedCopy(b));
        const picks = Object.fromEntries(merge.conflicts.map((c) => [c.id, choices.next().value as Side]));
        expectLoads(resolved(merge, picks));
        expectLoads(resolved(merge, {}, 'ours'));
        expectLoads(resolved(merge, {}, 'theirs'));
      }),
      RUNS,
    );
  });

  it('returns the other copy when one copy is unchanged, with no conflict', () => {
    fc.assert(
      fc.property(sequence, (a) => {
        const copy = editedCopy(a);
        const theirsOnly = mergeSessions(base, base, copy);
        expect(theirsOnly.conflicts).toEqual([]);
        expect(content(resolved(theirsOnly, {}))).toEqual(content(copy));
        const oursOnly = mergeSessions(base, copy, base);
        expect(oursOnly.conflicts).toEqual([]);
        expect(content(resolved(oursOnly, {}))).toEqual(content(copy));
      }),
      RUNS,
    );
  });

  it('changes nothing when a session is merged with itself, with or without a common version', () => {
    fc.assert(
      fc.property(sequence, (a) => {
        const copy = editedCopy(a);
        for (const merge of [mergeSessions(base, copy, copy), mergeSessions(null, copy, copy)]) {
          expect(merge.conflicts).toEqual([]);
          expect(content(resolved(merge, {}))).toEqual(content(copy));
        }
      }),
      RUNS,
    );
  });

  it('keeps every field the picked copy changed: no conflict is dropped silently', () => {
    fc.assert(
      fc.property(sequence, sequence, fc.constantFrom<Side>('ours', 'theirs'), (a, b, side) => {
        const copies = { ours: editedCopy(a), theirs: editedCopy(b) };
        const result = resolved(mergeSessions(base, copies.ours, copies.theirs), {}, side);
        const before = new Map(base.items.map((item) => [item.id, item]));
        const picked = new Map(copies[side].items.map((item) => [item.id, item]));
        for (const item of result.items) {
          const mine = picked.get(item.id);
          const was = before.get(item.id);
          if (!mine || !was) continue;
          for (const field of ['number', 'joint'] as const) {
            if (mine[field] !== was[field]) expect([item.id, field, item[field]]).toEqual([item.id, field, mine[field]]);
          }
          // Texts merge language by language: the other copy's edit of the other language stays.
          for (const field of ['title', 'annexTitle'] as const) {
            for (const lang of ['en', 'zh'] as const) {
              if (mine[field]?.[lang] !== was[field]?.[lang]) expect([item.id, field, lang, item[field]?.[lang]]).toEqual([item.id, field, lang, mine[field]?.[lang]]);
            }
          }
        }
        for (const lang of ['en', 'zh'] as const) {
          if (copies[side].venue?.[lang] !== base.venue?.[lang]) expect(result.venue?.[lang]).toBe(copies[side].venue?.[lang]);
        }
      }),
      RUNS,
    );
  });

  it('lets the person decide every difference between unrelated copies, and the result loads', () => {
    fc.assert(
      fc.property(sequence, sequence, fc.infiniteStream(fc.constantFrom<Side>('ours', 'theirs')), (a, b, choices) => {
        const merge = mergeSessions(null, editedCopy(a), editedCopy(b));
        const picks = Object.fromEntries(merge.conflicts.map((c) => [c.id, choices.next().value as Side]));
        expectLoads(resolved(merge, picks));
        expect(content(resolved(merge, {}, 'ours'))).toEqual(content(merge.ours));
        expect(content(resolved(merge, {}, 'theirs'))).toEqual(content(merge.theirs));
      }),
      RUNS,
    );
  });
});
