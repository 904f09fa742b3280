// Runs in the renderer. The toolbar's "Export ▾" menu: the same entries as the desktop
// File ▸ Export menu, in the document language. While the host builds and writes the file, a
// status line says so (the button stays focusable but does not open meanwhile). When labels
// lack the document language, the menu opens on a notice saying how many (the export prints
// the other language there, as `orgwork export` warns).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, EXPORT_MENU_GROUPS, type ExportFormat } from '../../shared/export/export-formats.ts';
import { missingLabels } from '../../shared/export/missing-labels.ts';
import { useDeferredSession, useDocLang, useEditor } from '../state/context.tsx';
import { exportDocument } from '../state/export-commands.ts';
import { useStore } from '../state/store.ts';
import { MenuButton, type MenuEntry } from './MenuButton.tsx';

const isFormat = (id: string): id is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(id);

/** One disabled entry per document language with missing labels: read out, never chosen. */
function useMissingLabelNotices(): MenuEntry[] {
  const { t } = useTranslation('document');
  const session = useDeferredSession();
  const docLang = useDocLang();
  const gaps = useMemo(() => (session ? missingLabels(session, docLang) : []), [session, docLang]);
  return gaps.map((gap) => ({
    id: `missing-${gap.lang}`,
    label: `⚠ ${t('export.missing', { count: gap.paths.length, language: t(`export.language.${gap.lang}`), other: t(`export.language.${gap.lang === 'zh' ? 'en' : 'zh'}`) })}`,
    disabled: true,
  }));
}

export function ExportMenu() {
  const { t } = useTranslation();
  const editor = useEditor();
  const exporting = useStore(editor.exporting, (format) => format);
  const notices = useMissingLabelNotices();
  const formats = EXPORT_MENU_GROUPS.map((group) => group.map((format) => ({ id: format, label: t(`export.format.${format}`) })));
  const groups: MenuEntry[][] = notices.length > 0 ? [notices, ...formats] : formats;
  return (
    <MenuButton label={t('export.button')} className="export-menu" groups={groups} busy={exporting !== null} onChoose={(id) => isFormat(id) && void exportDocument(editor, id)}>
      <span className="export-progress" role="status" aria-live="polite">
        {exporting && (
          <>
            <span className="spinner" aria-hidden="true" />
            {t('export.working', { what: t(`export.format.${exporting}`) })}
          </>
        )}
      </span>
    </MenuButton>
  );
}
