// Runs everywhere (shared). Interpretation teams: rows of a slot follow one another in time,
// so bodies meet in parallel only where one row holds items of several bodies that are not
// one joint discussion. Each parallel meeting needs its own team (parallelLimit, default 1).
import { parallelLimitOf, type Row } from '../model/types.ts';
import { rowGroups } from '../schedule/meetings.ts';
import type { RuleGroup } from './context.ts';
import { itemName, listOf, slotName } from './names.ts';
import type { SessionIndex } from './session-index.ts';
import { ruleMessage } from './templates.ts';

/** "item 5 of the …" for an item alone, "item 5 of the … (joint)" for a joint discussion. */
function discussionName(index: SessionIndex, row: Row, bodies: readonly string[]) {
  const name = itemName(index, index.items.get(row[bodies[0]!]!)!);
  return bodies.length === 1 ? name : ruleMessage('name.jointDiscussion', { item: name });
}

export const checkResources: RuleGroup = ({ index, report }) => {
  const limit = parallelLimitOf(index.session);
  index.session.days.forEach((day, d) => {
    day.slots.forEach((slot, s) => {
      slot.rows.forEach((row, r) => {
        // A row of no more cells than the limit cannot hold too many discussions.
        if (Object.keys(row).length <= limit) return;
        const discussions = rowGroups(row, index.bodyIds, index.items, index.jointKeyOf);
        if (discussions.length <= limit) return;
        report('resources.parallel-limit', { kind: 'row', date: day.date, slot: s, row: r }, {
          row: r + 1,
          slot: slotName(index, d, s),
          count: discussions.length,
          discussions: listOf(discussions.map((bodies) => discussionName(index, row, bodies))),
          limit,
        });
      });
    });
  });
};
