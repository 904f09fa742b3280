// Runs everywhere (shared). Three-way merge of two copies of a session by stable ids, given the
// version both started from (found through the lineage); without one, a two-way compare in
// which every difference is a pick. `mergeSessions` lists the conflicts; `resolveMerge` builds
// the result for the person's picks (or previews it, taking a default for the open ones).
// Every result loads: it is checked before it is returned.
import { message } from '../i18n.ts';
import { parseSessionValue } from '../model/parse.ts';
import type { Day, Session, Slot } from '../model/types.ts';
import type { Conflict, Picks } from './conflict.ts';
import { SESSION_SHAPE } from './fields.ts';
import { mergedLineage, withoutLineage } from './lineage.ts';
import { mergeAgenda } from './merge-agenda.ts';
import { mergeContext, mergeFields, trioOf } from './merge-context.ts';
import { placementPicks, mergeRows } from './merge-rows.ts';
import { mergeDays } from './merge-slots.ts';
import type { Side } from './three-way.ts';
import { mergeVersions } from '../versions/merge-versions.ts';

export interface MergeInput {
  /** The common version; null for a two-way compare. */
  base: Session | null;
  /** This copy (the open one). */
  ours: Session;
  /** The other copy. */
  theirs: Session;
}

export interface Merge extends MergeInput {
  /** Everything the person must pick, in the order of the session (fields, bodies, items, schedule). */
  conflicts: Conflict[];
}

export type Resolution = { ok: true; session: Session } | { ok: false; unresolved: Conflict[] };

function assemble(input: MergeInput, decide: (conflict: Conflict) => Side): Session {
  const [base, ours, theirs] = [input.base && withoutLineage(input.base), withoutLineage(input.ours), withoutLineage(input.theirs)];
  const ctx = mergeContext(base, ours, theirs, decide);
  const own = mergeFields(ctx, { id: 'session', of: message('merge:name.session'), shape: SESSION_SHAPE }, trioOf(ctx, (v) => ctx.sessions[v]), null);
  const agenda = mergeAgenda(ctx);
  const picks = placementPicks(ctx);
  const items = new Map(agenda.items.map((item) => [item.id, { item, only: agenda.only.get(item.id) ?? null }]));
  const days = mergeDays(ctx).map(
    (day): Day => ({
      ...day.fields,
      date: day.date,
      slots: day.slots.map((slot) => ({ ...slot.fields, rows: mergeRows(ctx, { items, placementPicks: picks }, slot) }) as Slot),
    }),
  );
  const versions = mergeVersions(ours.versions, theirs.versions);
  return { ...own, format: ours.format, version: ours.version, bodies: agenda.bodies, items: agenda.items, days, ...(versions && { versions }) } as Session;
}

export function mergeSessions(base: Session | null, ours: Session, theirs: Session): Merge {
  const conflicts = new Map<string, Conflict>();
  assemble({ base, ours, theirs }, (conflict) => {
    conflicts.set(conflict.id, conflict);
    return 'ours';
  });
  return { base, ours, theirs, conflicts: [...conflicts.values()] };
}

/**
 * The merged session for these picks, with its lineage (edited from ours, theirs merged in).
 * A conflict without a pick takes `fallback` when given (a preview), else is reported.
 */
export function resolveMerge(merge: Merge, picks: Picks, fallback?: Side): Resolution {
  const unresolved = merge.conflicts.filter((conflict) => picks[conflict.id] === undefined && fallback === undefined);
  if (unresolved.length > 0) return { ok: false, unresolved };
  const merged = assemble(merge, (conflict) => picks[conflict.id] ?? fallback ?? 'ours');
  const session = { ...merged, lineage: mergedLineage(merged, merge.ours, merge.theirs) };
  const checked = parseSessionValue(JSON.parse(JSON.stringify(session)));
  if (!checked.ok) throw new Error(`merge produced a session that does not load: ${checked.errors.map((e) => `${e.path}: ${e.message.en}`).join('; ')}`);
  return { ok: true, session: checked.session };
}
