// Runs in Node (main process, browser host, tests). The Terms menu's "Export term base": the
// whole term base (glossary and the officer's pairs) as CSV or TBX, written where the user
// chooses in a save dialog, atomically, like a document export.
import { extname } from 'node:path';
import type { ExportResult } from '../../shared/api.ts';
import type { TermBaseFormat } from '../../shared/termbase/index.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import type { HandlerDeps } from './deps.ts';
import { fileErrorMessage } from './messages.ts';
import { exportTermBase } from './termbase.ts';

export async function saveTermBase(deps: HandlerDeps, format: TermBaseFormat): Promise<ExportResult> {
  const { name, text } = await exportTermBase(deps, format);
  let target = await deps.dialogs.chooseSavePath(name, deps.documentsFolder, format);
  if (!target) return { status: 'cancelled' };
  if (extname(target) === '') target += `.${format}`;
  try {
    await writeFileAtomic(target, text);
  } catch (error) {
    return { status: 'failed', reason: fileErrorMessage('export', target, error) };
  }
  return { status: 'saved', path: target };
}
