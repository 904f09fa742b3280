// Runs everywhere (shared). After both bodies' agendas are imported, their joint items are
// still strangers: each agenda marked its own items joint, with keys of its own. Pairing
// proposes which item of one body is discussed with which of the other — the most alike
// titles first (similarity.ts), each item in one pair at most — for the officer to confirm or
// correct; applyJointPairs then gives each confirmed discussion one key.
import type { Draft } from 'immer';
import type { Item, Session } from '../model/types.ts';
import { inAgendaOrder } from '../schedule/agenda-numbers.ts';
import { subItemSuffix, subItemsOf, underJointHeading } from '../schedule/joint-discussions.ts';
import { edit, refuse, type EditResult } from '../schedule/edit.ts';
import { bodyAt, itemAt } from '../schedule/refs.ts';
import { jointKeyFor, numberedJointKey } from './joint-key.ts';
import { titleSimilarity } from './similarity.ts';

export interface JointPair {
  /** Item ids, one of each body. */
  a: string;
  b: string;
}

export interface JointPairProposal extends JointPair {
  /** Title similarity, 0 to 1. */
  score: number;
}

export interface JointPairing {
  /** In the agenda order of the first body's items. */
  proposals: JointPairProposal[];
  /** Items marked joint that found no partner, first body first. */
  unpaired: string[];
}

/** Below this, two titles have too little in common to propose (a third of their parts). */
export const MIN_PAIR_SCORE = 1 / 3;

/** A body's items marked joint, but not sub-items under a joint heading: they go with their heading (subItemPartners). */
export const jointItemsOf = (session: Session, body: string) =>
  inAgendaOrder(session.items.filter((item) => item.body === body && item.joint !== undefined && !underJointHeading(session.items, item)));

/** Proposes partners among the joint items of `bodyA` and `bodyB`: the highest scores first, ties in agenda order. */
export function proposeJointPairs(session: Session, bodyA: string, bodyB: string): JointPairing {
  const [left, right] = [jointItemsOf(session, bodyA), jointItemsOf(session, bodyB)];
  const candidates = left.flatMap((a, i) =>
    right.map((b, j) => ({ a, b, i, j, score: titleSimilarity(a.title, b.title) })),
  );
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const taken = new Set<string>();
  const chosen: ((typeof candidates)[number])[] = [];
  for (const candidate of candidates) {
    if (taken.has(candidate.a.id) || taken.has(candidate.b.id)) continue;
    if (candidate.score < MIN_PAIR_SCORE) continue;
    taken.add(candidate.a.id);
    taken.add(candidate.b.id);
    chosen.push(candidate);
  }
  chosen.sort((x, y) => x.i - y.i);
  return {
    proposals: chosen.map(({ a, b, score }) => ({ a: a.id, b: b.id, score })),
    unpaired: [...left, ...right].filter((item) => !taken.has(item.id)).map((item) => item.id),
  };
}

/**
 * Under two headings to be paired, each sub-item of the first with the second's sub-item of
 * the same letter, or null where it has none: what pairing the headings brings with it, with
 * no keys on the sub-items (joint-discussions.ts). Sub-items whose letters differ are paired
 * by hand, as any two items.
 */
export function subItemPartners(session: Session, headingA: string, headingB: string): { a: string; b: string | null }[] {
  const [a, b] = [session.items.find((item) => item.id === headingA), session.items.find((item) => item.id === headingB)];
  if (!a || !b) return [];
  const partners = new Map(subItemsOf(session.items, b).map((item) => [subItemSuffix(item.number, b.number.trim()), item.id]));
  return inAgendaOrder(subItemsOf(session.items, a)).map((item) => ({ a: item.id, b: partners.get(subItemSuffix(item.number, a.number.trim())) ?? null }));
}

/** Pairs sharing an item are one discussion (a–b and b–c: three bodies): the groups, in pair order. */
function discussions(draft: Draft<Session>, pairs: readonly JointPair[]): Draft<Item>[][] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at)!;
    return at;
  };
  for (const { a, b } of pairs) {
    for (const id of [a, b]) {
      itemAt(draft, id);
      if (!parent.has(id)) parent.set(id, id);
    }
    parent.set(root(a), root(b));
  }
  const groups = new Map<string, Draft<Item>[]>();
  for (const id of parent.keys()) groups.set(root(id), [...(groups.get(root(id)) ?? []), itemAt(draft, id)]);
  return [...groups.values()];
}

/** Gives the items of each confirmed pair (or chain of pairs) one joint key, a slug of the English title. */
export function applyJointPairs(session: Session, pairs: readonly JointPair[]): EditResult {
  return edit(session, (draft) => {
    const groups = discussions(draft, pairs);
    const grouped = new Set(groups.flat().map((item) => item.id));
    const taken = draft.items.filter((item) => !grouped.has(item.id) && item.joint !== undefined).map((item) => item.joint!);
    const bodyOrder = draft.bodies.map((body) => body.id);
    for (const group of groups) {
      group.sort((x, y) => bodyOrder.indexOf(x.body) - bodyOrder.indexOf(y.body));
      const titled = group.find((item) => item.title.en?.trim()) ?? group[0]!;
      const key = jointKeyFor(titled.title, numberedJointKey(titled.number), taken);
      const twice = group.find((item, i) => group.findIndex((other) => other.body === item.body) !== i);
      if (twice) refuse('jointSameBody', { body: bodyAt(draft, twice.body).name, joint: key });
      taken.push(key);
      for (const item of group) item.joint = key;
    }
  });
}
