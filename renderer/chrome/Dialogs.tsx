// Runs in the renderer. The modal questions and reports: unsaved changes, a file changed on
// disk, a file that is not a valid session, work to recover, retiming on a switch to hybrid,
// the keyboard reference.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayLabel, timesLabel } from '../../shared/format/labels.ts';
import { SLOT_TEMPLATES } from '../../shared/schedule/index.ts';
import { useUiLang } from '../i18n.ts';
import { useEditor } from '../state/context.tsx';
import type { DialogState } from '../state/editor.ts';
import { useStore } from '../state/store.ts';
import { KEY_GROUPS } from './keys.ts';
import { DialogActions } from '../widgets/DialogActions.tsx';
import { Modal } from '../widgets/Modal.tsx';

export function Dialogs() {
  const editor = useEditor();
  const dialog = useStore(editor.dialog, (d) => d);
  if (!dialog) return null;
  return <DialogView key={dialog.kind} dialog={dialog} />;
}

function DialogView({ dialog }: { dialog: DialogState }) {
  const { t } = useTranslation();
  const uiLang = useUiLang();
  const button = (label: string, onClick: () => void, primary = false) => (
    <button type="button" className={`button${primary ? ' primary' : ''}`} onClick={onClick}>
      {label}
    </button>
  );
  switch (dialog.kind) {
    case 'unsaved':
      return (
        <Modal
          title={t('dialog.unsaved.title', { name: dialog.name || t('file.untitled') })}
          onCancel={() => dialog.resolve('cancel')}
          actions={
            <>
              {button(t('dialog.unsaved.save'), () => dialog.resolve('save'), true)}
              {button(t('dialog.unsaved.discard'), () => dialog.resolve('discard'))}
              {button(t('action.cancel'), () => dialog.resolve('cancel'))}
            </>
          }
        >
          <p>{t('dialog.unsaved.body')}</p>
        </Modal>
      );
    case 'changed-on-disk':
      return (
        <Modal
          title={t('dialog.changed.title')}
          onCancel={() => dialog.resolve('cancel')}
          actions={
            <>
              {button(t('dialog.changed.overwrite'), () => dialog.resolve('overwrite'))}
              {button(t('dialog.changed.reload'), () => dialog.resolve('reload'))}
              {button(t('action.cancel'), () => dialog.resolve('cancel'), true)}
            </>
          }
        >
          <p>{t('dialog.changed.body', { path: dialog.path })}</p>
          <p>{t('dialog.changed.reloadNote')}</p>
        </Modal>
      );
    case 'invalid-file':
      return (
        <Modal title={t('dialog.invalid.title')} onCancel={() => dialog.resolve()} actions={button(t('action.close'), () => dialog.resolve(), true)} wide>
          <p>{t('dialog.invalid.body', { path: dialog.path, count: dialog.errors.length })}</p>
          <ul className="error-list">
            {dialog.errors.map((error, index) => (
              <li key={index}>
                <code>{error.path}</code> {error.message[uiLang]}
              </li>
            ))}
          </ul>
        </Modal>
      );
    case 'recovery':
      return (
        <Modal title={t('dialog.recovery.title')} onCancel={() => dialog.resolve(null)} actions={button(t('dialog.recovery.discard'), () => dialog.resolve(null))} wide>
          <p>{t('dialog.recovery.body')}</p>
          <ul className="recovery-list">
            {dialog.entries.map((entry) => (
              <li key={entry.id}>
                <button type="button" className="button primary" onClick={() => dialog.resolve(entry)}>
                  {t('dialog.recovery.restore', { name: entry.name || t('file.untitled') })}
                </button>
                <span className="muted small">{t('dialog.recovery.savedAt', { time: new Date(entry.savedAt).toLocaleString(uiLang === 'zh' ? 'zh-CN' : 'en-GB') })}</span>
              </li>
            ))}
          </ul>
        </Modal>
      );
    case 'hybrid-retime':
      return (
        <Modal
          title={t('retime:hybridOffer.title')}
          onCancel={() => dialog.resolve('cancel')}
          actions={
            <>
              {button(t('retime:hybridOffer.retime'), () => dialog.resolve('retime'), true)}
              {button(t('retime:hybridOffer.switchOnly'), () => dialog.resolve('switch'))}
              {button(t('retime:hybridOffer.cancel'), () => dialog.resolve('cancel'))}
            </>
          }
        >
          <p>{t('retime:hybridOffer.body', { count: dialog.meetings })}</p>
          <p>{t('retime:hybridOffer.question', { times: timesLabel(SLOT_TEMPLATES.hybrid, uiLang) })}</p>
          <p className="muted small">{t('retime:hybridOffer.note')}</p>
        </Modal>
      );
    case 'duplicate-day':
      return <DuplicateDay dialog={dialog} />;
    case 'keys':
      return (
        <Modal title={t('keys.title')} onCancel={() => dialog.resolve()} actions={button(t('action.close'), () => dialog.resolve(), true)} wide>
          {KEY_GROUPS.map((group) => (
            <section key={group.title} className="keys-group">
              <h3>{t(group.title)}</h3>
              <dl className="keys-list">
                {group.keys.map(([keys, what]) => (
                  <div key={what}>
                    <dt>
                      <kbd>{t(keys)}</kbd>
                    </dt>
                    <dd>{t(what)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </Modal>
      );
    case 'about':
      return (
        <Modal title={t('appName')} onCancel={() => dialog.resolve()} actions={button(t('action.close'), () => dialog.resolve(), true)}>
          <p>{t('about.body')}</p>
        </Modal>
      );
  }
}

/** Where a copy of a day goes: a date field, proposed the next free weekday after the last day. */
function DuplicateDay({ dialog }: { dialog: Extract<DialogState, { kind: 'duplicate-day' }> }) {
  const { t } = useTranslation();
  const uiLang = useUiLang();
  const id = useId();
  const [to, setTo] = useState(dialog.suggested);
  return (
    <Modal
      title={t('context.duplicateTitle', { day: dayLabel(dialog.date, uiLang) })}
      onCancel={() => dialog.resolve(null)}
      actions={<DialogActions primary={{ label: t('context.duplicate'), form: `${id}-form`, disabled: to === '' }} cancel={{ label: t('action.cancel'), onClick: () => dialog.resolve(null) }} />}
    >
      <form
        id={`${id}-form`}
        onSubmit={(event) => {
          event.preventDefault();
          if (to) dialog.resolve(to);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('context.duplicateTo')}</label>
          <input id={`${id}-date`} type="date" value={to} required onChange={(event) => setTo(event.target.value)} />
        </div>
      </form>
    </Modal>
  );
}
