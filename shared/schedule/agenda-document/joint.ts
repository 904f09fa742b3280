// Runs everywhere (shared). Joint items as the agenda document presents them: the items of
// each joint key in the order of the bodies (the first one leads and carries the
// annotation; the others refer to it), and the bodies named as one phrase.
import { label, type DocLang } from '../../i18n.ts';
import type { Item, JointBodyOrder, Session } from '../../model/types.ts';
import { underJointHeading } from '../joint-discussions.ts';

/**
 * Joint key -> its items, one per body (the first of a body's items, should a plan give a
 * key to two of them), in the order of the bodies. Keys of one body only are left out.
 * Only keys items carry themselves count, and not under a joint heading: the heading's mark
 * is the heading's.
 */
export function jointPartners(session: Session): Map<string, Item[]> {
  const bodyOrder = new Map(session.bodies.map((body, i) => [body.id, i]));
  const byKey = new Map<string, Item[]>();
  for (const item of session.items) {
    // Under a joint heading the mark stays on the heading, as the agenda writes it, even for
    // sub-items the officer paired by hand because their letters differ.
    if (item.joint === undefined || underJointHeading(session.items, item)) continue;
    const items = byKey.get(item.joint) ?? [];
    if (!items.some((other) => other.body === item.body)) byKey.set(item.joint, [...items, item]);
  }
  for (const [key, items] of byKey) {
    if (items.length < 2) byKey.delete(key);
    else items.sort((a, b) => (bodyOrder.get(a.body) ?? 0) - (bodyOrder.get(b.body) ?? 0));
  }
  return byKey;
}

/** The bodies of a joint item as a mark names them: in the session's order, or the agenda's own body first. */
export function jointBodies(joined: readonly Item[], ownBody: string, order: JointBodyOrder): string[] {
  const bodies = joined.map((partner) => partner.body);
  return order === 'own-first' ? [ownBody, ...bodies.filter((body) => body !== ownBody)] : bodies;
}

/** "A and the B", "A, the B and the C" / "A和B", "A、B和C" (the template adds the first "the"). */
export function bodyList(names: readonly string[], lang: DocLang): string {
  if (names.length < 2) return names.join('');
  return names.slice(0, -1).join(label('doc:bodyList.separator', lang)) + label('doc:bodyList.last', lang) + names.at(-1)!;
}
