// Runs in the renderer. The toolbar's "Export ▾" menu: the same entries as the desktop
// File ▸ Export menu, in the document language. While the host builds and writes the file, a
// status line says so (the button stays focusable but does not open meanwhile).
import { useTranslation } from 'react-i18next';
import { EXPORT_MENU_GROUPS } from '../../shared/export/export-formats.ts';
import { useEditor } from '../state/context.tsx';
import { exportDocument } from '../state/export-commands.ts';
import { useStore } from '../state/store.ts';
import { MenuButton } from './MenuButton.tsx';

export function ExportMenu() {
  const { t } = useTranslation();
  const editor = useEditor();
  const exporting = useStore(editor.exporting, (format) => format);
  const groups = EXPORT_MENU_GROUPS.map((group) => group.map((format) => ({ id: format, label: t(`export.format.${format}`) })));
  return (
    <MenuButton label={t('export.button')} groups={groups} busy={exporting !== null} onChoose={(format) => void exportDocument(editor, format)}>
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
