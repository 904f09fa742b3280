// Runs in the renderer. "Mark as sent": asks for the version's name (proposed: the next
// "Draft N") and records it in the session as one undoable edit. Saving stays the user's
// act, as for every other edit; the message says so.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markVersion, proposedVersionNumber } from '../../shared/versions/index.ts';
import { Modal } from '../widgets/Modal.tsx';
import { DialogActions } from '../widgets/DialogActions.tsx';
import { useEditor, useSession } from '../state/context.tsx';
import { uiMessage } from '../state/messages.ts';

export function MarkSentDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('versions');
  const editor = useEditor();
  const session = useSession()!;
  const [name, setName] = useState(() => t('defaultName', { n: proposedVersionNumber(session) }));
  const [tried, setTried] = useState(false);
  const id = useId();
  const empty = name.trim() === '';

  const mark = () => {
    setTried(true);
    if (empty) return;
    const sent = new Date().toISOString();
    const result = editor.apply((current) => ({ ok: true, session: markVersion(current, name, sent) }));
    if (result?.ok) editor.say(uiMessage('versions:panel.marked', { name: name.trim() }));
    onClose();
  };

  return (
    <Modal
      title={t('panel.markTitle')}
      onCancel={onClose}
      actions={
        <DialogActions primary={{ label: t('panel.markConfirm'), onClick: mark }} cancel={{ label: t('panel.cancel'), onClick: onClose }} />
      }
    >
      <form
        className="mark-sent"
        onSubmit={(event) => {
          event.preventDefault();
          mark();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('panel.nameLabel')}</label>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            autoFocus
            aria-invalid={tried && empty}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setName(event.target.value)}
            onFocus={(event) => event.target.select()}
          />
          <p id={`${id}-hint`} className={tried && empty ? 'field-error' : 'muted small'}>
            {tried && empty ? t('panel.nameRequired') : t('panel.nameHint')}
          </p>
        </div>
      </form>
    </Modal>
  );
}
