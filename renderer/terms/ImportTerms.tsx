// Runs in the renderer. Importing an officer's own term list: a CSV or TBX file (chosen with the
// page's file picker, which works in Electron and the browser host alike) or a list pasted in.
// The host reads and stores it; the dialog then says what came of it in the interface
// language — pairs added, pairs already known, lines that were not pairs and why.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermBaseImportResult } from '../../shared/termbase/types.ts';
import { Modal } from '../widgets/Modal.tsx';
import { DialogActions } from '../widgets/DialogActions.tsx';
import { useUiLang } from '../i18n.ts';
import { useEditor } from '../state/context.tsx';

export function ImportTerms({ onClose }: { onClose: (result: TermBaseImportResult | null) => void }) {
  const { t } = useTranslation('terms');
  const editor = useEditor();
  const uiLang = useUiLang();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<TermBaseImportResult | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  // The report replaces the form: its Close button takes the focus the Import button had.
  useEffect(() => {
    if (result) closeRef.current?.focus();
  }, [result]);

  const run = async () => {
    setError(null);
    let text = pasted;
    if (file) {
      try {
        text = await file.text();
      } catch {
        return setError(t('import.readFailed', { name: file.name }));
      }
    }
    if (!text.trim()) return setError(t('import.empty'));
    setBusy(true);
    try {
      setResult(await editor.host.importTermBase(text));
    } catch (failure) {
      setError(t('import.failed', { reason: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setBusy(false);
    }
  };

  if (result) {
    return (
      <Modal
        title={t('import.doneTitle')}
        onCancel={() => onClose(result)}
        actions={
          <button ref={closeRef} type="button" className="button primary" onClick={() => onClose(result)}>
            {t('import.close')}
          </button>
        }
      >
        <ul className="import-result" role="status">
          {result.languages.length > 0 && (
            <li data-count="languages">{t('import.languages', { languages: result.languages.map((lang) => t(`lang.${lang}`)).join(t('import.languageSeparator')) })}</li>
          )}
          <li data-count="added">{t('import.added', { count: result.added })}</li>
          {result.conflicting > 0 && <li data-count="conflicting">{t('import.conflicting', { count: result.conflicting })}</li>}
          <li data-count="unchanged">{t('import.unchanged', { count: result.unchanged })}</li>
          <li data-count="skipped">{t('import.skipped', { count: result.problems.length })}</li>
        </ul>
        {result.problems.length > 0 && (
          <ul className="error-list">
            {result.problems.map((problem) => (
              <li key={problem.line}>{problem.message[uiLang]}</li>
            ))}
          </ul>
        )}
      </Modal>
    );
  }

  return (
    <Modal
      title={t('import.title')}
      onCancel={() => onClose(null)}
      actions={
        <DialogActions
          primary={{ label: busy ? t('import.working') : t('import.import'), busy, onClick: () => void run() }}
          cancel={{ label: t('import.cancel'), onClick: () => onClose(null) }}
        />
      }
    >
      <p className="hint">{t('import.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('import.file')}</label>
        <input id={`${id}-file`} type="file" accept=".csv,.tsv,.txt,.tbx,.xml,text/csv,application/xml" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-paste`}>{t('import.paste')}</label>
        <textarea
          id={`${id}-paste`}
          className="import-paste"
          rows={6}
          value={pasted}
          disabled={file !== null}
          aria-describedby={`${id}-paste-hint`}
          placeholder={t('import.placeholder')}
          onChange={(event) => setPasted(event.target.value)}
        />
        <p id={`${id}-paste-hint`} className="hint">
          {file ? t('import.fileChosen', { name: file.name }) : t('import.pasteHint')}
        </p>
      </div>
      <p className="import-error" role="alert">
        {error}
      </p>
    </Modal>
  );
}
