// Runs in Node (tests). Random edit sequences for property tests: an operation kind and a few
// numbers that pick what it applies to in the session at hand, so every sequence is replayable
// on any session (shared by the edit-operation and merge properties).
import fc from 'fast-check';
import type { Session } from '../../shared/model/index.ts';
import * as ops from '../../shared/schedule/index.ts';
import type { EditResult } from '../../shared/schedule/index.ts';

export const KINDS = [
  'placeItem', 'placeItemInRow', 'placeJointItem', 'moveRow', 'removeRow', 'removeFromRow', 'continueInNextSlot',
  'addDay', 'removeDay', 'moveDay', 'swapDays', 'addSlot', 'removeSlot', 'retimeSlot', 'swapSlots',
  'addBody', 'editBody', 'removeBody', 'addItem', 'editItem', 'removeItem',
] as const;
/**
 * More edits for merges: texts, which merge language by language, and item numbers from a
 * small set, so that two copies often give different items the same number.
 */
export const MERGE_KINDS = ['retitleItem', 'editVenue', 'renumberItem', 'addNumberedItem'] as const;
type Kind = (typeof KINDS)[number] | (typeof MERGE_KINDS)[number];
const FEW_NUMBERS = ['8', '9', '10'];

export const opArbOf = (kinds: readonly Kind[]) => fc.record({
  kind: fc.constantFrom(...kinds),
  n: fc.array(fc.nat(40), { minLength: 6, maxLength: 6 }),
  date: fc.oneof(fc.constantFrom('2017-10-06', '2017-10-14', '2017-10-16', '2017-02-30', '2017-10-09'), fc.date({ min: new Date('2017-09-01'), max: new Date('2017-11-30'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
  times: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30), fc.integer({ min: -2, max: 5 })),
  text: fc.oneof(fc.constantFrom('', ' ', '1', '2', '1(a)', 'x'), fc.string({ maxLength: 6 })),
  joint: fc.option(fc.constantFrom('questionnaire', 'report', 'other-matters', 'new'), { nil: undefined }),
});
export const opArb = opArbOf(KINDS);
export type Op = {
  kind: Kind;
  n: number[];
  date: string;
  times: [number, number, number];
  text: string;
  joint: string | undefined;
};

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function apply(s: Session, op: Op): EditResult {
  const [a = 0, b = 0, c = 0, d = 0, e = 0] = op.n;
  const day = pick(s.days, a);
  const date = day?.date ?? op.date;
  const slotIndex = day && day.slots.length > 0 ? b % day.slots.length : b;
  const rows = day?.slots[slotIndex]?.rows ?? [];
  const row = rows.length > 0 ? c % rows.length : c;
  const item = pick(s.items, d)?.id ?? 'none';
  const body = pick(s.bodies, e)?.id ?? 'none';
  const otherDay = pick(s.days, d);
  const start = op.times[0] * 60 + op.times[1];
  const end = start + op.times[2] * 60;
  const times = { start: hhmm(Math.max(0, start)), end: hhmm(Math.min(23 * 60 + 59, Math.max(0, end))) };
  switch (op.kind) {
    case 'placeItem': return ops.placeItem(s, { item, at: { date, slot: slotIndex }, position: e % (rows.length + 2) });
    case 'placeItemInRow': return ops.placeItemInRow(s, { item, at: { date, slot: slotIndex, row } });
    case 'placeJointItem': return ops.placeJointItem(s, { joint: op.joint ?? 'report', at: { date, slot: slotIndex } });
    case 'moveRow': return ops.moveRow(s, { from: { date, slot: slotIndex, row }, to: { date: otherDay?.date ?? date, slot: e % 3 }, position: 0 });
    case 'removeRow': return ops.removeRow(s, { date, slot: slotIndex, row });
    case 'removeFromRow': return ops.removeFromRow(s, { at: { date, slot: slotIndex, row }, body });
    case 'continueInNextSlot': return ops.continueInNextSlot(s, { date, slot: slotIndex, row });
    case 'addDay': return ops.addDay(s, { date: op.date });
    case 'removeDay': return ops.removeDay(s, { date });
    case 'moveDay': return ops.moveDay(s, { date, to: op.date });
    case 'swapDays': return ops.swapDays(s, { a: date, b: otherDay?.date ?? date });
    case 'addSlot': return ops.addSlot(s, { date, ...times });
    case 'removeSlot': return ops.removeSlot(s, { date, slot: slotIndex });
    case 'retimeSlot': return ops.retimeSlot(s, { date, slot: slotIndex, ...times });
    case 'swapSlots': return ops.swapSlots(s, { a: { date, slot: slotIndex }, b: { date: otherDay?.date ?? date, slot: e % 2 } });
    case 'addBody': return ops.addBody(s, { id: op.text.trim() || undefined, name: { en: op.text }, from: '2017-10-09', to: op.date });
    case 'editBody': return ops.editBody(s, body, { from: op.date });
    case 'removeBody': return ops.removeBody(s, body);
    case 'addItem': return ops.addItem(s, { body, number: op.text, title: { en: op.text }, joint: op.joint });
    case 'editItem': return ops.editItem(s, item, c % 2 ? { number: op.text } : { joint: op.joint, body });
    case 'removeItem': return ops.removeItem(s, item);
    case 'retitleItem': return ops.editItem(s, item, c % 2 ? { title: { ...pick(s.items, d)?.title, [e % 2 ? 'en' : 'zh']: op.text || 'x' } } : { annexTitle: { en: op.text || 'x' } });
    case 'editVenue': return ops.editSession(s, { venue: { en: op.text || 'x', zh: op.text } });
    case 'renumberItem': return ops.editItem(s, item, { number: pick(FEW_NUMBERS, e)! });
    case 'addNumberedItem': return ops.addItem(s, { id: `new-${op.text.length}-${e}`, body, number: pick(FEW_NUMBERS, c)!, title: { en: op.text || 'x' } });
  }
}
