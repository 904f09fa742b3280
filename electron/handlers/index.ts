// Runs in Node (main process, browser host, tests). The handler table behind shared/api.ts:
// one plain async function per method, dependencies injected. main.ts binds it to IPC, the
// browser host to Playwright bindings; both go through `callHandler`, which checks arguments.
import type { ApiCalls, ApiMethod, DocumentState } from '../../shared/api.ts';
import { checkArguments } from './arguments.ts';
import type { HandlerDeps } from './deps.ts';
import { exportDocument } from './export-document.ts';
import { revisionLibrary } from './library.ts';
import { libraryBodies, newSessionDefaults, pastSession, pastSessions } from './library-sessions.ts';
import { openDroppedFile } from './dropped-file.ts';
import { discardRecovery, listRecovery, writeRecovery } from './recovery.ts';
import { PathGrants } from './path-grants.ts';
import { newSessionDocument, openSessionFile, readSessionFile, saveSessionFile } from './session-files.ts';
import { saveTermBase } from './save-term-base.ts';
import { openPlainEmail, shareByEmail, showDraftInFolder } from './share-by-email.ts';
import { exportTermBase, fillTranslations, importTermBase, termLookup } from './termbase.ts';

export interface HostHooks {
  /** Title bar and close prompts follow the renderer's document (Electron); no-op elsewhere. */
  documentStateChanged?(state: DocumentState): void;
}

/** One table per window: the paths it may name (path-grants.ts) are its own. */
export function createHandlers(deps: HandlerDeps, hooks: HostHooks = {}, grants = new PathGrants()): ApiCalls {
  grants.grant(deps.initialFile);
  return {
    initialDocument: async () => (deps.initialFile ? openSessionFile(deps, grants, deps.initialFile) : null),
    newSession: () => newSessionDocument(deps),
    openSession: (path) => openSessionFile(deps, grants, path),
    saveSession: (request) => saveSessionFile(deps, grants, request),
    openDroppedFile: (path) => openDroppedFile(deps, grants, path),
    readSessionFile: () => readSessionFile(deps),
    setDocumentState: async (state) => hooks.documentStateChanged?.(state),
    getPreferences: () => deps.preferences.get(),
    setPreferences: (patch) => deps.preferences.set(patch),
    writeRecovery: (entry) => writeRecovery(deps, grants, entry),
    listRecovery: () => listRecovery(deps, grants),
    discardRecovery: (id) => discardRecovery(deps, grants, id),
    commonAncestor: (a, b) => revisionLibrary(deps.dataDir).commonAncestor(a, b),
    termLookup: (text, fromLang, toLang) => termLookup(deps, text, fromLang, toLang),
    fillMissingTranslations: (session) => fillTranslations(deps, session),
    exportTermBase: (format) => exportTermBase(deps, format),
    importTermBase: (text) => importTermBase(deps, text),
    saveTermBase: (format) => saveTermBase(deps, format),
    exportDocument: (request) => exportDocument(deps, request),
    newSessionDefaults: () => newSessionDefaults(deps),
    libraryBodies: () => libraryBodies(deps),
    pastSessions: () => pastSessions(deps),
    pastSession: (revision) => pastSession(deps, revision),
    shareByEmail: (request) => shareByEmail(deps, request),
    showInFolder: (path) => showDraftInFolder(deps, path),
    openMailto: (request) => openPlainEmail(deps, request),
  };
}

/** Calls a handler with arguments from the renderer, after checking them. */
export async function callHandler(handlers: ApiCalls, method: ApiMethod, args: unknown[]): Promise<unknown> {
  const checked = checkArguments(method, args);
  return (handlers[method] as (...a: unknown[]) => Promise<unknown>)(...checked);
}
