// Runs in the renderer. The toolbar's "Export ▾" menu: the same formats as the desktop
// File ▸ Export menu, and below them the languages the export can be made in — the session's
// own, and both or all of them — starting on the document language shown. While the host
// builds and writes the file, a status line says so (the button stays focusable but does not
// open meanwhile). When labels lack a language of the export, the menu says how many (the
// export prints them in another language, shared/model/languages.ts, as `orgwork export` warns).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentLang } from '../../shared/api.ts';
import { EXPORT_FORMATS, EXPORT_MENU_GROUPS, type ExportFormat } from '../../shared/export/export-formats.ts';
import { missingLabels } from '../../shared/export/missing-labels.ts';
import { useDeferredSession, useDocLang, useEditor, useSession } from '../state/context.tsx';
import { docLangChoices, effectiveDocLang } from '../state/doc-langs.ts';
import { exportDocument } from '../state/export-commands.ts';
import { useStore } from '../state/store.ts';
import { MenuButton, type MenuEntry } from '../widgets/MenuButton.tsx';

const isFormat = (id: string): id is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(id);

const LANG_ENTRY = 'lang:';

/** The language of the next export: the one picked in this menu, else the document language shown. */
function useExportLang(): DocumentLang {
  const editor = useEditor();
  const session = useSession();
  const docLang = useDocLang();
  const picked = useStore(editor.exportLang, (lang) => lang);
  return picked && session ? effectiveDocLang(picked, session) : docLang;
}

/** One entry per language choice of the session, checked on the export's. */
function useLanguageEntries(exportLang: DocumentLang): MenuEntry[] {
  const { t } = useTranslation('document');
  const session = useSession();
  const choices = session ? docLangChoices(session) : [];
  // One language only: nothing to choose.
  if (choices.length < 2) return [];
  return choices.map((choice) => ({
    id: `${LANG_ENTRY}${choice}`,
    label: t('export.languageOf', { language: t(`export.language.${choice}`) }),
    checked: choice === exportLang,
  }));
}

/** One disabled entry per language of the export with missing labels: read out, never chosen. */
function useMissingLabelNotices(exportLang: DocumentLang): MenuEntry[] {
  const { t } = useTranslation('document');
  const session = useDeferredSession();
  const gaps = useMemo(() => (session ? missingLabels(session, exportLang) : []), [session, exportLang]);
  return gaps.map((gap) => ({
    id: `missing-${gap.lang}`,
    label: `⚠ ${t('export.missing', { count: gap.paths.length, language: t(`export.language.${gap.lang}`) })}`,
    disabled: true,
  }));
}

export function ExportMenu() {
  const { t } = useTranslation();
  const editor = useEditor();
  const exporting = useStore(editor.exporting, (format) => format);
  const exportLang = useExportLang();
  const languages = useLanguageEntries(exportLang);
  const notices = useMissingLabelNotices(exportLang);
  const formats = EXPORT_MENU_GROUPS.map((group) => group.map((format) => ({ id: format, label: t(`export.format.${format}`) })));
  // The menu opens on what it has to say, then the formats; the languages come last, a choice that keeps it open.
  const groups: MenuEntry[][] = [notices, ...formats, languages].filter((group) => group.length > 0);
  const choose = (id: string) => {
    if (id.startsWith(LANG_ENTRY)) editor.exportLang.set(id.slice(LANG_ENTRY.length) as DocumentLang);
    else if (isFormat(id)) void exportDocument(editor, id);
  };
  return (
    <MenuButton label={t('export.button')} className="export-menu" groups={groups} busy={exporting !== null} onChoose={choose}>
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
