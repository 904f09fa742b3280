// Runs everywhere (shared). The annex table "Proposed organization of work" / 拟议工作安排 as an
// HTML table laid out like the real annex: 日期和时间 down the header's first column,
// "工作组" / "Working groups" over the bodies when the document has it, each body's name over
// its two columns, the column headers 议程项目 / 标题或说明, a day heading across all
// columns, the time on the first row of each slot, and empty slots kept as an empty row.
// Each day is a row group that printing keeps on one page when it fits: no row is printed on
// a page without its day and time (a day longer than a page breaks between rows).
import { label, type DocLang } from '../../i18n.ts';
import type { AnnexTable } from '../../schedule/annex.ts';
import { annexLines } from '../annex-rows.ts';
import { directionalRuns, isRightToLeft } from '../bidi.ts';
import { bidiText } from './bidi-text.ts';
import { timeLabelParts } from '../time-label.ts';
import { html, type Html } from './escape.ts';

// Column widths in per cent of the table: the title columns share what is left equally.
const TIME_WIDTH = 17;
const ITEM_WIDTH = 9;

function colgroup(bodies: number): Html {
  const title = ((100 - TIME_WIDTH - bodies * ITEM_WIDTH) / bodies).toFixed(2);
  const pairs = Array.from({ length: bodies }, () => html`<col class="item" style="width: ${ITEM_WIDTH}%"><col class="title" style="width: ${title}%">`);
  return html`<colgroup><col class="time" style="width: ${TIME_WIDTH}%">${pairs}</colgroup>`;
}

/**
 * A time label that wraps, if it must, only after the range's separator ("上午10时至" /
 * "下午1时", as the printed annex does), never inside "下午1时" (time-label.ts).
 */
function timeCell(text: string, lang: DocLang): Html {
  const parts = timeLabelParts(text, lang);
  if (parts.length === 1) return bidiText(parts[0], lang);
  const wrapping = html`${parts[0]}<wbr>${parts[1]}`;
  // In a right-to-left table a time written left to right ("10 a.m.–1 p.m.") is isolated whole, its break inside.
  return isRightToLeft(lang) && directionalRuns(text).some((run) => run.direction === 'ltr') ? html`<span dir="ltr">${wrapping}</span>` : wrapping;
}

function head(table: AnnexTable, bodiesHeading: string | undefined): Html {
  const { lang } = table;
  const bodyHeads = table.bodies.map((body) => html`<th class="body" colspan="2" scope="colgroup">${bidiText(body.name, lang)}</th>`);
  const columnHeads = table.bodies.map(
    () => html`<th scope="col" class="column">${label('doc:annex.item', lang)}</th><th scope="col" class="column">${label('doc:annex.titleOrDescription', lang)}</th>`,
  );
  const dateAndTime = (rows: number) => html`<th scope="col" rowspan="${rows}" class="column date-and-time">${label('doc:annex.dateAndTime', lang)}</th>`;
  if (bodiesHeading === undefined) return html`<tr>${dateAndTime(2)}${bodyHeads}</tr>\n<tr>${columnHeads}</tr>`;
  return html`<tr>${dateAndTime(3)}<th class="body bodies" colspan="${table.bodies.length * 2}" scope="colgroup">${bidiText(bodiesHeading, lang)}</th></tr>
<tr>${bodyHeads}</tr>
<tr>${columnHeads}</tr>`;
}

/** @param bodiesHeading "Working groups" / "工作组" over the bodies' names, if the document has it */
export function annexTableHtml(table: AnnexTable, bodiesHeading?: string): Html {
  const { lang } = table;
  const columns = 1 + table.bodies.length * 2;
  const groups: Html[][] = [];
  for (const line of annexLines(table)) {
    const day = line.firstOfDay ? html`<tr class="day"><th colspan="${columns}" scope="rowgroup">${bidiText(line.dayLabel, lang)}</th></tr>\n` : null;
    const cells = line.cells.map((cell) => html`<td class="item">${bidiText(cell?.item, lang)}</td><td class="title">${bidiText(cell?.title, lang)}</td>`);
    const row = html`${day}<tr><td class="time">${line.firstOfSlot ? timeCell(line.timeLabel, lang) : ''}</td>${cells}</tr>\n`;
    if (line.firstOfDay) groups.push([row]);
    else groups.at(-1)!.push(row);
  }
  return html`<table class="annex">
${colgroup(table.bodies.length)}
<thead>
${head(table, bodiesHeading)}
</thead>
${groups.map((rows) => html`<tbody class="day">\n${rows}</tbody>\n`)}</table>`;
}
