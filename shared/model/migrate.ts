// Runs everywhere (shared). Brings a file of an older major version up to CURRENT_VERSION
// before it is validated. Version 1 is the first, so the table is empty today; the next
// major version adds `1: (v1) => v2` here and never touches parse or the schema's callers.
import { CURRENT_VERSION } from './types.ts';

export type RawSession = Record<string, unknown>;
export type Migration = (raw: RawSession) => RawSession;

/** migrations[n] turns a version-n file into a version-(n+1) file. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function migrate(
  raw: RawSession,
  fromVersion: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  toVersion: number = CURRENT_VERSION,
): RawSession {
  let current = raw;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration from format version ${version}`);
    current = { ...step(current), version: version + 1 };
  }
  return current;
}
