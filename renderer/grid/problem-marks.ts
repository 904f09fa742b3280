// Runs in the renderer. Where the plan checks' errors and warnings show on the grid: each
// problem located at a day, a slot, a row or one body's cell of a row marks that place (notes
// and problems of the agenda or the settings stay in the Problems tab). Computed once per
// checked session as a Map by key, so each cell finds its own in O(1) — plain data, no React.
import type { Lang, Message } from '../../shared/i18n.ts';
import type { Problem, Severity } from '../../shared/rules/index.ts';
import type { RowRef, SlotRef } from '../../shared/schedule/refs.ts';

export const markKey = {
  day: (date: string) => `d:${date}`,
  slot: (at: SlotRef) => `s:${at.date}#${at.slot}`,
  row: (at: RowRef) => `r:${at.date}#${at.slot}#${at.row}`,
  cell: (at: RowRef, body: string) => `c:${at.date}#${at.slot}#${at.row}#${body}`,
};

export interface ProblemMark {
  severity: Exclude<Severity, 'info'>;
  messages: Message[];
}

export type ProblemMarks = ReadonlyMap<string, ProblemMark>;

function keyOf(problem: Problem): string | null {
  const at = problem.location;
  switch (at.kind) {
    case 'day':
      return markKey.day(at.date);
    case 'slot':
      return markKey.slot(at);
    case 'row':
      return at.body === undefined ? markKey.row(at) : markKey.cell(at, at.body);
    default:
      return null;
  }
}

export function problemMarksOf(problems: readonly Problem[]): ProblemMarks {
  const marks = new Map<string, ProblemMark>();
  for (const problem of problems) {
    if (problem.severity === 'info') continue;
    const key = keyOf(problem);
    if (key === null) continue;
    const mark = marks.get(key);
    if (!mark) marks.set(key, { severity: problem.severity, messages: [problem.message] });
    else {
      mark.messages.push(problem.message);
      if (problem.severity === 'error') mark.severity = 'error';
    }
  }
  return marks;
}

/**
 * What the places `keys` are marked with, as one string ("error\nmessage\nmessage" in `lang`,
 * "" for none): a string compares by value, so a cell re-renders only when its mark changes,
 * not every time the checks run again.
 */
export function markSummary(marks: ProblemMarks, keys: readonly string[], lang: Lang): string {
  let severity: ProblemMark['severity'] | null = null;
  const texts: string[] = [];
  for (const key of keys) {
    const mark = marks.get(key);
    if (!mark) continue;
    if (severity !== 'error') severity = mark.severity;
    for (const message of mark.messages) texts.push(message[lang]);
  }
  return severity === null ? '' : [severity, ...texts].join('\n');
}
