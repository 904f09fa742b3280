// Runs everywhere (shared). Builders from a session or its annex to a file's contents.
export { annexToCsv } from './annex-csv.ts';
export { annexToMarkdown } from './annex-markdown.ts';
export { annexLines, type AnnexLine } from './annex-rows.ts';

import type { AnnexTable } from '../schedule/annex.ts';
export function annexToJson(table: AnnexTable): string {
  return `${JSON.stringify(table, null, 2)}\n`;
}
