// Runs everywhere (shared). Imported items into a body, as one edit (one undo step). An item
// whose number the body already has is completed rather than added twice: the imported
// languages of its title replace what was there, the others stay — so pasting the Chinese
// agenda and then the English one fills both titles of the same items. A joint key the item
// already has (from pairing) is kept. Importing never joins bodies: an imported key that
// another item already uses is made unique ("other-matters-2"); pairing (joint-pairing.ts)
// is the one step that gives partners the same key.
import type { Message } from '../i18n.ts';
import type { Session } from '../model/types.ts';
import { uniqueId } from '../schedule/edit.ts';
import { addItem, editItem } from '../schedule/ops/agenda.ts';
import type { BilingualItem } from './types.ts';

/** The item's imported key, unless it has one; unique among the keys in the session. */
function newJointKey(session: Session, item: BilingualItem, existingKey: string | undefined): { joint?: string } {
  if (existingKey !== undefined || item.joint === undefined) return {};
  return { joint: uniqueId(item.joint, session.items.flatMap((it) => (it.joint === undefined ? [] : [it.joint]))) };
}

export type AddImportedResult = { ok: true; session: Session; added: string[]; updated: string[] } | { ok: false; error: Message };

export function addImportedItems(session: Session, body: string, items: readonly BilingualItem[]): AddImportedResult {
  let current = session;
  const added: string[] = [];
  const updated: string[] = [];
  for (const item of items) {
    const existing = current.items.find((it) => it.body === body && it.number === item.number);
    const joint = newJointKey(current, item, existing?.joint);
    const result = existing
      ? editItem(current, existing.id, { title: { ...existing.title, ...item.title }, ...joint })
      : addItem(current, { body, number: item.number, title: item.title, ...joint });
    if (!result.ok) return result;
    current = result.session;
    if (existing) updated.push(existing.id);
    else added.push(result.created!);
  }
  return { ok: true, session: current, added, updated };
}
