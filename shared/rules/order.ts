// Runs everywhere (shared). Back-to-back order: each body meets within its own dates, opens
// with its first agenda item, ends with its last (the adoption of the report), takes its
// items in agenda order, and every item of its agenda finds a place.
import { dateRangeLabel } from '../format/dates.ts';
import type { Body, Item } from '../model/types.ts';
import type { RuleContext, RuleGroup } from './context.ts';
import { placementLocation } from './location.ts';
import { bodyName, dayName, inEveryLang, itemName, listOf, placementSlotName } from './names.ts';
import { isCovered, selfAndHeadings, type Placement, type SessionIndex } from './session-index.ts';

function checkBodyDates({ index, report }: RuleContext, body: Body, placements: readonly Placement[]): void {
  let reportedDay = -1;
  for (const placement of placements) {
    const date = index.session.days[placement.day]!.date;
    if ((date >= body.from && date <= body.to) || placement.day === reportedDay) continue;
    reportedDay = placement.day;
    report('order.outside-body-dates', placementLocation(index, placement, body.id), {
      body: bodyName(index, body.id),
      day: dayName(index, date),
      dates: inEveryLang((lang) => dateRangeLabel(body.from, body.to, lang)),
    });
  }
}

/** The item itself, or a heading above it placed whole ("1" stands for "1(a)" and "1(b)"). */
function isOrHeads(index: SessionIndex, placedItem: string, item: Item): boolean {
  for (const current of selfAndHeadings(index, item)) if (current.id === placedItem) return true;
  return false;
}

/**
 * The opening is the first item of the agenda that has no sub-items (1(a) under "1.
 * Organizational matters"), the closing the last one (the adoption of the report). Each is
 * checked only once it is on the schedule: an unplaced one is reported as unplaced.
 */
function checkOpeningAndClosing({ index, report }: RuleContext, body: Body, agenda: readonly Item[], placements: readonly Placement[]): void {
  const leaves = agenda.filter((item) => !index.subItems.has(item.id));
  const ends = [
    { rule: 'order.opening-not-first', item: leaves[0], placement: placements[0] },
    { rule: 'order.closing-not-last', item: leaves.at(-1), placement: placements.at(-1) },
  ] as const;
  for (const { rule, item, placement } of ends) {
    if (!item || !placement || !isCovered(index, item) || isOrHeads(index, placement.item, item)) continue;
    report(rule, placementLocation(index, placement, body.id), {
      body: bodyName(index, body.id),
      placed: index.items.get(placement.item)!.number,
      slot: placementSlotName(index, placement),
      expected: item.number,
    });
  }
}

/**
 * The items that start out of agenda order are those outside the longest run of items that
 * start in order: one item moved to the end is one problem, not one for each item it jumped.
 */
function outOfOrder(starts: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(starts.length).fill(-1);
  starts.forEach((start, i) => {
    let [low, high] = [0, tails.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[tails[mid]!]! < start) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  });
  const inOrder = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i !== -1; i = previous[i]!) inOrder.add(i);
  const late = new Set<number>();
  for (let i = 0; i < starts.length; i++) if (!inOrder.has(i)) late.add(i);
  return late;
}

/**
 * An item in order that a late one jumps: the nearest earlier one in the agenda that starts
 * after it, else the nearest later one that starts before it. One exists, or it would be in order.
 */
function jumped(starts: readonly number[], late: ReadonlySet<number>, i: number): { other: number; variant: 'before' | 'after' } {
  const start = starts[i]!;
  for (let j = i - 1; j >= 0; j--) if (!late.has(j) && starts[j]! > start) return { other: j, variant: 'before' };
  for (let j = i + 1; j < starts.length; j++) if (!late.has(j) && starts[j]! < start) return { other: j, variant: 'after' };
  throw new Error('an item out of agenda order jumps no item in order');
}

function checkAgendaOrder({ index, report }: RuleContext, agenda: readonly Item[]): void {
  const placed = agenda.filter((item) => index.placementsOfItem.has(item.id));
  const firsts = placed.map((item) => index.placementsOfItem.get(item.id)![0]!);
  const starts = firsts.map((placement) => placement.rowSeq);
  const late = outOfOrder(starts);
  for (const i of late) {
    const { other, variant } = jumped(starts, late, i);
    report(
      'order.agenda-order',
      placementLocation(index, firsts[i]!, placed[i]!.body),
      { item: itemName(index, placed[i]!), other: placed[other]!.number, slot: placementSlotName(index, firsts[i]!) },
      variant,
    );
  }
}

/** A heading placed whole and also through its sub-items shows up twice in the annex. */
function checkParentsAndSubItems({ index, report }: RuleContext): void {
  for (const [parentId, subItems] of index.subItems) {
    const placements = index.placementsOfItem.get(parentId);
    const placedSubItems = subItems.filter((item) => index.placementsOfItem.has(item.id));
    if (!placements || placedSubItems.length === 0) continue;
    const parent = index.items.get(parentId)!;
    report('order.parent-and-sub-items', placementLocation(index, placements[0]!, parent.body), {
      item: itemName(index, parent),
      subItems: listOf(placedSubItems.map((item) => ({ en: item.number, zh: item.number }))),
    });
  }
}

/** Headings with sub-items are not reported themselves: their sub-items are. */
function checkUnplaced({ index, report }: RuleContext, agenda: readonly Item[]): void {
  for (const item of agenda) {
    if (index.subItems.has(item.id) || isCovered(index, item)) continue;
    report('order.unplaced', { kind: 'item', item: item.id }, { item: itemName(index, item) });
  }
}

export const checkOrder: RuleGroup = (context) => {
  const { index, report } = context;
  for (const body of index.session.bodies) {
    const agenda = index.agendas.get(body.id) ?? [];
    const placements = index.placementsOfBody.get(body.id) ?? [];
    if (placements.length === 0) {
      // One line for a body not scheduled yet, rather than one for each of its items.
      if (agenda.length > 0) report('order.body-unscheduled', { kind: 'body', body: body.id }, { body: bodyName(index, body.id) });
      continue;
    }
    checkBodyDates(context, body, placements);
    checkOpeningAndClosing(context, body, agenda, placements);
    checkAgendaOrder(context, agenda);
    checkUnplaced(context, agenda);
  }
  checkParentsAndSubItems(context);
};
