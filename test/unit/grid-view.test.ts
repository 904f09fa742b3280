// Runs in Node (tests). The grid's view (renderer/grid/view.ts) is rebuilt day by day: a day
// an edit did not touch keeps its view object, and whatever it keeps is what a build from
// scratch would give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridView } from '../../renderer/grid/view.ts';
import type { Session } from '../../shared/model/index.ts';
import { moveRow, removeRow } from '../../shared/schedule/index.ts';
import { apply, opArb } from './edit-sequences.ts';
import { fixtureSession } from './fixtures.ts';

/** The same session as new objects: nothing cached for it can be found again. */
const fromScratch = (session: Session) => structuredClone(session);

const edited = (result: ReturnType<typeof moveRow>) => {
  if (!result.ok) throw new Error(`edit refused: ${JSON.stringify(result.error)}`);
  return result.session;
};

describe('grid view', () => {
  it('keeps the view of every day an edit did not touch', () => {
    const before = fixtureSession();
    const views = gridView(before, ['zh']);
    const after = edited(moveRow(before, { from: { date: '2017-10-09', slot: 0, row: 0 }, to: { date: '2017-10-09', slot: 0 }, position: 1 }));
    const next = gridView(after, ['zh']);
    expect(next[0]).not.toBe(views[0]);
    expect(next.slice(1)).toEqual(views.slice(1));
    next.slice(1).forEach((day, i) => expect(day).toBe(views[i + 1]));
  });

  it('rebuilds a day whose chip an edit on another day made a first appearance', () => {
    // Item 3 of WG.2 starts on Thursday morning and continues on Friday morning, "（续）".
    const before = fixtureSession();
    const friday = (session: Session) => gridView(session, ['zh'])[4]!.lines[1]!;
    expect(friday(before)).toMatchObject({ kind: 'row', cells: [{ kind: 'empty' }, { titles: ['缔约国提供信息的状况（续）'] }] });
    // Without Thursday's row, Friday's (a day the edit left as it was) is the first.
    const after = edited(removeRow(before, { date: '2017-10-12', slot: 0, row: 1 }));
    expect(after.days[4]).toBe(before.days[4]);
    expect(friday(after)).toMatchObject({ kind: 'row', cells: [{ kind: 'empty' }, { titles: [expect.not.stringContaining('（续）')] }] });
    expect(gridView(after, ['zh'])).toEqual(gridView(fromScratch(after), ['zh']));
  });

  it('keeps a view per languages shown', () => {
    const session = fixtureSession();
    const zh = gridView(session, ['zh']);
    const both = gridView(session, ['zh', 'en']);
    expect(both[0]!.lines[0]).toMatchObject({ kind: 'day', labels: ['10月9日，星期一', 'Monday, 9 October'] });
    expect(gridView(session, ['zh'])).toBe(zh);
  });

  it('after any sequence of edits, equals the view built from scratch', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 12 }), fc.constantFrom<('zh' | 'en')[]>(['zh'], ['en'], ['zh', 'en']), (ops, langs) => {
        let session = fixtureSession();
        gridView(session, langs);
        for (const op of ops) {
          const result = apply(session, op);
          if (!result.ok) continue;
          session = result.session;
          expect(gridView(session, langs)).toEqual(gridView(fromScratch(session), langs));
        }
      }),
      { numRuns: 150 },
    );
  });
});
