// Runs everywhere (shared). The frame every edit operation runs in: an immutable session in,
// a new session (structurally shared, so undo history is cheap) or a refusal out. An edit
// refuses by throwing a Refusal from inside its recipe; nothing half-done escapes.
import { produce, type Draft } from 'immer';
import { message, type Message, type MessageParam } from '../i18n.ts';
import type { Session } from '../model/types.ts';

export type EditResult = { ok: true; session: Session; created?: string } | { ok: false; error: Message };

export class Refusal extends Error {
  constructor(readonly reason: Message) {
    super(reason.en);
  }
}

export function refuse(key: string, params: Record<string, MessageParam> = {}): never {
  throw new Refusal(message(`edit:${key}`, params));
}

/** Runs `recipe` on a draft of `session`; returns what it created (an id), if anything. */
export function edit(session: Session, recipe: (draft: Draft<Session>) => string | void): EditResult {
  try {
    let created: string | undefined;
    const next = produce(session, (draft) => {
      created = recipe(draft) ?? undefined;
    });
    return created === undefined ? { ok: true, session: next } : { ok: true, session: next, created };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.reason };
    throw error;
  }
}

/** A fresh id built from `base`: base, base-2, base-3 … */
export function uniqueId(base: string, taken: Iterable<string>): string {
  // A set is read as it is: callers that name many ids in a row keep one, and stay linear.
  const used: ReadonlySet<string> = taken instanceof Set ? taken : new Set(taken);
  const root = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
  if (!used.has(root)) return root;
  for (let n = 2; ; n++) if (!used.has(`${root}-${n}`)) return `${root}-${n}`;
}
