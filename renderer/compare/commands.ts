// Runs in the renderer. "Compare with file…" and "Merge with file…": the host reads the other
// copy (it is not opened), then a comparison opens its panel, or a merge is worked out against
// the version both copies started from (the host's library of revisions) and waits in the
// merge dialog. Every outcome is said: a cancelled choice quietly, a bad file with its reasons.
import { mergeSessions } from '../../shared/merge/index.ts';
import type { Editor } from '../state/editor.ts';
import { comparison, pendingMerge, type OtherCopy } from './comparison.ts';
import { compareMessage } from './messages.ts';

let seq = 0;

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Asks the host for the other copy; null when cancelled or not readable (then it was said). */
async function readOther(editor: Editor): Promise<OtherCopy | null> {
  let result;
  try {
    result = await editor.host.readSessionFile();
  } catch (error) {
    editor.say(compareMessage('read.hostError', { detail: detailOf(error) }), 'error');
    return null;
  }
  switch (result.status) {
    case 'read':
      return { session: result.session, path: result.path, name: result.name };
    case 'cancelled':
      return null;
    case 'invalid':
      await editor.ask('invalid-file', { path: result.path, errors: result.errors });
      return null;
    case 'failed':
      editor.say(compareMessage('read.failed', { path: result.path, reason: result.reason }), 'error');
      return null;
  }
}

export async function compareWithFile(editor: Editor): Promise<void> {
  if (!editor.session()) return;
  const other = await readOther(editor);
  if (other) comparison.set({ other, seq: ++seq });
}

export async function mergeWithFile(editor: Editor): Promise<void> {
  const ours = editor.session();
  if (!ours) return;
  const other = await readOther(editor);
  if (!other) return;
  let base;
  try {
    base = await editor.host.commonAncestor(ours, other.session);
  } catch (error) {
    editor.say(compareMessage('read.hostError', { detail: detailOf(error) }), 'error');
    return;
  }
  // The open session may have changed while the host looked: merge what is open now.
  const current = editor.session() ?? ours;
  pendingMerge.set({ merge: mergeSessions(base, current, other.session), other, threeWay: base !== null });
}
