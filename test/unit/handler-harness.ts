// Runs in Node (tests). A handler table over a temporary folder with scripted dialogs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialogs, HandlerDeps } from '../../electron/handlers/deps.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { PathGrants } from '../../electron/handlers/path-grants.ts';
import { jsonFilePreferences } from '../../electron/handlers/preferences.ts';
import { copyFixture } from './fixtures.ts';

export function handlerHarness(overrides: Partial<HandlerDeps> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'orgwork-handlers-'));
  const answers: (string | null)[] = [];
  const asked: string[] = [];
  const dialogs: Dialogs = {
    chooseOpenPath: async () => (asked.push('open'), answers.shift() ?? null),
    chooseSavePath: async (suggested, folder) => (asked.push(`save ${suggested} in ${folder}`), answers.shift() ?? null),
  };
  const deps: HandlerDeps = {
    dialogs,
    preferences: jsonFilePreferences(join(root, 'data', 'preferences.json')),
    dataDir: join(root, 'data'),
    temporaryFolders: [join(root, 'mail-temp')],
    documentsFolder: join(root, 'Documents'),
    now: () => new Date('2026-11-28T10:00:00Z'),
    newId: () => 'fresh-id',
    uiLang: () => 'en',
    ...overrides,
  };
  const grants = new PathGrants();
  const table = createHandlers(deps, {}, grants);
  // Most tests name their files directly, as if the user had chosen them in a dialog: the
  // harness grants those paths (see path-grants.ts). `table` is the handler table as is,
  // for the tests of the grants themselves.
  const handlers: typeof table = {
    ...table,
    openSession: (path) => (path === undefined ? table.openSession() : table.openSession(grants.grant(path))),
    saveSession: (request) => (grants.grant(request.path), table.saveSession(request)),
  };
  return { root, deps, handlers, table, grants, answers, asked };
}

/** What a file no session must ever reveal: the tests check no result quotes it. */
export const SECRET = 'root:x:0:0:root:/root:/bin/bash\nsecret-token-1234\n';

/** The harness with a file of another kind (`victim`, holding SECRET) and a session file beside it, neither granted. */
export function victimHarness() {
  const harness = handlerHarness();
  const victim = join(harness.root, 'victim.txt');
  writeFileSync(victim, SECRET);
  const session = join(harness.root, 'plan.orgwork');
  copyFixture(session);
  return { ...harness, victim, session };
}
