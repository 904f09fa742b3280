// Runs in the renderer. What is dragged and where it would land, in words, for the
// screen-reader announcements of dragging and for the drag preview.
import type { TFunction } from 'i18next';
import type { DocLang } from '../../shared/i18n.ts';
import type { Session } from '../../shared/model/types.ts';
import type { DragSource, DropTarget } from '../editing/commands.ts';
import { itemName, slotName } from '../state/place-names.ts';

export function describeSource(session: Session | null, source: DragSource | undefined, lang: DocLang): string {
  if (!session || !source) return '';
  if (source.kind === 'item') return itemName(session, source.item, lang);
  const row = session.days.find((d) => d.date === source.at.date)?.slots[source.at.slot]?.rows[source.at.row] ?? {};
  const ids = source.kind === 'cell' ? [row[source.body]] : Object.values(row);
  return ids
    .filter((id): id is string => id !== undefined)
    .map((id) => itemName(session, id, lang))
    .join(' | ');
}

export function describeTarget(session: Session | null, target: DropTarget | undefined, lang: DocLang, t: TFunction): string {
  if (!session || !target) return '';
  if (target.kind === 'unplace') return t('dnd.unplaceLabel');
  if (target.kind === 'gap') return t('dnd.gapLabel', { slot: slotName(session, target.at, lang), position: target.position + 1 });
  return t('dnd.cellLabel', { slot: slotName(session, target.at, lang), row: target.at.row + 1 });
}
