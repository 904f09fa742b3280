// Runs in Node (main process, browser host, tests). The desktop Export menu: the same pure
// pipeline as `orgwork export` (shared/export), a file name from the document symbol in the
// session's folder, a save dialog, and an atomic write. PDF is printed by whatever the host
// injects (deps.printPdf). Every failure comes back as a reason in both languages; a failed
// export never leaves half a file behind.
import { dirname, extname } from 'node:path';
import type { ExportRequest, ExportResult } from '../../shared/api.ts';
import { exportSession } from '../../shared/export/export-session.ts';
import { exportFileName } from '../../shared/export/file-name.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import type { HandlerDeps } from './deps.ts';
import { fileErrorMessage, hostMessage } from './messages.ts';
import { isTemporaryLocation } from './temporary-location.ts';

class NoPdfPrinter extends Error {}

export async function exportDocument(deps: HandlerDeps, request: ExportRequest): Promise<ExportResult> {
  const { session, format, lang } = request;
  const suggested = exportFileName(session, format, lang);
  const extension = extname(suggested).slice(1);
  // Beside the session file, unless it sits in a mail program's temporary folder.
  const folder = request.path && !isTemporaryLocation(request.path, deps.temporaryFolders) ? dirname(request.path) : deps.documentsFolder;
  let target = await deps.dialogs.chooseSavePath(suggested, folder, extension);
  if (!target) return { status: 'cancelled' };
  if (extname(target) === '') target += `.${extension}`;

  let contents: string | Uint8Array;
  try {
    contents = await exportSession(session, format, lang, {
      printPdf: (html) => {
        if (!deps.printPdf) throw new NoPdfPrinter();
        return deps.printPdf(html);
      },
    });
  } catch (error) {
    if (error instanceof NoPdfPrinter) return { status: 'failed', reason: hostMessage('error.noPdfPrinter') };
    const detail = error instanceof Error ? error.message : String(error);
    return { status: 'failed', reason: hostMessage('error.exportBuild', { file: target, detail }) };
  }
  try {
    await writeFileAtomic(target, contents);
  } catch (error) {
    return { status: 'failed', reason: fileErrorMessage('export', target, error) };
  }
  return { status: 'saved', path: target };
}
