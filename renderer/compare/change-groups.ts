// Runs in the renderer. The change list in groups a reader scans: agenda items, their
// placements, days and slots, bodies, and the session's own details — each group in the order
// diffSessions gives (the order of the session).
import type { Change } from '../../shared/merge/index.ts';

export type ChangeGroup = 'items' | 'placements' | 'schedule' | 'bodies' | 'session';

export const CHANGE_GROUPS: readonly ChangeGroup[] = ['items', 'placements', 'schedule', 'bodies', 'session'];

export function groupOf(change: Change): ChangeGroup {
  switch (change.kind) {
    case 'item-added':
    case 'item-removed':
    case 'item-renumbered':
    case 'item-retitled':
    case 'item-field':
      return 'items';
    case 'placement-added':
    case 'placement-removed':
    case 'placement-moved':
    case 'rows-reordered':
      return 'placements';
    case 'day-added':
    case 'day-removed':
    case 'slot-added':
    case 'slot-removed':
    case 'slot-retimed':
      return 'schedule';
    case 'body-added':
    case 'body-removed':
    case 'body-field':
      return 'bodies';
    case 'session-field':
      return 'session';
    case 'order-changed':
      return change.what === 'items' ? 'items' : change.what === 'bodies' ? 'bodies' : 'schedule';
  }
}

/** The non-empty groups, in CHANGE_GROUPS order. */
export function groupChanges(changes: readonly Change[]): { group: ChangeGroup; changes: Change[] }[] {
  const by = new Map<ChangeGroup, Change[]>();
  for (const change of changes) {
    const group = groupOf(change);
    by.set(group, [...(by.get(group) ?? []), change]);
  }
  return CHANGE_GROUPS.filter((group) => by.has(group)).map((group) => ({ group, changes: by.get(group)! }));
}
