import { describe, expect, it } from 'vitest';
import { parseSession, serializeSession, type Session } from '../../shared/model/index.ts';
import * as ops from '../../shared/schedule/index.ts';
import type { EditResult } from '../../shared/schedule/index.ts';
import { expectOk, fixtureSession } from './fixtures.ts';

const ok = (result: EditResult): Session => {
  const session = expectOk(result).session;
  // Every accepted edit leaves a session that saves and loads again.
  expect(parseSession(serializeSession(session)).ok).toBe(true);
  return session;
};
const refused = (result: EditResult) => {
  if (result.ok) throw new Error('expected the edit to be refused');
  return result.error;
};
const slot = (s: Session, date: string, index: number) => s.days.find((d) => d.date === date)!.slots[index]!;

describe('placing items', () => {
  it('places an item as a new row at a position', () => {
    const s = ok(ops.placeItem(fixtureSession(), { item: 'wg3-4', at: { date: '2017-10-09', slot: 1 }, position: 0 }));
    expect(slot(s, '2017-10-09', 1).rows).toEqual([{ wg3: 'wg3-4' }, { wg3: 'wg3-2' }]);
  });

  it('refuses an item already in that slot, naming it in both languages', () => {
    const error = refused(ops.placeItem(fixtureSession(), { item: 'wg3-2', at: { date: '2017-10-09', slot: 1 } }));
    expect(error.en).toBe('item 2 of Working Group on International Cooperation is already placed in this slot');
    expect(error.zh).toBe('国际合作工作组的项目 2 已安排在此时段');
  });

  it('refuses unknown days, slots, items and positions without crashing', () => {
    const s = fixtureSession();
    expect(refused(ops.placeItem(s, { item: 'wg3-4', at: { date: '2017-10-20', slot: 0 } })).en).toMatch(/no day 2017-10-20/);
    expect(refused(ops.placeItem(s, { item: 'wg3-4', at: { date: '2017-10-09', slot: 5 } })).en).toMatch(/no meeting slot number 6/);
    expect(refused(ops.placeItem(s, { item: 'nope', at: { date: '2017-10-09', slot: 0 } })).en).toMatch(/no item with id "nope"/);
    expect(refused(ops.placeItem(s, { item: 'wg3-4', at: { date: '2017-10-09', slot: 1 }, position: 4 })).en).toMatch(/position 4/);
  });

  it('fills the empty cell of an existing row, and refuses a taken cell', () => {
    const s = ok(ops.placeItemInRow(fixtureSession(), { item: 'wg2-3', at: { date: '2017-10-09', slot: 0, row: 0 } }));
    expect(slot(s, '2017-10-09', 0).rows[0]).toEqual({ wg3: 'wg3-1a', wg2: 'wg2-3' });
    expect(refused(ops.placeItemInRow(s, { item: 'wg3-4', at: { date: '2017-10-09', slot: 0, row: 0 } })).en).toBe(
      'this row already holds item 1(a) for Working Group on International Cooperation',
    );
  });

  it('places a joint item: every body\'s item with the key in one row', () => {
    const s = ok(ops.placeJointItem(fixtureSession(), { joint: 'other-matters', at: { date: '2017-10-12', slot: 1 } }));
    expect(slot(s, '2017-10-12', 1).rows).toEqual([{ wg3: 'wg3-6', wg2: 'wg2-4' }]);
    expect(refused(ops.placeJointItem(s, { joint: 'other-matters', at: { date: '2017-10-12', slot: 1 } })).en).toMatch(/already placed/);
    expect(refused(ops.placeJointItem(s, { joint: 'nothing', at: { date: '2017-10-12', slot: 1 } })).en).toMatch(/no items share the joint key "nothing"/);
  });

  it('refuses a joint key held by two items of one body', () => {
    const s = ok(ops.editItem(fixtureSession(), 'wg3-4', { joint: 'report' }));
    expect(refused(ops.placeJointItem(s, { joint: 'report', at: { date: '2017-10-12', slot: 1 } })).en).toMatch(/two items of Working Group on International Cooperation share/);
  });

  it('continues a row in the next slot, crossing to the next day after the last slot', () => {
    let s = ok(ops.continueInNextSlot(fixtureSession(), { date: '2017-10-10', slot: 0, row: 1 }));
    expect(slot(s, '2017-10-11', 0).rows[0]).toEqual({ wg3: 'wg3-4' });
    s = ok(ops.continueInNextSlot(s, { date: '2017-10-12', slot: 0, row: 1 }));
    expect(slot(s, '2017-10-12', 1).rows).toEqual([{ wg2: 'wg2-3' }]);
    expect(refused(ops.continueInNextSlot(s, { date: '2017-10-13', slot: 1, row: 0 })).en).toMatch(/no later meeting slot/);
    expect(refused(ops.continueInNextSlot(fixtureSession(), { date: '2017-10-11', slot: 0, row: 2 })).en).toMatch(/already placed/);
  });
});

describe('moving and removing rows', () => {
  it('reorders a row within its slot', () => {
    const s = ok(ops.moveRow(fixtureSession(), { from: { date: '2017-10-09', slot: 0, row: 2 }, to: { date: '2017-10-09', slot: 0 }, position: 0 }));
    expect(slot(s, '2017-10-09', 0).rows.map((r) => r.wg3)).toEqual(['wg3-2', 'wg3-1a', 'wg3-1b']);
  });

  it('moves a joint row to another slot and refuses a slot that already has one of its items', () => {
    const s = ok(ops.moveRow(fixtureSession(), { from: { date: '2017-10-13', slot: 1, row: 0 }, to: { date: '2017-10-12', slot: 1 } }));
    expect(slot(s, '2017-10-12', 1).rows).toEqual([{ wg3: 'wg3-6', wg2: 'wg2-4' }]);
    expect(slot(s, '2017-10-13', 1).rows).toHaveLength(1);
    expect(refused(ops.moveRow(fixtureSession(), { from: { date: '2017-10-11', slot: 1, row: 0 }, to: { date: '2017-10-11', slot: 0 } })).en).toMatch(/already placed/);
  });

  it('removes a row, or one body\'s cell of it (and the row once empty)', () => {
    let s = ok(ops.removeRow(fixtureSession(), { date: '2017-10-09', slot: 1, row: 0 }));
    expect(slot(s, '2017-10-09', 1).rows).toEqual([]);
    s = ok(ops.removeFromRow(s, { at: { date: '2017-10-13', slot: 1, row: 0 }, body: 'wg2' }));
    expect(slot(s, '2017-10-13', 1).rows[0]).toEqual({ wg3: 'wg3-6' });
    s = ok(ops.removeFromRow(s, { at: { date: '2017-10-13', slot: 1, row: 0 }, body: 'wg3' }));
    expect(slot(s, '2017-10-13', 1).rows).toEqual([{ wg3: 'wg3-7', wg2: 'wg2-5' }]);
    expect(refused(ops.removeFromRow(s, { at: { date: '2017-10-09', slot: 0, row: 0 }, body: 'wg2' })).en).toMatch(/holds no item for Working Group of Government Experts/);
    expect(refused(ops.removeRow(s, { date: '2017-10-09', slot: 0, row: 9 })).en).toMatch(/no row number 10/);
  });
});

describe('days and slots', () => {
  it('adds a day in date order with the slot times of the day before', () => {
    const s = ok(ops.addDay(fixtureSession(), { date: '2017-10-16' }));
    expect(s.days.at(-1)).toEqual({ date: '2017-10-16', slots: [{ start: '10:00', end: '13:00', rows: [] }, { start: '15:00', end: '18:00', rows: [] }] });
    const s2 = ok(ops.addDay(s, { date: '2017-10-06', slots: [{ start: '12:00', end: '14:00' }] }));
    expect(s2.days[0]!.date).toBe('2017-10-06');
    expect(refused(ops.addDay(s2, { date: '2017-10-09' })).en).toBe('the session already has a day 2017-10-09');
    expect(refused(ops.addDay(s2, { date: '2017-02-30' })).en).toMatch(/not a calendar date/);
  });

  it('removes a day with its placements, and moves a day to another date', () => {
    let s = ok(ops.removeDay(fixtureSession(), { date: '2017-10-10' }));
    expect(s.days.map((d) => d.date)).not.toContain('2017-10-10');
    s = ok(ops.moveDay(s, { date: '2017-10-09', to: '2017-10-16' }));
    expect(s.days.map((d) => d.date)).toEqual(['2017-10-11', '2017-10-12', '2017-10-13', '2017-10-16']);
    expect(slot(s, '2017-10-16', 0).rows[0]).toEqual({ wg3: 'wg3-1a' });
    expect(refused(ops.moveDay(s, { date: '2017-10-11', to: '2017-10-12' })).en).toMatch(/already has a day/);
  });

  it('swaps what happens on two days, keeping the dates', () => {
    const before = fixtureSession();
    const s = ok(ops.swapDays(before, { a: '2017-10-09', b: '2017-10-10' }));
    expect(s.days[0]!.slots).toEqual(before.days[1]!.slots);
    expect(s.days[1]!.slots).toEqual(before.days[0]!.slots);
    expect(refused(ops.swapDays(before, { a: '2017-10-09', b: '2017-10-09' })).en).toMatch(/two different days/);
  });

  it('adds, retimes and removes slots, keeping a day in time order', () => {
    let s = ok(ops.addSlot(fixtureSession(), { date: '2017-10-10', start: '15:00', end: '18:00' }));
    s = ok(ops.addSlot(s, { date: '2017-10-10', start: '08:00', end: '09:30' }));
    expect(s.days[1]!.slots.map((x) => x.start)).toEqual(['08:00', '10:00', '15:00']);
    s = ok(ops.retimeSlot(s, { date: '2017-10-10', slot: 0, start: '19:00', end: '21:00' }));
    expect(s.days[1]!.slots.map((x) => x.start)).toEqual(['10:00', '15:00', '19:00']);
    expect(slot(s, '2017-10-10', 0).rows).toHaveLength(2);
    s = ok(ops.removeSlot(s, { date: '2017-10-10', slot: 2 }));
    expect(s.days[1]!.slots).toHaveLength(2);
    expect(refused(ops.retimeSlot(s, { date: '2017-10-10', slot: 0, start: '13:00', end: '10:00' })).en).toBe('a meeting slot must end after it starts (13:00 to 10:00)');
    expect(refused(ops.addSlot(s, { date: '2017-10-10', start: '9:00', end: '10:00' })).en).toMatch(/"9:00" is not a time/);
  });

  it('swaps the rows of two slots, keeping the times', () => {
    const before = fixtureSession();
    const s = ok(ops.swapSlots(before, { a: { date: '2017-10-09', slot: 0 }, b: { date: '2017-10-12', slot: 1 } }));
    expect(slot(s, '2017-10-09', 0)).toEqual({ start: '10:00', end: '13:00', rows: [] });
    expect(slot(s, '2017-10-12', 1).rows).toEqual(slot(before, '2017-10-09', 0).rows);
    expect(refused(ops.swapSlots(before, { a: { date: '2017-10-09', slot: 0 }, b: { date: '2017-10-09', slot: 0 } })).en).toMatch(/two different slots/);
  });
});

describe('bodies and items', () => {
  it('adds a body with a unique id and refuses reversed dates', () => {
    const r = ops.addBody(fixtureSession(), { name: { en: 'Working Group on Firearms', zh: '枪支问题工作组' }, from: '2017-10-09', to: '2017-10-10' });
    expect(expectOk(r).created).toBe('working-group-on-firearms');
    ok(r);
    expect(refused(ops.addBody(fixtureSession(), { id: 'wg3', name: { en: 'X' }, from: '2017-10-09', to: '2017-10-10' })).en).toBe('the id "wg3" is already in use');
    expect(refused(ops.addBody(fixtureSession(), { name: { en: 'X' }, from: '2017-10-11', to: '2017-10-10' })).en).toMatch(/first day \(2017-10-11\) must not be after/);
    expect(refused(ops.addBody(fixtureSession(), { name: {}, from: '2017-10-09', to: '2017-10-10' })).en).toBe('The body name must not be empty');
  });

  it('edits a body and removes one with its items and placements', () => {
    let s = ok(ops.editBody(fixtureSession(), 'wg2', { to: '2017-10-12' }));
    expect(s.bodies[1]!.to).toBe('2017-10-12');
    s = ok(ops.removeBody(s, 'wg2'));
    expect(s.items.every((i) => i.body === 'wg3')).toBe(true);
    expect(slot(s, '2017-10-11', 0).rows).toEqual([{ wg3: 'wg3-5' }]);
    expect(slot(s, '2017-10-13', 0).rows).toEqual([]);
  });

  it('adds an item with a fresh id, refusing a number the body already uses', () => {
    const r = ops.addItem(fixtureSession(), { body: 'wg3', number: '8', title: { en: 'Closing', zh: '闭幕' } });
    expect(expectOk(r).created).toBe('wg3-8');
    ok(r);
    expect(expectOk(ops.addItem(fixtureSession(), { body: 'wg2', number: '6(a)', id: '', title: {} })).created).toBe('wg2-6-a');
    expect(refused(ops.addItem(fixtureSession(), { body: 'wg3', number: '5', title: {} })).en).toBe('Working Group on International Cooperation already has an item numbered 5');
    expect(refused(ops.addItem(fixtureSession(), { body: 'wg9', number: '1', title: {} })).en).toMatch(/no body with id "wg9"/);
  });

  it('edits an item, refusing to move a placed item to another body', () => {
    const s = ok(ops.editItem(fixtureSession(), 'wg3-4', { title: { en: 'Electronic evidence', zh: '电子证据' }, joint: 'evidence' }));
    expect(s.items.find((i) => i.id === 'wg3-4')).toMatchObject({ title: { en: 'Electronic evidence' }, joint: 'evidence' });
    expect(refused(ops.editItem(s, 'wg3-4', { body: 'wg2' })).en).toMatch(/cannot move to another body/);
    expect(refused(ops.editItem(s, 'wg3-4', { number: '3' })).en).toMatch(/already has an item numbered 3/);
    expect(refused(ops.editItem(s, 'wg3-4', { joint: ' ' })).en).toBe('The joint key must not be empty');
  });

  it('removes an item with every placement of it, dropping rows left empty', () => {
    const s = ok(ops.removeItem(fixtureSession(), 'wg2-2'));
    expect(s.items.find((i) => i.id === 'wg2-2')).toBeUndefined();
    expect(slot(s, '2017-10-11', 1).rows).toEqual([{ wg3: 'wg3-5' }]);
    const s2 = ok(ops.removeItem(fixtureSession(), 'wg3-2'));
    expect(slot(s2, '2017-10-09', 1).rows).toEqual([]);
  });

  it('never changes the session it was given', () => {
    const before = fixtureSession();
    const snapshot = serializeSession(before);
    ops.removeBody(before, 'wg3');
    ops.placeItem(before, { item: 'wg3-4', at: { date: '2017-10-09', slot: 1 } });
    expect(serializeSession(before)).toBe(snapshot);
  });
});

describe('a new session', () => {
  it('is an empty back-to-back week on weekdays with the two standard meetings', () => {
    const s = ops.newSession({ id: 'id-1', bodies: 2, from: '2026-11-27', to: '2026-12-02' });
    expect(s.days.map((d) => d.date)).toEqual(['2026-11-27', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(s.bodies.map((b) => [b.id, b.name.en, b.name.zh, b.from, b.to])).toEqual([
      ['wg1', 'Working group 1', '工作组1', '2026-11-27', '2026-12-02'],
      ['wg2', 'Working group 2', '工作组2', '2026-11-27', '2026-12-02'],
    ]);
    expect(s.days[0]!.slots).toEqual([{ start: '10:00', end: '13:00', rows: [] }, { start: '15:00', end: '18:00', rows: [] }]);
    expect(parseSession(serializeSession(s)).ok).toBe(true);
  });

  it('refuses a weekend-only range', () => {
    expect(() => ops.newSession({ id: 'x', bodies: 1, from: '2026-11-28', to: '2026-11-29' })).toThrow(/no weekday/);
  });
});
