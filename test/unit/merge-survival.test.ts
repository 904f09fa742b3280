// Runs in Node (tests). Two merge properties of issue 7's Done-when that the other property
// tests only touch: non-conflicting edits made on both sides ALL survive, with no conflict; and
// no conflict goes unreported — where the merge lists none, no pick could change the result,
// and where both copies changed the same text differently, a conflict names that item.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSessions, resolveMerge, withoutLineage, type Merge, type Side } from '../../shared/merge/index.ts';
import type { Session } from '../../shared/model/index.ts';
import { apply, KINDS, MERGE_KINDS, opArbOf, type Op } from './edit-sequences.ts';
import { fixtureSession } from './fixtures.ts';

const base = fixtureSession();
const ITEMS = base.items.map((item) => item.id);
const RUNS = { numRuns: 60 };

function resolved(merge: Merge, fallback: Side): Session {
  const result = resolveMerge(merge, {}, fallback);
  if (!result.ok) throw new Error('unresolved');
  return result.session;
}

/** New titles in one language for a subset of the items. */
const retitles = fc.dictionary(fc.constantFrom(...ITEMS), fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.trim() !== ''), { maxKeys: 6 });

function retitled(session: Session, lang: 'en' | 'zh', titles: Record<string, string>): Session {
  return { ...session, items: session.items.map((item) => (titles[item.id] === undefined ? item : { ...item, title: { ...item.title, [lang]: titles[item.id] } })) };
}

/** The fixture's rows moved between slots by a seed: a schedule change only `theirs` makes. */
const scheduleOps = fc.array(opArbOf(['moveRow', 'removeRow', 'continueInNextSlot', 'placeItem']) as fc.Arbitrary<Op>, { maxLength: 6 });
function rescheduled(session: Session, ops: Op[]): Session {
  return ops.reduce((s, op) => {
    const result = apply(s, op);
    return result.ok ? result.session : s;
  }, session);
}

describe('merge (property): non-conflicting edits on both sides', () => {
  it('keeps every English title ours changed, every Chinese title theirs changed, theirs schedule and ours venue, with no conflict', () => {
    fc.assert(
      fc.property(retitles, retitles, scheduleOps, fc.string({ minLength: 1, maxLength: 10 }), (enTitles, zhTitles, ops, venue) => {
        const ours = { ...retitled(base, 'en', enTitles), venue: { ...base.venue, en: venue } };
        const theirs = rescheduled(retitled(base, 'zh', zhTitles), ops);
        const merge = mergeSessions(base, ours, theirs);
        expect(merge.conflicts).toEqual([]);
        const result = resolved(merge, 'ours');
        for (const item of result.items) {
          const was = base.items.find((b) => b.id === item.id)!;
          expect(item.title.en).toBe(enTitles[item.id] ?? was.title.en);
          expect(item.title.zh).toBe(zhTitles[item.id] ?? was.title.zh);
        }
        expect(result.days).toEqual(theirs.days);
        expect(result.venue?.en).toBe(venue);
      }),
      RUNS,
    );
  });
});

describe('merge (property): every conflict is reported', () => {
  const sequence = fc.array(opArbOf([...KINDS, ...MERGE_KINDS, ...MERGE_KINDS]) as fc.Arbitrary<Op>, { maxLength: 10 });
  const edited = (ops: Op[]) => rescheduled(base, ops);

  it('without a listed conflict, no pick changes the result', () => {
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const merge = mergeSessions(base, edited(a), edited(b));
        if (merge.conflicts.length > 0) return;
        expect(withoutLineage(resolved(merge, 'ours'))).toEqual(withoutLineage(resolved(merge, 'theirs')));
      }),
      RUNS,
    );
  });

  it('lists a conflict for an item whose title both copies changed differently', () => {
    fc.assert(
      fc.property(sequence, sequence, retitles, retitles, (a, b, oursTitles, theirsTitles) => {
        const ours = retitled(edited(a), 'en', oursTitles);
        const theirs = retitled(edited(b), 'en', theirsTitles);
        const merge = mergeSessions(base, ours, theirs);
        const about = new Set(merge.conflicts.flatMap((c) => [c.item, ...c.id.split(/[:,]/)]));
        for (const item of base.items) {
          const [o, t] = [ours.items.find((i) => i.id === item.id), theirs.items.find((i) => i.id === item.id)];
          if (!o || !t) continue;
          if (o.title.en !== item.title.en && t.title.en !== item.title.en && o.title.en !== t.title.en) expect([item.id, about.has(item.id)]).toEqual([item.id, true]);
        }
      }),
      RUNS,
    );
  });
});
