// Runs in the renderer. What the Terms menu does, apart from its dialogs: ask the host to fill
// the open session's gaps, write the accepted fills as one edit, and save the term base.
import type { FillResult, FilledTranslation, TermBaseFormat } from '../../shared/termbase/index.ts';
import { applyFilledTranslations } from '../../shared/termbase/index.ts';
import type { Editor } from '../state/editor.ts';
import { termsMessage } from './messages.ts';

/** The fills the term base proposes for the open session; null (and a message) when there are none. */
export async function proposeFills(editor: Editor): Promise<FillResult | null> {
  const session = editor.session();
  if (!session) return null;
  try {
    const result = await editor.host.fillMissingTranslations(session);
    if (result.filled.length > 0) return result;
    editor.say(termsMessage('fill.nothing'));
  } catch (error) {
    editor.say(termsMessage('fill.failed', { reason: error instanceof Error ? error.message : String(error) }), 'error');
  }
  return null;
}

/** Writes the accepted fills into the session as one undoable edit. */
export function applyFills(editor: Editor, accepted: readonly FilledTranslation[]): void {
  const result = editor.apply((session) => ({ ok: true, session: applyFilledTranslations(session, accepted) }));
  if (result?.ok) editor.say(termsMessage('fill.applied', { count: accepted.length }));
}

export async function saveTermBase(editor: Editor, format: TermBaseFormat): Promise<void> {
  try {
    const result = await editor.host.saveTermBase(format);
    if (result.status === 'saved') editor.say(termsMessage('export.saved', { path: result.path }));
    else if (result.status === 'failed') editor.say(result.reason, 'error');
  } catch (error) {
    editor.say(termsMessage('export.failed', { reason: error instanceof Error ? error.message : String(error) }), 'error');
  }
}
