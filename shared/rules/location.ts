// Runs everywhere (shared). Where a problem is: built from a placement by the rules, and said
// as a short line of text for the command line ("2017-10-11 10:00–13:00, row 3, wg2"). The
// text uses the file's own dates, times and ids, so it can be found in the file or the grid.
import type { Lang } from '../i18n.ts';
import type { Session } from '../model/types.ts';
import type { Placement, SessionIndex } from './session-index.ts';
import { ruleText } from './templates.ts';
import type { ProblemLocation } from './types.ts';

export function placementLocation(index: SessionIndex, placement: Placement, body?: string): ProblemLocation {
  const date = index.session.days[placement.day]!.date;
  const at = { kind: 'row', date, slot: placement.slot, row: placement.row } as const;
  return body === undefined ? at : { ...at, body };
}

function slotText(session: Session, date: string, slot: number, lang: Lang): string {
  const times = session.days.find((day) => day.date === date)?.slots[slot];
  const when = times ? `${times.start}–${times.end}` : ruleText('location.slotNumber', lang, { slot: slot + 1 });
  return `${date} ${when}`;
}

export function locationText(session: Session, location: ProblemLocation, lang: Lang): string {
  const say = (key: string, params: Record<string, string | number>) => ruleText(`location.${key}`, lang, params);
  switch (location.kind) {
    case 'session':
      return say('session', { field: location.field });
    case 'body':
      return location.field ? say('bodyField', { body: location.body, field: location.field }) : say('body', { body: location.body });
    case 'item':
      return location.field ? say('itemField', { item: location.item, field: location.field }) : say('item', { item: location.item });
    case 'document':
      return say('document', { item: location.item, document: location.index + 1 });
    case 'day':
      return location.date;
    case 'slot':
      return slotText(session, location.date, location.slot, lang);
    case 'row': {
      const params = { slot: slotText(session, location.date, location.slot, lang), row: location.row + 1 };
      return location.body ? say('rowBody', { ...params, body: location.body }) : say('row', params);
    }
  }
}
