// Runs everywhere (shared). The annex table walked as lines of a flat table: one line per
// row of a slot, and one line for an empty slot (the documents keep empty slots visible).
// CSV and Markdown both read it, so they cannot disagree on what the table holds.
import type { AnnexCell, AnnexTable } from '../schedule/annex.ts';

export interface AnnexLine {
  dayLabel: string;
  timeLabel: string;
  firstOfDay: boolean;
  firstOfSlot: boolean;
  /** Aligned with the table's bodies; all null for an empty slot. */
  cells: (AnnexCell | null)[];
}

export function annexLines(table: AnnexTable): AnnexLine[] {
  const lines: AnnexLine[] = [];
  const emptyRow = () => table.bodies.map(() => null);
  for (const day of table.days) {
    day.slots.forEach((slot, s) => {
      const rows = slot.rows.length > 0 ? slot.rows : [emptyRow()];
      rows.forEach((cells, r) => {
        lines.push({ dayLabel: day.label, timeLabel: slot.label, firstOfDay: s === 0 && r === 0, firstOfSlot: r === 0, cells });
      });
    });
  }
  return lines;
}
