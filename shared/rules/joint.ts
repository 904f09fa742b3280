// Runs everywhere (shared). Joint discussions: the items sharing a `joint` key (one per body)
// are one discussion, so wherever one of them is placed, every partner belongs in that row.
import type { Item } from '../model/types.ts';
import type { RuleContext, RuleGroup } from './context.ts';
import { placementLocation } from './location.ts';
import { bodyName, itemName, placementSlotName } from './names.ts';
import { rowOf } from './session-index.ts';

/** Two items of one body cannot both join one discussion: a row has one cell per body. */
function checkOneItemPerBody({ index, report }: RuleContext, joint: string, items: readonly Item[]): void {
  const firstOfBody = new Map<string, Item>();
  for (const item of items) {
    const first = firstOfBody.get(item.body);
    if (!first) firstOfBody.set(item.body, item);
    else {
      const names = { body: bodyName(index, item.body), number: item.number, other: first.number, joint };
      report('joint.same-body', { kind: 'item', item: item.id, field: 'joint' }, names);
    }
  }
}

/** A partner placed nowhere is said once, at the first placement of the discussion. */
function checkUnplacedPartners({ index, report }: RuleContext, items: readonly Item[]): void {
  const placed = items.filter((item) => index.placementsOfItem.has(item.id));
  const first = placed[0];
  if (!first) return;
  const firstPlacement = index.placementsOfItem.get(first.id)![0]!;
  for (const partner of items) {
    if (index.placementsOfItem.has(partner.id) || partner.body === first.body) continue;
    report('joint.partner-unplaced', placementLocation(index, firstPlacement, partner.body), {
      item: itemName(index, first),
      partner: itemName(index, partner),
    });
  }
}

/**
 * Each row holding part of the discussion must hold all of it. The row's first item of the
 * discussion speaks for the row, so a three-body discussion missing one body is one problem;
 * two rows of one slot that split the discussion are one problem, said at the earlier row.
 */
function checkRowsComplete({ index, report }: RuleContext, items: readonly Item[]): void {
  for (const item of items) {
    for (const placement of index.placementsOfItem.get(item.id) ?? []) {
      const row = rowOf(index, placement);
      const present = items.filter((it) => row[it.body] === it.id);
      if (present[0] !== item) continue;
      const bodiesPresent = new Set(present.map((it) => it.body));
      for (const partner of items) {
        const partnerPlacements = index.placementsOfItem.get(partner.id);
        if (bodiesPresent.has(partner.body) || !partnerPlacements) continue;
        const inSameSlot = partnerPlacements.find((p) => p.slotSeq === placement.slotSeq);
        const names = { item: itemName(index, item), partner: itemName(index, partner), slot: placementSlotName(index, placement) };
        if (inSameSlot) {
          if (inSameSlot.rowSeq < placement.rowSeq) continue;
          report('joint.partner-other-row', placementLocation(index, placement, partner.body), {
            ...names,
            row: placement.row + 1,
            partnerRow: inSameSlot.row + 1,
          });
        } else {
          report('joint.partner-other-slot', placementLocation(index, placement, partner.body), {
            ...names,
            elsewhere: placementSlotName(index, partnerPlacements[0]!),
          });
        }
      }
    }
  }
}

export const checkJoint: RuleGroup = (context) => {
  for (const [joint, items] of context.index.jointGroups) {
    if (items.length === 1) {
      const item = items[0]!;
      context.report('joint.alone', { kind: 'item', item: item.id, field: 'joint' }, { item: itemName(context.index, item), joint });
      continue;
    }
    checkOneItemPerBody(context, joint, items);
    checkUnplacedPartners(context, items);
    checkRowsComplete(context, items);
  }
};
