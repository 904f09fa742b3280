// Runs in Node (benchmark). The operations `npm run bench` times. A later issue adds a case by
// appending to BENCH_CASES; run.ts times every case at every size and reports it by name.
import { parseSession, serializeSession, type Session } from '../../shared/model/index.ts';
import { deriveAnnex } from '../../shared/schedule/index.ts';

/** What a case gets: the generated session and its file text, both made before timing starts. */
export interface BenchInput {
  session: Session;
  text: string;
}

export interface BenchCase {
  /** Reported as "<name> <size>x", e.g. "parse 10x"; keep it stable, CI compares by key. */
  name: string;
  /** The work to time. Return the result so the engine cannot drop the call as dead code. */
  run(input: BenchInput): unknown;
}

export const BENCH_CASES: BenchCase[] = [
  { name: 'parse', run: ({ text }) => parseSession(text) },
  { name: 'serialize', run: ({ session }) => serializeSession(session) },
  // zh: the Chinese labels go through the same code as English plus the zh date locale.
  { name: 'deriveAnnex', run: ({ session }) => deriveAnnex(session, 'zh') },
];
