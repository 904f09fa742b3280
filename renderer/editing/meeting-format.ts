// Runs in the renderer. Switching a session's meeting format. Switching to hybrid when some
// meetings are longer than hybrid allows would turn every one of them into an error: the
// editor offers, in the same step, to give every meeting the hybrid times — the switch and
// the retiming as one edit, so one Undo takes both back.
import type { MeetingFormat } from '../../shared/model/types.ts';
import { timesLabel } from '../../shared/format/labels.ts';
import { editSession, retimeDays, SLOT_TEMPLATES } from '../../shared/schedule/index.ts';
import type { Editor, EditOperation } from '../state/editor.ts';
import { problemsIn } from '../state/derived.ts';
import { uiMessage } from '../state/messages.ts';
import { chain } from './commands.ts';

const formatOperation =
  (format: MeetingFormat): EditOperation =>
  (session) =>
    editSession(session, { meetingFormat: format === 'in-person' ? undefined : format });

/** How many meetings of `session` the checks call too long for a hybrid session. */
export function tooLongForHybrid(session: Parameters<EditOperation>[0]): number {
  const switched = formatOperation('hybrid')(session);
  return switched.ok ? problemsIn(switched.session).filter((p) => p.rule === 'time.hybrid-too-long').length : 0;
}

export async function switchMeetingFormat(editor: Editor, format: MeetingFormat): Promise<void> {
  const session = editor.session();
  if (!session || (session.meetingFormat ?? 'in-person') === format) return;
  const meetings = format === 'hybrid' ? tooLongForHybrid(session) : 0;
  if (meetings > 0) {
    const choice = await editor.ask('hybrid-retime', { meetings });
    if (choice === 'cancel') return;
    if (choice === 'retime') {
      const template = SLOT_TEMPLATES.hybrid;
      const result = editor.apply(chain(formatOperation(format), (s) => retimeDays(s, { template })));
      if (result?.ok) editor.announce(uiMessage('retime:hybridOffer.done', { times: { en: timesLabel(template, 'en'), zh: timesLabel(template, 'zh') } }));
      return;
    }
  }
  editor.apply(formatOperation(format));
}
