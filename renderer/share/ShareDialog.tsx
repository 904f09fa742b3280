// Runs in the renderer. The "Share by email" dialog (issue 7): recipients, subject, message,
// which files to attach and in which document language; the host writes a standard .eml draft
// and opens it in the mail program (shared/api.ts shareByEmail). Where no mail program takes
// it, the dialog stays open with the two ways on: the draft in its folder, or a plain email
// without attachments. Whatever the host refuses is shown beside the field it concerns.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SHARE_ATTACHMENT_KINDS, type DocumentLang, type ShareAttachmentKind, type ShareField, type ShareRequest } from '../../shared/api.ts';
import type { Message } from '../../shared/i18n.ts';
import { Modal } from '../widgets/Modal.tsx';
import { DialogActions } from '../widgets/DialogActions.tsx';
import { useUiLang } from '../i18n.ts';
import { useDirty, useDocLang, useEditor, useSession } from '../state/context.tsx';
import { useStore } from '../state/store.ts';
import { docLangChoices } from '../state/doc-langs.ts';
import { proposedSubject, shareMessage, splitRecipients } from './share-text.ts';


/** The last part of a path, on any platform. */
const fileName = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

type Status = { text: Message; tone: 'info' | 'error' } | null;

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('share');
  const uiLang = useUiLang();
  const editor = useEditor();
  const session = useSession();
  const dirty = useDirty();
  const docLang = useDocLang();
  const file = useStore(editor.doc, (state) => state?.file ?? null);
  const id = useId();

  const [to, setTo] = useState('');
  const [lang, setLang] = useState<DocumentLang>(docLang);
  const [subject, setSubject] = useState(() => (session ? proposedSubject(session, docLang) : ''));
  // The proposed subject follows the language chosen until the user types their own.
  const [subjectTyped, setSubjectTyped] = useState(false);
  const [message, setMessage] = useState('');
  const [attachments, setAttachments] = useState<ReadonlySet<ShareAttachmentKind>>(() => new Set(['orgwork']));
  const [errors, setErrors] = useState<Partial<Record<ShareField, Message>>>({});
  const [working, setWorking] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [written, setWritten] = useState<string | null>(null);
  const [followUp, setFollowUp] = useState<Status>(null);

  const fields = { recipients: useRef<HTMLInputElement>(null), subject: useRef<HTMLInputElement>(null) };
  const showRef = useRef<HTMLButtonElement>(null);
  // Where the focus goes back to when the dialog closes: the button or menu that opened it.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);

  // After Modal's own effect (a parent's effects run after its children's): the first field
  // takes the focus, not the Create button — the dialog is a form to fill in.
  useEffect(() => {
    fields.recipients.current?.focus();
    return () => {
      setTimeout(() => opener?.isConnected && opener.focus());
    };
  }, []);

  useEffect(() => {
    if (written) showRef.current?.focus();
  }, [written]);

  if (!session || !file) return null;

  const request = (): ShareRequest => ({
    session,
    path: file.path,
    recipients: splitRecipients(to),
    subject,
    message,
    attachments: SHARE_ATTACHMENT_KINDS.filter((kind) => attachments.has(kind)),
    lang,
  });

  const hostError = (error: unknown): Message => shareMessage('hostError', { detail: error instanceof Error ? error.message : String(error) });

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (working) return;
    setWorking(true);
    setErrors({});
    setStatus({ text: shareMessage('dialog.working'), tone: 'info' });
    try {
      const result = await editor.host.shareByEmail(request());
      switch (result.status) {
        case 'opened':
          editor.say(shareMessage('result.opened', { name: fileName(result.path) }));
          onClose();
          return;
        case 'written':
          setWritten(result.path);
          setStatus({ text: shareMessage('result.written', { name: fileName(result.path) }), tone: 'info' });
          return;
        case 'invalid':
          setStatus(null);
          setErrors({ [result.field]: result.reason });
          fields[result.field].current?.focus();
          return;
        case 'failed':
          setStatus({ text: result.reason, tone: 'error' });
          return;
      }
    } catch (error) {
      setStatus({ text: hostError(error), tone: 'error' });
    } finally {
      setWorking(false);
    }
  };

  const showInFolder = async () => {
    if (!written) return;
    try {
      const result = await editor.host.showInFolder(written);
      setFollowUp(result.status === 'shown' ? { text: shareMessage('result.shown'), tone: 'info' } : { text: shareMessage('result.actionFailed', { reason: result.reason }), tone: 'error' });
    } catch (error) {
      setFollowUp({ text: hostError(error), tone: 'error' });
    }
  };

  const plainEmail = async () => {
    try {
      const result = await editor.host.openMailto(request());
      setFollowUp(result.status === 'opened' ? { text: shareMessage('result.plainOpened'), tone: 'info' } : { text: shareMessage('result.actionFailed', { reason: result.reason }), tone: 'error' });
    } catch (error) {
      setFollowUp({ text: hostError(error), tone: 'error' });
    }
  };

  const chooseLang = (next: DocumentLang) => {
    setLang(next);
    if (!subjectTyped) setSubject(proposedSubject(session, next));
  };

  const toggle = (kind: ShareAttachmentKind, on: boolean) =>
    setAttachments((previous) => {
      const next = new Set(previous);
      if (on) next.add(kind);
      else next.delete(kind);
      return next;
    });

  const describedBy = (field: ShareField, hint?: string) => [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: ShareField) =>
    errors[field] && (
      <p className="field-error" id={`${id}-${field}-error`}>
        {errors[field][uiLang]}
      </p>
    );
  const formId = `${id}-form`;

  return (
    <Modal
      title={t('dialog.title')}
      onCancel={onClose}
      wide
      actions={
        written ? (
          <button type="button" className="button primary" onClick={onClose}>
            {t('dialog.close')}
          </button>
        ) : (
          <DialogActions primary={{ label: t('dialog.create'), form: formId, busy: working }} cancel={{ label: t('dialog.cancel'), onClick: onClose }} />
        )
      }
    >
      {!written && (
        <form id={formId} className="share-form" onSubmit={(event) => void create(event)} noValidate>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('dialog.to')}</label>
            <input
              ref={fields.recipients}
              id={`${id}-to`}
              type="text"
              inputMode="email"
              autoComplete="email"
              spellCheck={false}
              value={to}
              aria-invalid={errors.recipients ? true : undefined}
              aria-describedby={describedBy('recipients', `${id}-to-hint`)}
              onChange={(event) => {
                setTo(event.target.value);
                setErrors(({ recipients: _, ...rest }) => rest);
              }}
            />
            <p className="hint" id={`${id}-to-hint`}>
              {t('dialog.toHint')}
            </p>
            {fieldError('recipients')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-subject`}>{t('dialog.subject')}</label>
            <input
              ref={fields.subject}
              id={`${id}-subject`}
              type="text"
              value={subject}
              aria-invalid={errors.subject ? true : undefined}
              aria-describedby={describedBy('subject')}
              onChange={(event) => {
                setSubject(event.target.value);
                setSubjectTyped(true);
                setErrors(({ subject: _, ...rest }) => rest);
              }}
            />
            {fieldError('subject')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-message`}>{t('dialog.message')}</label>
            <textarea id={`${id}-message`} rows={4} value={message} aria-describedby={`${id}-message-hint`} onChange={(event) => setMessage(event.target.value)} />
            <p className="hint" id={`${id}-message-hint`}>
              {t('dialog.messageHint')}
            </p>
          </div>
          <div className="share-options">
            <fieldset className="field">
              <legend>{t('dialog.attach')}</legend>
              {SHARE_ATTACHMENT_KINDS.map((kind) => (
                <div key={kind} className="check-field">
                  <input id={`${id}-attach-${kind}`} type="checkbox" checked={attachments.has(kind)} onChange={(event) => toggle(kind, event.target.checked)} />
                  <label htmlFor={`${id}-attach-${kind}`}>{kind === 'orgwork' && !file.name ? t('dialog.attachment.orgworkNew') : t(`dialog.attachment.${kind}`, { name: file.name })}</label>
                </div>
              ))}
              {dirty && attachments.has('orgwork') && <p className="hint warn">{t('dialog.unsavedNote')}</p>}
            </fieldset>
            <fieldset className="field" aria-describedby={`${id}-lang-hint`}>
              <legend>{t('dialog.lang')}</legend>
              {docLangChoices(session).map((choice) => (
                <div key={choice} className="check-field">
                  <input id={`${id}-lang-${choice}`} type="radio" name={`${id}-lang`} checked={lang === choice} onChange={() => chooseLang(choice)} />
                  <label htmlFor={`${id}-lang-${choice}`}>{t(`dialog.langOption.${choice}`)}</label>
                </div>
              ))}
              <p className="hint" id={`${id}-lang-hint`}>
                {t('dialog.langHint')}
              </p>
            </fieldset>
          </div>
        </form>
      )}
      <p className={`share-status${status?.tone === 'error' ? ' is-error' : ''}`} role="status" aria-live="polite">
        {working && <span className="spinner" aria-hidden="true" />}
        {status?.text[uiLang]}
      </p>
      {written && (
        <>
          <p className="hint">{t('result.writtenNext')}</p>
          <div className="button-row share-result-actions">
            <button ref={showRef} type="button" className="button" onClick={() => void showInFolder()}>
              {t('result.showInFolder')}
            </button>
            <button type="button" className="button" onClick={() => void plainEmail()}>
              {t('result.plainEmail')}
            </button>
          </div>
        </>
      )}
      <p className={`share-status${followUp?.tone === 'error' ? ' is-error' : ''}`} role="status" aria-live="polite">
        {followUp?.text[uiLang]}
      </p>
    </Modal>
  );
}
