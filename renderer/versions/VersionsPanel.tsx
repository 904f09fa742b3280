// Runs in the renderer. The "Versions" tab: "Mark as sent" names the version that goes out
// ("Draft 2 to the Bureau"); the list shows every named version, newest first, with what
// changed since the one before, and what changed since the latest so far; the changelog
// can be saved as text for the cover email of the next draft.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NamedVersion } from '../../shared/model/types.ts';
import { changesSinceLatestVersion, sentDateLabel, versionChangeLines } from '../../shared/versions/index.ts';
import { useUiLang } from '../i18n.ts';
import { useDeferredSession, useEditor } from '../state/context.tsx';
import { exportDocument } from '../state/export-commands.ts';
import { MarkSentDialog } from './MarkSentDialog.tsx';

const NO_VERSIONS: readonly NamedVersion[] = [];

export function VersionsPanel() {
  const { t } = useTranslation('versions');
  const uiLang = useUiLang();
  const editor = useEditor();
  const session = useDeferredSession()!;
  const [marking, setMarking] = useState(false);
  const versions = session.versions ?? NO_VERSIONS;
  const latest = versions.at(-1);
  // Only while this tab is shown: a compare of the whole session per edit.
  const pending = useMemo(() => changesSinceLatestVersion(session), [session]);

  return (
    <div className="versions">
      <div className="versions-actions">
        <button type="button" className="button primary" onClick={() => setMarking(true)}>
          {t('panel.mark')}
        </button>
        <button type="button" className="button" onClick={() => void exportDocument(editor, 'changelog')} disabled={versions.length === 0}>
          {t('panel.saveChangelog')}
        </button>
      </div>
      {latest && (
        <section className="versions-pending" aria-labelledby="versions-pending">
          <h3 id="versions-pending">{t('panel.since', { name: latest.name })}</h3>
          {pending === null ? (
            <p className="muted">{t('changelog.unknown')}</p>
          ) : pending.length === 0 ? (
            <p className="muted">{t('panel.nothingSince')}</p>
          ) : (
            <ul className="versions-changes">
              {pending.map((change, index) => (
                <li key={index}>{change[uiLang]}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      {versions.length === 0 ? (
        <p className="muted">{t('panel.none')}</p>
      ) : (
        <ol className="versions-list" reversed aria-label={t('panel.list')}>
          {[...versions].reverse().map((version, reversedIndex) => {
            const index = versions.length - 1 - reversedIndex;
            return (
              <li key={`${version.sent}-${index}`} className="version">
                <h3 className="version-name">
                  {version.name} <span className="muted small">{t('panel.sent', { date: sentDateLabel(version, uiLang) })}</span>
                </h3>
                <ul className="versions-changes">
                  {versionChangeLines(version, index, uiLang).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
      {marking && <MarkSentDialog onClose={() => setMarking(false)} />}
    </div>
  );
}
