// Runs in Node (tests). Compare: the 2017 fixture against edited copies, one kind of change at
// a time, with the messages a reader sees in English and Chinese.
import { describe, expect, it } from 'vitest';
import { diffSessions, type Change, type ChangeKind } from '../../shared/merge/index.ts';
import type { Session } from '../../shared/model/index.ts';
import * as ops from '../../shared/schedule/index.ts';
import type { EditResult } from '../../shared/schedule/index.ts';
import { expectOk, fixtureSession } from './fixtures.ts';

const base = fixtureSession();
const edited = (...steps: ((s: Session) => EditResult)[]) => steps.reduce((s, step) => expectOk(step(s)).session, base);
const kinds = (changes: Change[]) => changes.map((c) => c.kind);
const only = (changes: Change[], kind: ChangeKind) => {
  expect(kinds(changes)).toEqual([kind]);
  return changes[0]!;
};
const WG3 = 'Working Group on International Cooperation';

describe('diffSessions', () => {
  it('finds nothing between a session and itself, or a copy that differs only in lineage', () => {
    expect(diffSessions(base, base)).toEqual([]);
    expect(diffSessions(base, { ...base, lineage: { revision: 'f'.repeat(64) } })).toEqual([]);
  });

  it('names a retitled item per language, in both languages', () => {
    const change = only(diffSessions(base, edited((s) => ops.editItem(s, 'wg3-5', { title: { ...s.items[6]!.title, zh: '拟订调查表' } }))), 'item-retitled');
    expect(change).toMatchObject({ item: 'wg3-5', field: 'title', lang: 'zh', after: '拟订调查表' });
    expect(change.message.en).toBe(`Changed the title (Chinese) of item 5 of ${WG3}: “${base.items[6]!.title.zh}” → “拟订调查表”`);
    expect(change.message.zh).toBe(`更改了国际合作工作组的项目 5的标题（中文）：“${base.items[6]!.title.zh}” → “拟订调查表”`);
  });

  it('sees an annex title and a short title added in one language', () => {
    const changes = diffSessions(base, edited((s) => ops.editItem(s, 'wg3-3', { annexTitle: { en: 'Consultations' }, shortTitle: { zh: '协商' } })));
    expect(changes.map((c) => c.kind === 'item-retitled' && [c.field, c.lang, c.before, c.after])).toEqual([
      ['annexTitle', 'en', undefined, 'Consultations'],
      ['shortTitle', 'zh', undefined, '协商'],
    ]);
    expect(changes[0]!.message.en).toBe(`Changed the annex title (English) of item 3 of ${WG3}: (none) → “Consultations”`);
  });

  it('sees an item renumbered, added and removed (its placements go without a line of their own)', () => {
    expect(only(diffSessions(base, edited((s) => ops.editItem(s, 'wg3-4', { number: '4bis' }))), 'item-renumbered').message.en).toBe(`Renumbered item 4 of ${WG3} as 4bis`);
    const added = only(diffSessions(base, edited((s) => ops.addItem(s, { body: 'wg3', number: '8', title: { en: 'Closing', zh: '闭幕' } }))), 'item-added');
    expect(added.message).toEqual({ en: `Added item 8 of ${WG3}: “Closing”`, zh: '新增国际合作工作组的项目 8：“闭幕”' });
    const removed = only(diffSessions(base, edited((s) => ops.removeItem(s, 'wg2-3'))), 'item-removed');
    expect(removed.message.en).toMatch(/^Removed item 3 of Working Group of Government Experts on Technical Assistance: “Status of/);
  });

  it('sees other item fields: joint key, documents', () => {
    const changes = diffSessions(base, edited((s) => ops.editItem(s, 'wg3-6', { joint: undefined, documents: [{ symbol: 'CTOC/COP/WG.3/2017/9' }] })));
    expect(changes.map((c) => c.kind === 'item-field' && c.field)).toEqual(['joint', 'documents']);
    expect(changes[1]!.message.en).toBe(`Changed the documents of item 6 of ${WG3}: (none) → CTOC/COP/WG.3/2017/9`);
  });

  it('sees an item moved from one meeting to another, named by day and time', () => {
    const moved = edited((s) => ops.moveRow(s, { from: { date: '2017-10-10', slot: 0, row: 1 }, to: { date: '2017-10-12', slot: 1 } }));
    const change = only(diffSessions(base, moved), 'placement-moved');
    expect(change).toMatchObject({ item: 'wg3-4', from: { date: '2017-10-10', slot: 0, start: '10:00' }, to: { date: '2017-10-12', slot: 1, start: '15:00' } });
    expect(change.message.en).toBe(`Moved item 4 of ${WG3} from Tuesday, 10 October, 10 a.m.–1 p.m. to Thursday, 12 October, 3–6 p.m.`);
    expect(change.message.zh).toBe('将国际合作工作组的项目 4从10月10日，星期二上午10时至下午1时移至10月12日，星期四下午3时至6时');
  });

  it('sees a placement added and one taken out', () => {
    const continued = edited((s) => ops.continueInNextSlot(s, { date: '2017-10-10', slot: 0, row: 1 }));
    expect(only(diffSessions(base, continued), 'placement-added').message.en).toBe(`Placed item 4 of ${WG3} in Wednesday, 11 October, 10 a.m.–1 p.m.`);
    const taken = edited((s) => ops.removeRow(s, { date: '2017-10-09', slot: 1, row: 0 }));
    expect(only(diffSessions(base, taken), 'placement-removed').message.en).toBe(`Took item 2 of ${WG3} out of Monday, 9 October, 3–6 p.m.`);
  });

  it('sees a slot retimed without calling its items moved', () => {
    const change = only(diffSessions(base, edited((s) => ops.retimeSlot(s, { date: '2017-10-09', slot: 1, start: '15:00', end: '18:30' }))), 'slot-retimed');
    expect(change.message).toEqual({
      en: 'Changed the times of the meeting of Monday, 9 October: 3–6 p.m. → 3–6.30 p.m.',
      zh: '更改了10月9日，星期一一次会议的时间：下午3时至6时 → 下午3时至6时30分',
    });
  });

  it('sees slots and days added and removed', () => {
    const changes = diffSessions(base, edited((s) => ops.addSlot(s, { date: '2017-10-12', start: '19:00', end: '20:00' }), (s) => ops.removeSlot(s, { date: '2017-10-12', slot: 1 })));
    expect(kinds(changes)).toEqual(['slot-removed', 'slot-added']);
    expect(changes[1]!.message.zh).toBe('新增10月12日，星期四晚上7时至8时的会议');
    const days = diffSessions(base, edited((s) => ops.addDay(s, { date: '2017-10-16' }), (s) => ops.removeDay(s, { date: '2017-10-10' })));
    expect(days.map((c) => [c.kind, c.message.en])).toEqual([
      ['day-removed', 'Removed the day Tuesday, 10 October'],
      ['day-added', 'Added the day Monday, 16 October'],
      ['placement-removed', `Took item 3 of ${WG3} out of Tuesday, 10 October, 10 a.m.–1 p.m.`],
      ['placement-removed', `Took item 4 of ${WG3} out of Tuesday, 10 October, 10 a.m.–1 p.m.`],
    ]);
  });

  it('sees the rows of a meeting put in another order', () => {
    const change = only(diffSessions(base, edited((s) => ops.moveRow(s, { from: { date: '2017-10-09', slot: 0, row: 0 }, to: { date: '2017-10-09', slot: 0 } }))), 'rows-reordered');
    expect(change.message.en).toBe('Changed the order of the items in Monday, 9 October, 10 a.m.–1 p.m.');
  });

  it('sees bodies changed, added and removed, and the session\'s own fields', () => {
    const renamed = only(diffSessions(base, edited((s) => ops.editBody(s, 'wg2', { name: { ...s.bodies[1]!.name, en: 'Working Group on Technical Assistance' } }))), 'body-field');
    expect(renamed).toMatchObject({ body: 'wg2', field: 'name.en' });
    expect(renamed.message.zh).toBe('更改了机构技术援助问题政府专家工作组的名称（英文）：“Working Group of Government Experts on Technical Assistance” → “Working Group on Technical Assistance”');
    const added = diffSessions(base, edited((s) => ops.addBody(s, { id: 'cop', name: { en: 'Conference', zh: '缔约方会议' }, from: '2017-10-16', to: '2017-10-20' })));
    expect(added.map((c) => c.message.en)).toEqual(['Added the body Conference']);
    expect(kinds(diffSessions(base, edited((s) => ops.removeBody(s, 'wg2'))))).toEqual(['body-removed', ...Array(7).fill('item-removed')]);
    const venue = diffSessions(base, edited((s) => ops.editSession(s, { venue: { en: 'Geneva', zh: '日内瓦' } })));
    expect(venue.map((c) => c.message.en)).toEqual(['Changed the venue (English) of the session: “Vienna” → “Geneva”', 'Changed the venue (Chinese) of the session: “维也纳” → “日内瓦”']);
  });

  it('sees the order of bodies change', () => {
    const swapped = { ...base, bodies: [...base.bodies].reverse() };
    expect(kinds(diffSessions(base, swapped))).toEqual(['order-changed']);
  });
});
