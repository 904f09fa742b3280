// Runs everywhere (shared). Whether a body, item, day or slot is in the merge result. In both
// copies: yes. In neither: no. Added by one copy: yes. Removed by one copy: no, unless the
// other copy changed it — then the person picks. Without a common version, a thing only one
// copy has is always the person's pick. A thing kept from one copy only takes that copy's
// content whole (`only`): the other copy has nothing to add to it.
import type { Conflict } from './conflict.ts';
import type { Side } from './three-way.ts';

export type Presence = { in: 'both' } | { in: 'none' } | { in: Side; contested: boolean };

export interface PresenceFacts {
  twoWay: boolean;
  inBase: boolean;
  inOurs: boolean;
  inTheirs: boolean;
  /** Did this copy change the thing (needed only when the other removed it)? */
  changedBy(side: Side): boolean;
}

export function presenceOf(facts: PresenceFacts): Presence {
  if (facts.inOurs && facts.inTheirs) return { in: 'both' };
  if (!facts.inOurs && !facts.inTheirs) return { in: 'none' };
  const side: Side = facts.inOurs ? 'ours' : 'theirs';
  if (facts.twoWay) return { in: side, contested: true };
  if (!facts.inBase) return { in: side, contested: false };
  // The other copy removed it: it stays only if this copy changed it, and the person says so.
  return facts.changedBy(side) ? { in: side, contested: true } : { in: 'none' };
}

/** The decision: absent (null), in both (`only: null`) or from one copy only. */
export function decidePresence(presence: Presence, conflict: () => Conflict, decide: (conflict: Conflict) => Side): { only: Side | null } | null {
  if (presence.in === 'both') return { only: null };
  if (presence.in === 'none') return null;
  if (!presence.contested) return { only: presence.in };
  return decide(conflict()) === presence.in ? { only: presence.in } : null;
}
