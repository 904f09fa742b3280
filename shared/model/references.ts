// Runs everywhere (shared). Checks a well-shaped session for what the schema cannot see:
// ids that must be unique, rows that must name real bodies and items, times that must
// make sense. parseSession refuses a file with any of these.
import { minutesOf } from './calendar.ts';
import { parseError, type ParseError } from './errors.ts';
import type { Session } from './types.ts';

function duplicates<T>(values: readonly T[], key: (value: T) => string, report: (index: number, id: string) => void): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    const id = key(value);
    if (seen.has(id)) report(index, id);
    seen.add(id);
  });
}

export function checkReferences(session: Session): ParseError[] {
  const errors: ParseError[] = [];
  const bodies = new Map(session.bodies.map((body) => [body.id, body]));
  const items = new Map(session.items.map((item) => [item.id, item]));

  duplicates(session.bodies, (b) => b.id, (i, id) => errors.push(parseError(['bodies', i, 'id'], 'ref.duplicateId', { id })));
  duplicates(session.items, (it) => it.id, (i, id) => errors.push(parseError(['items', i, 'id'], 'ref.duplicateId', { id })));
  duplicates(
    session.items,
    (it) => JSON.stringify([it.body, it.number]),
    (i) => {
      const item = session.items[i]!;
      errors.push(parseError(['items', i, 'number'], 'ref.duplicateNumber', { number: item.number, body: item.body }));
    },
  );

  session.bodies.forEach((body, i) => {
    if (body.from > body.to) errors.push(parseError(['bodies', i, 'to'], 'time.reversedDates', { from: body.from, to: body.to }));
  });
  session.items.forEach((item, i) => {
    if (!bodies.has(item.body)) errors.push(parseError(['items', i, 'body'], 'ref.unknownBody', { id: item.body }));
  });

  session.days.forEach((day, d) => {
    day.slots.forEach((slot, s) => {
      const slotPath = ['days', d, 'slots', s];
      if (minutesOf(slot.end) <= minutesOf(slot.start)) {
        errors.push(parseError([...slotPath, 'end'], 'time.endBeforeStart', { start: slot.start, end: slot.end }));
      }
      const rowOfItem = new Map<string, number>();
      slot.rows.forEach((row, r) => {
        const rowPath = [...slotPath, 'rows', r];
        const cells = Object.entries(row);
        if (cells.length === 0) errors.push(parseError(rowPath, 'ref.emptyRow'));
        for (const [bodyId, itemId] of cells) {
          const cellPath = [...rowPath, bodyId];
          const item = items.get(itemId);
          if (!bodies.has(bodyId)) errors.push(parseError(cellPath, 'ref.unknownBody', { id: bodyId }));
          if (!item) {
            errors.push(parseError(cellPath, 'ref.unknownItem', { id: itemId }));
            continue;
          }
          if (item.body !== bodyId) {
            errors.push(parseError(cellPath, 'ref.wrongBody', { item: itemId, owner: item.body, body: bodyId }));
          }
          const earlier = rowOfItem.get(itemId);
          if (earlier !== undefined) {
            errors.push(parseError(cellPath, 'ref.twiceInSlot', { item: itemId, first: earlier + 1, second: r + 1 }));
          } else {
            rowOfItem.set(itemId, r);
          }
        }
      });
    });
  });
  return errors;
}
