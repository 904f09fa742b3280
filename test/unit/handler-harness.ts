// Runs in Node (tests). A handler table over a temporary folder with scripted dialogs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialogs, HandlerDeps } from '../../electron/handlers/deps.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { jsonFilePreferences } from '../../electron/handlers/preferences.ts';

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
  return { root, deps, handlers: createHandlers(deps), answers, asked };
}
