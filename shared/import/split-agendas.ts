// Runs everywhere (shared). A "provisional agenda" section often holds the agendas of several
// bodies one after the other, each under the body's name ("国际合作工作组", then
// "技术援助问题政府专家工作组"). parseAgendas cuts the text where the numbering starts again at
// 1 and gives each agenda with the heading above it, so both can be pasted at once.
import type { DocLang } from '../i18n.ts';
import { agendaLines } from './agenda-lines.ts';
import { readAgenda } from './parse-agenda.ts';
import type { AgendaImport } from './types.ts';

export interface HeadedAgenda extends AgendaImport {
  /** The line above the agenda's first item (the body's name, usually); absent when there is none. */
  heading?: string;
}

/** Each agenda in `text`, in order; warnings keep the line numbers of the whole text. */
export function parseAgendas(text: string, lang: DocLang): HeadedAgenda[] {
  const lines = agendaLines(text);
  const starts: { line: number; heading?: { line: number; text: string } }[] = [];
  let seenItem = false;
  let lastText: { line: number; text: string } | undefined;
  for (const line of lines) {
    if (line.kind === 'text') lastText = { line: line.line, text: line.text };
    if (line.kind !== 'item') continue;
    if (line.number === '1' && (!seenItem || starts.length > 0)) starts.push({ line: line.line, ...(lastText ? { heading: lastText } : {}) });
    seenItem = true;
    lastText = undefined;
  }
  if (starts.length === 0) return [readAgenda(lines, lang)];
  // Each agenda reads its share of the lines, classified once: the lines keep their numbers in
  // the whole text, and a text of many agendas is read in one pass, not once per agenda.
  let from = 0;
  return starts.map((start, i) => {
    const next = starts[i + 1];
    const end = next ? (next.heading?.line ?? next.line) : Infinity;
    let to = from;
    while (to < lines.length && lines[to]!.line < end) to++;
    const own = lines.slice(from, to);
    from = to;
    return { ...(start.heading ? { heading: start.heading.text } : {}), ...readAgenda(own, lang) };
  });
}
