// Runs everywhere (shared). Where each item stands in its body's agenda. The agenda lists
// items in number order; "1(a)" is listed as "(a)" under "1" when the body has an item "1"
// (and "1(a)(ii)" as "(ii)" under "1(a)"); a heading with sub-items ends with a colon, its
// sub-items with semicolons, the last one with a full stop — so the document builders need
// levels, labels and neighbours, not just numbers.
import { itemNumberIn, subItemLabelIn } from '../../format/item-numbers.ts';
import type { DocLang } from '../../i18n.ts';
import type { Item } from '../../model/types.ts';
import { inAgendaOrder, parentNumber } from '../agenda-numbers.ts';

export interface OutlinedItem {
  item: Item;
  /** 0 for an item, 1 for a sub-item, 2 for a sub-item of a sub-item. */
  level: number;
  /** "1." for an item, "(a)" for a sub-item, in the document language ("a)", "(أ)"). */
  label: string;
  hasSubItems: boolean;
  /** A sub-item with more sub-items of its heading after it: it ends with a semicolon. */
  listContinues: boolean;
}

/** The items of one body, in agenda order. */
export function outlineAgenda(items: readonly Item[], lang: DocLang): OutlinedItem[] {
  const ordered = inAgendaOrder(items);
  const numbers = new Set(ordered.map((item) => item.number));
  // A sub-item whose heading is not on the agenda stands as an item of its own ("4(a).").
  const parents = ordered.map((item) => {
    const parent = parentNumber(item.number);
    return parent !== null && numbers.has(parent) ? parent : null;
  });
  const levelOf = new Map<string, number>();
  const levels = ordered.map((item, i) => {
    const parent = parents[i] ?? null;
    const level = parent === null ? 0 : (levelOf.get(parent) ?? 0) + 1;
    levelOf.set(item.number, level);
    return level;
  });
  return ordered.map((item, i) => {
    const parent = parents[i] ?? null;
    return {
      item,
      level: levels[i]!,
      label: parent === null ? `${itemNumberIn(item.number, lang)}.` : subItemLabelIn(item.number.slice(parent.length).trim(), lang, levels[i]!),
      hasSubItems: parents.includes(item.number),
      // "(ii)" before "(b)" continues the list of "1" as much as "(a)" before "(b)" does.
      listContinues: levels[i]! > 0 && (levels[i + 1] ?? 0) > 0,
    };
  });
}
