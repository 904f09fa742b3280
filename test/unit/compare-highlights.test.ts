// Runs in Node (tests). What the editor makes of a comparison (renderer/compare, grid/
// highlight.ts): the marks the grid shows in the open copy for each kind of change, the groups
// of the change list, and where choosing a change goes.
import { describe, expect, it } from 'vitest';
import { diffSessions } from '../../shared/merge/index.ts';
import type { Session } from '../../shared/model/index.ts';
import { groupChanges } from '../../renderer/compare/change-groups.ts';
import { locationOf } from '../../renderer/compare/change-location.ts';
import { highlightsOf, placementKey, slotKey } from '../../renderer/grid/highlight-marks.ts';
import { fixtureSession } from './fixtures.ts';

const open = fixtureSession();

/** The other copy: item 4 of WG.3 moved to Thursday afternoon, item 3 retitled, 1(a) of WG.2 taken out, Friday afternoon retimed, item 7 removed. */
function otherCopy(): Session {
  const other = structuredClone(open);
  other.days[1]!.slots[0]!.rows.splice(1, 1);
  other.days[3]!.slots[1]!.rows.push({ wg3: 'wg3-4' });
  other.items.find((item) => item.id === 'wg3-3')!.title.en = 'New title';
  other.days[2]!.slots[0]!.rows.splice(0, 1);
  other.days[4]!.slots[1]! = { ...other.days[4]!.slots[1]!, end: '18:30' };
  other.days[4]!.slots[1]!.rows = other.days[4]!.slots[1]!.rows.map((row) => (row.wg3 === 'wg3-7' ? { wg2: row.wg2! } : row));
  other.items = other.items.filter((item) => item.id !== 'wg3-7');
  return other;
}

describe('grid highlights of a comparison', () => {
  const changes = diffSessions(open, otherCopy());
  const marks = highlightsOf(open, changes);

  it('marks the moved and the taken-out placement where they are in the open copy', () => {
    expect(marks.placements.get(placementKey('wg3-4', { date: '2017-10-10', slot: 0 }))).toBe('moved');
    expect(marks.placements.get(placementKey('wg2-1a', { date: '2017-10-11', slot: 0 }))).toBe('removed');
    expect(marks.placements.size).toBe(2);
  });

  it('marks the retitled and the removed item on all their chips, and the slots that changed', () => {
    expect(Object.fromEntries(marks.items)).toEqual({ 'wg3-3': 'changed', 'wg3-7': 'removed' });
    // Thursday afternoon is where item 4 goes in the other copy; Friday afternoon has other times there.
    expect(marks.slots.get(slotKey({ date: '2017-10-12', slot: 1 }))).toBe('added');
    expect(marks.slots.get(slotKey({ date: '2017-10-13', slot: 1 }))).toBe('changed');
    expect(marks.slots.get(slotKey({ date: '2017-10-09', slot: 0 }))).toBeUndefined();
  });

  it('marks nothing when the copies are the same', () => {
    const none = highlightsOf(open, diffSessions(open, structuredClone(open)));
    expect([none.placements.size, none.items.size, none.slots.size]).toEqual([0, 0, 0]);
  });

  it('groups the change list: agenda items, placements, days and meetings', () => {
    expect(groupChanges(changes).map(({ group, changes: inGroup }) => [group, inGroup.map((c) => c.kind)])).toEqual([
      ['items', ['item-retitled', 'item-removed']],
      ['placements', ['placement-moved', 'placement-removed']],
      ['schedule', ['slot-retimed']],
    ]);
  });

  it('goes to the row a placement change is about, the item of an item change, nowhere for what the open copy lacks', () => {
    const moved = changes.find((c) => c.kind === 'placement-moved')!;
    expect(locationOf(open, moved)).toEqual({ kind: 'row', date: '2017-10-10', slot: 0, row: 1, body: 'wg3' });
    const retitled = changes.find((c) => c.kind === 'item-retitled')!;
    expect(locationOf(open, retitled)).toEqual({ kind: 'item', item: 'wg3-3' });
    const retimed = changes.find((c) => c.kind === 'slot-retimed')!;
    expect(locationOf(open, retimed)).toEqual({ kind: 'slot', date: '2017-10-13', slot: 1 });
    const added = diffSessions(otherCopy(), open).find((c) => c.kind === 'item-added')!;
    expect(locationOf(otherCopy(), added)).toBeNull();
  });
});
