// Runs in Node (main process, browser host, tests). A file dropped on the window is one more
// source of a path grant (path-grants.ts), with one difference from the others: main did not
// hand this path out. The preload reads it from the dropped File (webUtils.getPathForFile) and
// the renderer passes it on, so a renderer that went wrong could name any path here.
//
// Why the checks below are enough: what a grant lets a window do is read a session file and
// save a session over it. Granted only for an existing regular file whose name ends in
// .orgwork — and whose real target does too, so `notes.orgwork -> ~/.bashrc` is refused, as the
// writer saves through links — a hostile page can reach nothing but session files: no
// configuration, key or document of another kind, no new file anywhere. Reading one gives it
// no more than a file Open dialog would (a file that does not parse is reported by its errors,
// never its contents), and saving over one goes through the same writer as Save: a valid
// session only, the previous version kept as .bak. That is the power a user hands over by
// dropping any session file, so asking for more (a proof of the drop) would buy nothing.
import { realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import { isSessionFileName, type OpenResult } from '../../shared/api.ts';
import type { Message } from '../../shared/i18n.ts';
import type { HandlerDeps } from './deps.ts';
import { fileErrorMessage, hostMessage } from './messages.ts';
import type { PathGrants } from './path-grants.ts';
import { openSessionFile } from './session-files.ts';

/** Why a dropped path may not be granted, or null when it may. Never reads the file's contents. */
export async function droppedFileRefusal(path: string): Promise<Message | null> {
  // webUtils gives absolute paths; a relative one would be read against main's working folder.
  if (!isAbsolute(path)) return hostMessage('error.droppedNotLocal', { file: path });
  if (!isSessionFileName(path)) return hostMessage('error.droppedNotSession', { file: basename(path) });
  let real: string;
  try {
    real = await realpath(path);
    const info = await stat(real);
    // A folder, and a pipe or device that would leave the read waiting forever, are no session.
    if (!info.isFile()) return hostMessage('error.open', { file: path, reason: hostMessage(info.isDirectory() ? 'reason.isDirectory' : 'reason.notRegularFile') });
  } catch (error) {
    return fileErrorMessage('open', path, error);
  }
  if (!isSessionFileName(real)) return hostMessage('error.droppedNotSession', { file: basename(path) });
  return null;
}

/** Grants a dropped session file to this window and opens it as File ▸ Open would. */
export async function openDroppedFile(deps: HandlerDeps, grants: PathGrants, path: string): Promise<OpenResult> {
  const refusal = await droppedFileRefusal(path);
  if (refusal) return { status: 'failed', path, reason: refusal };
  return openSessionFile(deps, grants, grants.grant(path));
}
