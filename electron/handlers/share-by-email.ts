// Runs in Node (main process, browser host, tests). "Share by email…" in the app: the same steps
// as `orgwork share` (electron/cli/commands/share.ts) — check recipients and subject, build the
// annex body and the attachments, compose the .eml draft — then write the draft atomically to
// the drafts folder in the app's data folder and hand it to the mail program. Where no mail
// program takes it, the renderer offers the folder and a plain mailto: email; both are vetted
// here: only drafts this handler wrote are shown, only mailto: URLs it built are opened.
import { access, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { format } from 'date-fns';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { SESSION_EXTENSION, type PlainEmailResult, type ShareAttachmentKind, type ShareField, type ShareRequest, type ShareResult, type ShowInFolderResult } from '../../shared/api.ts';
import { safeFileNamePart } from '../../shared/export/file-name.ts';
import { textIn } from '../../shared/format/text.ts';
import type { Message } from '../../shared/i18n.ts';
import { revisionOf, withCurrentLineage } from '../../shared/merge/lineage.ts';
import { parseSession, serializeSession } from '../../shared/model/index.ts';
import type { Session } from '../../shared/model/types.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { buildEmlDraft, checkDraft, MailDraftError } from '../mail/eml.ts';
import { mailtoUrl } from '../mail/mailto.ts';
import { shareAttachments, type SessionFile, type ShareAttachment } from '../mail/share-attachments.ts';
import { shareBody } from '../mail/share-body.ts';
import type { HandlerDeps } from './deps.ts';
import { revisionLibrary } from './library.ts';
import { fileErrorMessage, hostMessage } from './messages.ts';

export const DRAFT_EXTENSION = '.eml';

/** Where drafts are written: the app's own data folder, which no mail program empties. */
export function draftsFolder(deps: Pick<HandlerDeps, 'dataDir'>): string {
  return join(deps.dataDir, 'drafts');
}

/** A file this handler could have written: an .eml straight inside the drafts folder. */
export function isDraftPath(deps: Pick<HandlerDeps, 'dataDir'>, path: string): boolean {
  const resolved = resolve(path);
  const name = basename(resolved);
  return dirname(resolved) === resolve(draftsFolder(deps)) && extname(name) === DRAFT_EXTENSION && !name.startsWith('.');
}

type Invalid = { status: 'invalid'; field: ShareField; reason: Message };

/** Recipients first, then the subject, so the dialog can say which field is wrong. */
function invalidFields(request: ShareRequest): Invalid | null {
  const checks: [ShareField, string][] = [
    ['recipients', ''],
    ['subject', request.subject],
  ];
  for (const [field, subject] of checks) {
    try {
      checkDraft({ to: request.recipients, subject, attachments: [] });
    } catch (error) {
      if (error instanceof MailDraftError) return { status: 'invalid', field, reason: error.reason };
      throw error;
    }
  }
  return null;
}


function sessionFileName(session: Session, path: string | null): string {
  if (path) return basename(path);
  const symbol = session.bodies.find((body) => body.symbol?.trim())?.symbol ?? '';
  return `${safeFileNamePart(symbol) || safeFileNamePart(textIn(session.title, 'en')) || 'session'}${SESSION_EXTENSION}`;
}

/**
 * The session file to attach. Saved and unchanged: the file on disk, byte for byte (as the CLI
 * attaches it). Edited since, or never saved: what a save would write now, so the colleague
 * gets what is on screen, with a lineage that says where it comes from.
 */
async function sessionFile(deps: HandlerDeps, request: ShareRequest): Promise<SessionFile> {
  const current = withCurrentLineage(request.session);
  const name = sessionFileName(request.session, request.path);
  if (request.path) {
    try {
      const bytes = await readFile(request.path);
      const onDisk = parseSession(bytes.toString('utf8'));
      if (onDisk.ok && revisionOf(onDisk.session) === revisionOf(current)) return { name, bytes: new Uint8Array(bytes) };
    } catch {
      // Moved or unreadable since it was opened: the session as it is open.
    }
  }
  // A version others will hold: kept in the library, so a later merge can find it as the base.
  try {
    await revisionLibrary(deps.dataDir).remember(current, deps.now(), request.session.lineage);
  } catch {
    // Only a later merge misses this version as a possible common ancestor.
  }
  return { name, bytes: new TextEncoder().encode(serializeSession(current)) };
}

/** "CTOC-COP-WG.3-2017-1 2026-11-28 100000.eml": the session's name and when it was shared, in the officer's own time. */
async function draftPath(deps: HandlerDeps, request: ShareRequest): Promise<string> {
  const stem = safeFileNamePart(sessionFileName(request.session, request.path).replace(/\.orgwork$/i, '')) || 'orgwork';
  const now = deps.now();
  const stamp = format(now, 'yyyy-MM-dd HHmmss');
  const folder = draftsFolder(deps);
  // Two shares within one second keep both drafts.
  for (let n = 1; ; n++) {
    const candidate = join(folder, `${stem} ${stamp}${n > 1 ? ` (${n})` : ''}${DRAFT_EXTENSION}`);
    if (!(await exists(candidate))) return candidate;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

class NoPdfPrinter extends Error {}

/** How long a draft is kept: long enough to find a sent email's file again, not for ever. */
export const DRAFT_KEPT_DAYS = 30;

/** Removes drafts older than DRAFT_KEPT_DAYS. Best effort: a draft that stays does no harm. */
async function pruneOldDrafts(deps: HandlerDeps): Promise<void> {
  const folder = draftsFolder(deps);
  const oldest = deps.now().getTime() - DRAFT_KEPT_DAYS * 24 * 60 * 60 * 1000;
  try {
    for (const name of await readdir(folder)) {
      const path = join(folder, name);
      if (!isDraftPath(deps, path)) continue;
      const info = await stat(path).catch(() => null);
      if (info?.isFile() && info.mtimeMs < oldest) await rm(path, { force: true });
    }
  } catch {
    // An unreadable drafts folder keeps its drafts.
  }
}

export async function shareByEmail(deps: HandlerDeps, request: ShareRequest): Promise<ShareResult> {
  // Refused before any work is done (a PDF takes a while to print); nothing is written.
  const invalid = invalidFields(request);
  if (invalid) return invalid;

  let eml: Uint8Array;
  try {
    const file = await sessionFile(deps, request);
    // The API's kinds are the mail module's kinds (a compile error here otherwise).
    const kinds: ShareAttachment[] = [...new Set<ShareAttachmentKind>(request.attachments)];
    const attachments = await shareAttachments(request.session, file, kinds, request.lang, {
      printPdf: (html) => {
        if (!deps.printPdf) throw new NoPdfPrinter();
        return deps.printPdf(html);
      },
    });
    eml = await buildEmlDraft({ to: request.recipients, subject: request.subject, ...shareBody(request.session, request.message, request.lang, request.subject), attachments, date: deps.now() });
  } catch (error) {
    if (error instanceof NoPdfPrinter) return { status: 'failed', reason: hostMessage('mail:error.noPdfPrinter') };
    if (error instanceof MailDraftError) return { status: 'failed', reason: error.reason };
    return { status: 'failed', reason: hostMessage('mail:error.build', { detail: error instanceof Error ? error.message : String(error) }) };
  }

  let target = draftsFolder(deps);
  try {
    await mkdir(target, { recursive: true });
    target = await draftPath(deps, request);
    await writeFileAtomic(target, eml);
  } catch (error) {
    return { status: 'failed', reason: fileErrorMessage('export', target, error) };
  }
  await pruneOldDrafts(deps);

  let opened = false;
  try {
    opened = (await deps.openPath?.(target)) ?? false;
  } catch {
    // No program for .eml files, or it failed to start: the draft is written all the same.
  }
  return { status: opened ? 'opened' : 'written', path: target };
}

export async function showDraftInFolder(deps: HandlerDeps, path: string): Promise<ShowInFolderResult> {
  // The renderer is not trusted to name files to show: only drafts written here.
  if (!isDraftPath(deps, path)) throw new Error('showInFolder: only email drafts Orgwork wrote can be shown');
  try {
    await access(path);
  } catch (error) {
    return { status: 'failed', reason: fileErrorMessage('open', path, error) };
  }
  if (!deps.showInFolder) return { status: 'failed', reason: hostMessage('mail:error.noFileManager', { path }) };
  await deps.showInFolder(path);
  return { status: 'shown' };
}

/** The plain email: the draft's recipients, subject and text alternative; no attachments. */
export function plainEmailUrl(request: ShareRequest): string {
  const { text } = shareBody(request.session, request.message, request.lang, request.subject);
  return mailtoUrl({ to: request.recipients, subject: request.subject, body: text });
}

export async function openPlainEmail(deps: HandlerDeps, request: ShareRequest): Promise<PlainEmailResult> {
  const invalid = invalidFields(request);
  if (invalid) return invalid;
  const url = plainEmailUrl(request);
  // Built above from checked parts; the scheme is checked again before it leaves the handler.
  if (!url.startsWith('mailto:')) throw new Error('openMailto: not a mailto: URL');
  if (!deps.openMailto) return { status: 'failed', reason: hostMessage('mail:error.noMailProgram') };
  try {
    await deps.openMailto(url);
  } catch (error) {
    return { status: 'failed', reason: hostMessage('mail:error.mailtoFailed', { detail: error instanceof Error ? error.message : String(error) }) };
  }
  return { status: 'opened' };
}
