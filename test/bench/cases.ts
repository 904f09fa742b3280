// Runs in Node (benchmark). The operations `npm run bench` times. A later issue adds a case by
// appending to BENCH_CASES; run.ts times every case at every size and reports it by name.
import { parseSession, serializeSession, type Session } from '../../shared/model/index.ts';
import { checkSession } from '../../shared/rules/index.ts';
import { sessionToC3voc } from '../../shared/export/c3voc.ts';
import { documentToDocx } from '../../shared/export/docx/index.ts';
import { documentToHtml } from '../../shared/export/html/document-html.ts';
import { sessionToIcs } from '../../shared/export/ics.ts';
import { deriveAnnex } from '../../shared/schedule/index.ts';
import { generateLargeSession } from './generate.ts';

/** What a case gets: the generated session and its file text, both made before timing starts. */
export interface BenchInput {
  session: Session;
  text: string;
}

export interface BenchCase {
  /** Reported as "<name> <size>x", e.g. "parse 10x"; keep it stable, CI compares by key. */
  name: string;
  /**
   * The work to time. Return the result so the engine cannot drop the call as dead code; a
   * promise (an async export) is timed until it settles.
   */
  run(input: BenchInput): unknown;
  /**
   * A session of its own to time the case on, once, instead of the 1x/10x/100x ones; the case
   * is then reported under its name alone (the name says the shape).
   */
  session?: () => Session;
}

export const BENCH_CASES: BenchCase[] = [
  { name: 'parse', run: ({ text }) => parseSession(text) },
  { name: 'serialize', run: ({ session }) => serializeSession(session) },
  // zh: the Chinese labels go through the same code as English plus the zh date locale.
  { name: 'deriveAnnex', run: ({ session }) => deriveAnnex(session, 'zh') },
  { name: 'checkSession', run: ({ session }) => checkSession(session) },
  // Issue 5: checked in under 5 ms, on every edit in the grid.
  { name: 'checkSession 6x40x10x3', run: ({ session }) => checkSession(session), session: () => generateLargeSession(2017) },
  // Issue 6: the text exports of the large session, both languages.
  { name: 'documentToHtml 6x40x10x3', run: ({ session }) => documentToHtml(session, 'both'), session: () => generateLargeSession(2017) },
  { name: 'sessionToIcs 6x40x10x3', run: ({ session }) => sessionToIcs(session, 'both'), session: () => generateLargeSession(2017) },
  { name: 'sessionToC3voc 6x40x10x3', run: ({ session }) => sessionToC3voc(session, 'both'), session: () => generateLargeSession(2017) },
  // Issue 6: the whole document as Word for the large session, under 500 ms (zh; 'both' is two documents).
  { name: 'documentDocx 6x40x10x3', run: ({ session }) => documentToDocx(session, 'zh'), session: () => generateLargeSession(2017) },
  { name: 'documentDocx both 6x40x10x3', run: ({ session }) => documentToDocx(session, 'both'), session: () => generateLargeSession(2017) },
];
