// Runs in Node (tests). Three-way merges of two edited copies of the 2017 fixture: what merges
// cleanly, each kind of conflict with what its choices say and give, the lineage of the result,
// and the two-way compare without a common version.
import { describe, expect, it } from 'vitest';
import { diffSessions, lineageOf, mergeSessions, resolveMerge, revisionOf, type Merge, type Picks } from '../../shared/merge/index.ts';
import type { Session } from '../../shared/model/index.ts';
import * as ops from '../../shared/schedule/index.ts';
import type { EditResult } from '../../shared/schedule/index.ts';
import { expectOk, fixtureSession } from './fixtures.ts';

const base = fixtureSession();
const edited = (...steps: ((s: Session) => EditResult)[]) => steps.reduce((s, step) => expectOk(step(s)).session, base);
const merged = (merge: Merge, picks: Picks = {}) => {
  const result = resolveMerge(merge, picks);
  if (!result.ok) throw new Error(`unresolved: ${result.unresolved.map((c) => c.id).join(', ')}`);
  return result.session;
};
const slotsOf = (session: Session, item: string) =>
  session.days.flatMap((day) => day.slots.flatMap((slot, i) => (slot.rows.some((row) => Object.values(row).includes(item)) ? [`${day.date}#${i}`] : [])));
const item = (session: Session, id: string) => session.items.find((it) => it.id === id);
const move = (date: string, slot: number, row: number, toDate: string, toSlot: number) => (s: Session) => ops.moveRow(s, { from: { date, slot, row }, to: { date: toDate, slot: toSlot } });
const WG3 = 'Working Group on International Cooperation';

describe('three-way merge: what merges cleanly', () => {
  it('takes an English edit from one copy and a Chinese edit from the other', () => {
    const ours = edited((s) => ops.editItem(s, 'wg3-5', { title: { ...s.items[6]!.title, en: 'Questionnaire' } }));
    const theirs = edited((s) => ops.editItem(s, 'wg3-5', { title: { ...s.items[6]!.title, zh: '调查表' } }));
    const merge = mergeSessions(base, ours, theirs);
    expect(merge.conflicts).toEqual([]);
    expect(item(merged(merge), 'wg3-5')!.title).toEqual({ en: 'Questionnaire', zh: '调查表' });
  });

  it('combines schedule and agenda changes from both copies', () => {
    const ours = edited(move('2017-10-10', 0, 1, '2017-10-12', 1), (s) => ops.editItem(s, 'wg2-3', { number: '3bis' }));
    const theirs = edited((s) => ops.addDay(s, { date: '2017-10-16' }), (s) => ops.editBody(s, 'wg2', { symbol: 'CTOC/COP/WG.2/2017/1/Rev.1' }), (s) => ops.addItem(s, { body: 'wg3', number: '8', title: { en: 'Closing', zh: '闭幕' } }));
    const merge = mergeSessions(base, ours, theirs);
    expect(merge.conflicts).toEqual([]);
    const result = merged(merge);
    expect(slotsOf(result, 'wg3-4')).toEqual(['2017-10-12#1']);
    expect(item(result, 'wg2-3')!.number).toBe('3bis');
    expect(result.days.map((d) => d.date)).toContain('2017-10-16');
    expect(result.bodies[1]!.symbol).toBe('CTOC/COP/WG.2/2017/1/Rev.1');
    expect(item(result, 'wg3-8')!.title.zh).toBe('闭幕');
    // Everything either copy changed is in the result, and nothing else.
    expect(diffSessions(base, result).map((c) => c.kind).sort()).toEqual(
      [...diffSessions(base, ours), ...diffSessions(base, theirs)].map((c) => c.kind).sort(),
    );
  });

  it('keeps both continuations when each copy only added one', () => {
    const ours = edited((s) => ops.continueInNextSlot(s, { date: '2017-10-10', slot: 0, row: 1 }));
    const theirs = edited((s) => ops.placeItem(s, { item: 'wg3-4', at: { date: '2017-10-12', slot: 1 } }));
    const merge = mergeSessions(base, ours, theirs);
    expect(merge.conflicts).toEqual([]);
    expect(slotsOf(merged(merge), 'wg3-4')).toEqual(['2017-10-10#0', '2017-10-11#0', '2017-10-12#1']);
  });

  it('keeps a slot retimed in one copy with the items the other placed in it', () => {
    const ours = edited((s) => ops.retimeSlot(s, { date: '2017-10-12', slot: 1, start: '15:00', end: '17:00' }));
    const theirs = edited((s) => ops.placeItem(s, { item: 'wg2-3', at: { date: '2017-10-12', slot: 1 } }));
    const merge = mergeSessions(base, ours, theirs);
    expect(merge.conflicts).toEqual([]);
    const slot = merged(merge).days[3]!.slots[1]!;
    expect(slot).toEqual({ start: '15:00', end: '17:00', rows: [{ wg2: 'wg2-3' }] });
  });
});

describe('three-way merge: conflicts', () => {
  it('lists the same title edited differently, with both values, and applies the pick', () => {
    const ours = edited((s) => ops.editItem(s, 'wg3-5', { title: { ...s.items[6]!.title, en: 'Questionnaire (ours)' } }));
    const theirs = edited((s) => ops.editItem(s, 'wg3-5', { title: { ...s.items[6]!.title, en: 'Questionnaire (theirs)' } }));
    const merge = mergeSessions(base, ours, theirs);
    expect(merge.conflicts).toEqual([
      {
        id: 'item:wg3-5:title.en',
        kind: 'field',
        item: 'wg3-5',
        message: { en: `Both copies changed the title (English) of item 5 of ${WG3}`, zh: '两个副本都更改了国际合作工作组的项目 5的标题（英文）' },
        ours: { en: 'This copy: “Questionnaire (ours)”', zh: '本副本：“Questionnaire (ours)”' },
        theirs: { en: 'The other copy: “Questionnaire (theirs)”', zh: '另一副本：“Questionnaire (theirs)”' },
      },
    ]);
    expect(item(merged(merge, { 'item:wg3-5:title.en': 'theirs' }), 'wg3-5')!.title.en).toBe('Questionnaire (theirs)');
    expect(item(merged(merge, { 'item:wg3-5:title.en': 'ours' }), 'wg3-5')!.title.en).toBe('Questionnaire (ours)');
  });

  it('lists the same item moved to different slots, and places it where the pick says', () => {
    const ours = edited(move('2017-10-10', 0, 1, '2017-10-12', 1));
    const theirs = edited(move('2017-10-10', 0, 1, '2017-10-09', 1));
    const merge = mergeSessions(base, ours, theirs);
    expect(merge.conflicts.map((c) => [c.id, c.kind, c.ours.en, c.theirs.en])).toEqual([
      ['item:wg3-4:placements', 'placement', 'This copy: placed in Thursday, 12 October, 3–6 p.m.', 'The other copy: placed in Monday, 9 October, 3–6 p.m.'],
    ]);
    expect(merge.conflicts[0]!.message.zh).toBe('两个副本对国际合作工作组的项目 4的安排不同');
    expect(slotsOf(merged(merge, { 'item:wg3-4:placements': 'ours' }), 'wg3-4')).toEqual(['2017-10-12#1']);
    expect(slotsOf(merged(merge, { 'item:wg3-4:placements': 'theirs' }), 'wg3-4')).toEqual(['2017-10-09#1']);
  });

  it('lists an item removed in one copy and edited in the other: remove it, or keep it with the edit', () => {
    const ours = edited((s) => ops.removeItem(s, 'wg3-3'));
    const theirs = edited((s) => ops.editItem(s, 'wg3-3', { annexTitle: { en: 'Consultations', zh: '协商' } }));
    const merge = mergeSessions(base, ours, theirs);
    expect(merge.conflicts.map((c) => [c.id, c.kind, c.message.en, c.ours.en, c.theirs.en])).toEqual([
      ['item:wg3-3', 'removed-changed', `This copy removed item 3 of ${WG3}; the other copy changed it`, 'This copy: remove it', 'The other copy: keep it, with the changes'],
    ]);
    expect(item(merged(merge, { 'item:wg3-3': 'ours' }), 'wg3-3')).toBeUndefined();
    const kept = merged(merge, { 'item:wg3-3': 'theirs' });
    expect(item(kept, 'wg3-3')!.annexTitle).toEqual({ en: 'Consultations', zh: '协商' });
    expect(slotsOf(kept, 'wg3-3')).toEqual(['2017-10-10#0']);
  });

  it('removes cleanly what one copy removed and the other left alone', () => {
    const ours = edited((s) => ops.removeItem(s, 'wg3-3'), (s) => ops.removeDay(s, { date: '2017-10-12' }));
    const theirs = edited((s) => ops.editItem(s, 'wg3-4', { title: { en: 'Other', zh: '其他' } }));
    const merge = mergeSessions(base, ours, theirs);
    expect(merge.conflicts).toEqual([]);
    const result = merged(merge);
    expect(item(result, 'wg3-3')).toBeUndefined();
    expect(result.days.map((d) => d.date)).not.toContain('2017-10-12');
  });

  it('lists a day removed in one copy while the other placed something on it', () => {
    const ours = edited((s) => ops.removeDay(s, { date: '2017-10-12' }));
    const theirs = edited((s) => ops.placeItem(s, { item: 'wg2-4', at: { date: '2017-10-12', slot: 1 } }));
    const merge = mergeSessions(base, ours, theirs);
    expect(merge.conflicts.map((c) => [c.id, c.message.en])).toEqual([['day:2017-10-12', 'This copy removed the day Thursday, 12 October; the other copy changed it']]);
    expect(merged(merge, { 'day:2017-10-12': 'ours' }).days.map((d) => d.date)).not.toContain('2017-10-12');
    expect(slotsOf(merged(merge, { 'day:2017-10-12': 'theirs' }), 'wg2-4')).toEqual(['2017-10-12#1', '2017-10-13#1']);
  });

  it('groups item numbers that would clash, and takes the whole group from the picked copy', () => {
    const ours = edited((s) => ops.editItem(s, 'wg3-4', { number: '8' }));
    const theirs = edited((s) => ops.addItem(s, { id: 'wg3-new', body: 'wg3', number: '8', title: { en: 'Closing', zh: '闭幕' } }));
    const merge = mergeSessions(base, ours, theirs);
    expect(merge.conflicts.map((c) => [c.id, c.kind])).toEqual([['numbering:wg3-4,wg3-new', 'numbering']]);
    expect(merge.conflicts[0]!.ours.en).toBe(`This copy: “${item(base, 'wg3-4')!.title.en}” numbered 8, no “Closing”`);
    expect(merge.conflicts[0]!.theirs.en).toBe(`The other copy: “${item(base, 'wg3-4')!.title.en}” numbered 4, “Closing” numbered 8`);
    const withOurs = merged(merge, { 'numbering:wg3-4,wg3-new': 'ours' });
    expect([item(withOurs, 'wg3-4')!.number, item(withOurs, 'wg3-new')]).toEqual(['8', undefined]);
    const withTheirs = merged(merge, { 'numbering:wg3-4,wg3-new': 'theirs' });
    expect([item(withTheirs, 'wg3-4')!.number, item(withTheirs, 'wg3-new')!.number]).toEqual(['4', '8']);
  });

  it('lists the rows of a slot reordered differently by both copies', () => {
    const ours = edited((s) => ops.moveRow(s, { from: { date: '2017-10-09', slot: 0, row: 0 }, to: { date: '2017-10-09', slot: 0 } }));
    const theirs = edited((s) => ops.moveRow(s, { from: { date: '2017-10-09', slot: 0, row: 2 }, to: { date: '2017-10-09', slot: 0 }, position: 0 }));
    const merge = mergeSessions(base, ours, theirs);
    expect(merge.conflicts.map((c) => [c.id, c.kind, c.ours.en, c.theirs.en])).toEqual([
      ['slot:2017-10-09#0:rows', 'arrangement', 'This copy: “1(b) | 2 | 1(a)”', 'The other copy: “2 | 1(a) | 1(b)”'],
    ]);
    expect(merged(merge, { 'slot:2017-10-09#0:rows': 'theirs' }).days[0]!.slots[0]!.rows).toEqual([{ wg3: 'wg3-2' }, { wg3: 'wg3-1a' }, { wg3: 'wg3-1b' }]);
  });

  it('reports open conflicts instead of guessing, and previews with a default', () => {
    const ours = edited((s) => ops.editSession(s, { venue: { en: 'Geneva' } }));
    const theirs = edited((s) => ops.editSession(s, { venue: { en: 'New York' } }));
    const merge = mergeSessions(base, ours, theirs);
    const open = resolveMerge(merge, {});
    expect(open.ok).toBe(false);
    if (!open.ok) expect(open.unresolved.map((c) => c.id)).toEqual(['session:venue.en']);
    const preview = resolveMerge(merge, {}, 'theirs');
    expect(preview.ok && preview.session.venue).toEqual({ en: 'New York' });
  });
});

describe('the merge result', () => {
  it('records its lineage: edited from ours, with theirs merged in', () => {
    const ours = { ...edited((s) => ops.editSession(s, { venue: { en: 'Geneva' } })), lineage: { revision: 'a'.repeat(64), parent: revisionOf(base) } };
    const theirs = edited((s) => ops.editItem(s, 'wg3-4', { number: '4bis' }));
    const result = merged(mergeSessions(base, ours, theirs));
    expect(result.lineage).toEqual({ revision: revisionOf(result), parent: 'a'.repeat(64), merged: [lineageOf(theirs).revision] });
  });
});

describe('two-way compare (no common version)', () => {
  it('makes every difference a pick, and takes each from the copy picked', () => {
    const ours = edited((s) => ops.editSession(s, { venue: { en: 'Geneva', zh: '日内瓦' } }), (s) => ops.removeItem(s, 'wg3-7'));
    const theirs = edited((s) => ops.addDay(s, { date: '2017-10-16' }));
    const merge = mergeSessions(null, ours, theirs);
    expect(merge.conflicts.map((c) => [c.id, c.kind])).toEqual([
      ['session:venue.en', 'field'],
      ['session:venue.zh', 'field'],
      ['item:wg3-7', 'only-one-side'],
      ['day:2017-10-16', 'only-one-side'],
    ]);
    expect(merge.conflicts[2]!.message.en).toBe(`Only the other copy has item 7 of ${WG3}`);
    const picks: Picks = { 'session:venue.en': 'ours', 'session:venue.zh': 'theirs', 'item:wg3-7': 'theirs', 'day:2017-10-16': 'ours' };
    const result = merged(merge, picks);
    expect(result.venue).toEqual({ en: 'Geneva', zh: '维也纳' });
    expect(slotsOf(result, 'wg3-7')).toEqual(['2017-10-13#1']);
    expect(result.days.map((d) => d.date)).not.toContain('2017-10-16');
  });
});
