// Runs everywhere (shared). The annex as a Markdown table, readable as plain text in a
// terminal or an email and rendered as a table by Markdown viewers.
import { label } from '../i18n.ts';
import type { AnnexTable } from '../schedule/annex.ts';
import { annexLines } from './annex-rows.ts';

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function annexToMarkdown(table: AnnexTable): string {
  const { lang } = table;
  const width = 1 + table.bodies.length * 2;
  const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const out = [`## ${cell(table.title)}`, ''];
  out.push(row(['', ...table.bodies.flatMap((b) => [b.name, ''])]));
  out.push(`|${' --- |'.repeat(width)}`);
  out.push(row([label('doc:annex.dateAndTime', lang), ...table.bodies.flatMap(() => [label('doc:annex.item', lang), label('doc:annex.titleOrDescription', lang)])]));
  for (const line of annexLines(table)) {
    if (line.firstOfDay) out.push(row([`**${line.dayLabel}**`, ...Array<string>(width - 1).fill('')]));
    out.push(row([line.firstOfSlot ? line.timeLabel : '', ...line.cells.flatMap((c) => [c?.item ?? '', c?.title ?? ''])]));
  }
  return `${out.join('\n')}\n`;
}
