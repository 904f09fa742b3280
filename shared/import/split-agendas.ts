// Runs everywhere (shared). A "provisional agenda" section often holds the agendas of several
// bodies one after the other, each under the body's name ("国际合作工作组", then
// "技术援助问题政府专家工作组"). parseAgendas cuts the text where the numbering starts again at
// 1 and gives each agenda with the heading above it, so both can be pasted at once.
import type { Lang } from '../i18n.ts';
import { agendaLines } from './agenda-lines.ts';
import { parseAgenda } from './parse-agenda.ts';
import type { AgendaImport } from './types.ts';

export interface HeadedAgenda extends AgendaImport {
  /** The line above the agenda's first item (the body's name, usually); absent when there is none. */
  heading?: string;
}

/** Each agenda in `text`, in order; warnings keep the line numbers of the whole text. */
export function parseAgendas(text: string, lang: Lang): HeadedAgenda[] {
  const starts: { line: number; heading?: { line: number; text: string } }[] = [];
  let seenItem = false;
  let lastText: { line: number; text: string } | undefined;
  for (const line of agendaLines(text)) {
    if (line.kind === 'text') lastText = { line: line.line, text: line.text };
    if (line.kind !== 'item') continue;
    if (line.number === '1' && (!seenItem || starts.length > 0)) starts.push({ line: line.line, ...(lastText ? { heading: lastText } : {}) });
    seenItem = true;
    lastText = undefined;
  }
  if (starts.length === 0) return [parseAgenda(text, lang)];
  const lines = text.split(/\r\n|\r|\n/u);
  return starts.map((start, i) => {
    const first = i === 0 ? 1 : (start.heading?.line ?? start.line);
    const next = starts[i + 1];
    const end = next ? (next.heading?.line ?? next.line) : lines.length + 1;
    // Lines of other agendas are blanked, not cut, so line numbers stay those of the whole text.
    const own = lines.map((line, n) => (n + 1 >= first && n + 1 < end ? line : '')).join('\n');
    return { ...(start.heading ? { heading: start.heading.text } : {}), ...parseAgenda(own, lang) };
  });
}
