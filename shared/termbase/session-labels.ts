// Runs everywhere (shared). The labels of a session that are terms — short bilingual names the
// next session will use again: the session's title and venue, the bodies' names and meetings,
// the items' titles (full, annex, short) and the titles of their documents. Annotations are
// paragraphs, not terms, and are left out.
import type { Draft } from 'immer';
import type { PathSegment } from '../model/path.ts';
import type { LangText, Session } from '../model/types.ts';

export interface SessionLabel {
  /** Where the label is in the session file: ['items', 3, 'title']. */
  path: PathSegment[];
  /** The label itself (the draft's own object when given a draft, to fill in place). */
  text: LangText;
  /** A body's meeting ("eighth meeting"): it can be translated by its ordinal too. */
  isMeeting: boolean;
}

const ITEM_FIELDS = ['title', 'annexTitle', 'shortTitle'] as const;

export function sessionLabels(session: Session | Draft<Session>): SessionLabel[] {
  const labels: SessionLabel[] = [];
  const add = (path: PathSegment[], text: LangText | undefined, isMeeting = false) => {
    if (text) labels.push({ path, text, isMeeting });
  };
  add(['title'], session.title);
  add(['venue'], session.venue);
  session.bodies.forEach((body, b) => {
    add(['bodies', b, 'name'], body.name);
    add(['bodies', b, 'meeting'], body.meeting, true);
  });
  session.items.forEach((item, i) => {
    for (const field of ITEM_FIELDS) add(['items', i, field], item[field]);
    item.documents?.forEach((document, d) => add(['items', i, 'documents', d, 'title'], document.title));
  });
  return labels;
}
