// Runs in Node (tests). The grid's layout (renderer/state/grid-layout.ts): lines in schedule order,
// a joint row as one chip across the bodies it joins, continued placements (shared/schedule/placements.ts).
import { describe, expect, it } from 'vitest';
import { cellAt, gridLines, rowCells } from '../../renderer/state/grid-layout.ts';
import { placementsOf } from '../../shared/schedule/placements.ts';
import { jointDiscussions } from '../../shared/schedule/joint-discussions.ts';
import { fixtureSession } from './fixtures.ts';

const session = fixtureSession();
const items = jointDiscussions(session.items).keyOf;

describe('grid layout', () => {
  it('lists the header, each day, and each slot as rows or one empty line', () => {
    const keys = gridLines(session).map((line) => line.key);
    expect(keys.slice(0, 6)).toEqual(['h', 'd:2017-10-09', 'r:2017-10-09:0:0', 'r:2017-10-09:0:1', 'r:2017-10-09:0:2', 'r:2017-10-09:1:0']);
    expect(keys).toContain('e:2017-10-12:1');
    // The header, 5 days, 15 rows and the one empty slot (Thursday afternoon).
    expect(keys).toHaveLength(1 + 5 + 15 + 1);
  });

  it('makes a joint row one chip spanning both bodies', () => {
    const cells = rowCells(session.bodies, { wg3: 'wg3-5', wg2: 'wg2-2' }, items);
    expect(cells).toEqual([{ kind: 'chip', col: 1, span: 2, bodies: ['wg3', 'wg2'], items: ['wg3-5', 'wg2-2'], joint: true }]);
    expect(cellAt(cells, 2)).toBe(cells[0]);
  });

  it('keeps items side by side that are not joint, and empty cells', () => {
    expect(rowCells(session.bodies, { wg3: 'wg3-2', wg2: 'wg2-3' }, items).map((c) => c.kind === 'chip' && c.span)).toEqual([1, 1]);
    expect(rowCells(session.bodies, { wg2: 'wg2-3' }, items)).toEqual([
      { kind: 'empty', col: 1, body: 'wg3' },
      { kind: 'chip', col: 2, span: 1, bodies: ['wg2'], items: ['wg2-3'], joint: false },
    ]);
  });

  it('marks every placement after the first slot as continued', () => {
    const placements = placementsOf(session);
    expect(placements.get('wg3-5')!.map((p) => p.continued)).toEqual([false, true, true]);
    expect(placements.get('wg3-1a')!.map((p) => p.continued)).toEqual([false]);
    expect(placements.has('wg3-1')).toBe(false);
  });
});
