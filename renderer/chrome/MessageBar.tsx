// Runs in the renderer. Where the editor speaks: refusals, file results and notices about
// the document, visible and in a polite live region; plus a hidden region for short
// confirmations (undo, moves) that only screen readers need.
import { useTranslation } from 'react-i18next';
import type { DocumentNotice } from '../../shared/api.ts';
import { useUiLang } from '../i18n.ts';
import { useEditor } from '../state/context.tsx';
import { useStore } from '../state/store.ts';

export function MessageBar() {
  const { t } = useTranslation();
  const editor = useEditor();
  const uiLang = useUiLang();
  const notice = useStore(editor.notice, (n) => n);
  return (
    <div className={`message-bar${notice ? ` tone-${notice.tone}` : ''}`} role="status" aria-live="polite" data-testid="message">
      {notice && (
        <>
          <span className="message-text" key={notice.seq}>
            {notice.text[uiLang]}
          </span>
          {notice.action && (
            <button type="button" className="link-button" onClick={notice.action.run}>
              {notice.action.label[uiLang]}
            </button>
          )}
          <button type="button" className="link-button" onClick={() => editor.notice.set(null)}>
            {t('action.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}

export function Announcer() {
  const editor = useEditor();
  const uiLang = useUiLang();
  const announcement = useStore(editor.announcement, (n) => n);
  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {announcement && <span key={announcement.seq}>{announcement.text[uiLang]}</span>}
    </div>
  );
}

const NO_NOTICES: readonly DocumentNotice[] = [];

/** What the host told us about where the document came from. */
export function DocumentNotices() {
  const { t } = useTranslation();
  const editor = useEditor();
  const notices = useStore(editor.doc, (s) => s?.file.notices ?? NO_NOTICES);
  if (notices.length === 0) return null;
  return (
    <div className="document-notices">
      {notices.map((notice) => (
        <div key={notice} className="document-notice" role="note">
          <span>{t(`notice.${notice}`)}</span>
          <button type="button" className="link-button" onClick={() => editor.dismissNotice(notice)}>
            {t('action.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
