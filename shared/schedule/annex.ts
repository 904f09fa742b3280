// Runs everywhere (shared). deriveAnnex: the annex table "Proposed organization of work" /
// "拟议工作安排" (DESIGN.md §3). The single source of the preview, every export and the CLI.
import { itemNumberIn } from '../format/item-numbers.ts';
import { label, type DocLang } from '../i18n.ts';
import { dayLabel, timeLabel } from '../format/labels.ts';
import { textIn, withoutTrailingStop } from '../format/text.ts';
import { annexOptions, type Item, type Session } from '../model/types.ts';
import { jointDiscussions } from './joint-discussions.ts';

export interface AnnexCell {
  item: string;
  title: string;
}

export interface AnnexTable {
  lang: DocLang;
  title: string;
  bodies: { id: string; name: string }[];
  days: {
    date: string;
    label: string;
    slots: { start: string; end: string; label: string; rows: (AnnexCell | null)[][] }[];
  }[];
}

function cellTitle(item: Item, firstAppearance: boolean, lang: DocLang, joint: boolean): string {
  if (firstAppearance) {
    const title = withoutTrailingStop(textIn(item.annexTitle ?? item.title, lang));
    return joint ? title + label('doc:annex.joint', lang) : title;
  }
  const short = withoutTrailingStop(textIn(item.shortTitle ?? item.annexTitle ?? item.title, lang));
  return short + label('doc:annex.continued', lang);
}

export function deriveAnnex(session: Session, lang: DocLang): AnnexTable {
  const { showYear, markJoint } = annexOptions(session);
  const items = new Map(session.items.map((item) => [item.id, item]));
  // Joint through its own key or through its heading's (a sub-item of a joint heading).
  const { keyOf } = jointDiscussions(session.items);
  const started = new Set<string>();

  const days = session.days.map((day) => ({
    date: day.date,
    label: dayLabel(day.date, lang, { showYear }),
    slots: day.slots.map((slot) => {
      const rows = slot.rows.map((row) =>
        session.bodies.map((body): AnnexCell | null => {
          const itemId = row[body.id];
          const item = itemId === undefined ? undefined : items.get(itemId);
          if (!item) return null;
          return { item: itemNumberIn(item.number, lang), title: cellTitle(item, !started.has(item.id), lang, markJoint && keyOf.has(item.id)) };
        }),
      );
      // Marked only after the whole slot: an item is "started" from the next slot on.
      for (const row of slot.rows) for (const itemId of Object.values(row)) started.add(itemId);
      return { start: slot.start, end: slot.end, label: timeLabel(slot.start, slot.end, lang), rows };
    }),
  }));

  return {
    lang,
    title: label('doc:annex.title', lang),
    bodies: session.bodies.map((body) => ({ id: body.id, name: textIn(body.name, lang) })),
    days,
  };
}
