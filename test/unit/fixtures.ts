// Runs in Node (tests). The shared fixtures beside this checkout (../shared), loaded once.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSession, type Session } from '../../shared/model/index.ts';

export const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
export const FIXTURE_FILE = `${FIXTURES}ctoc-2017.orgwork`;
export const fixtureText = readFileSync(FIXTURE_FILE, 'utf8');

export function fixtureSession(): Session {
  const result = parseSession(fixtureText);
  if (!result.ok) throw new Error(`fixture does not load: ${JSON.stringify(result.errors)}`);
  return result.session;
}

/** The fixture as a plain object, to break on purpose in tests. */
export function fixtureJson(): Record<string, any> {
  return JSON.parse(fixtureText);
}

export function expectOk<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

/** The complete 2017 session: every annotation of the 2017 document, its masthead and cross-references. */
export const DOCUMENT_FIXTURE_FILE = fileURLToPath(new URL('../fixtures/ctoc-2017-document.orgwork', import.meta.url));

export function documentFixtureSession(): Session {
  const result = parseSession(readFileSync(DOCUMENT_FIXTURE_FILE, 'utf8'));
  if (!result.ok) throw new Error(`document fixture does not load: ${JSON.stringify(result.errors)}`);
  return result.session;
}

/** A writable copy of the fixture at `to` (the fixture itself is read-only, and a save refuses a read-only file). */
export function copyFixture(to: string): void {
  writeFileSync(to, fixtureText);
}
