// Runs in the renderer. The main window of DESIGN §7: toolbar; agenda, grid and inspector
// side by side; the annex preview below; the status bar. Global shortcuts and the host's
// menu commands are wired here.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AgendaPanel } from './agenda/AgendaPanel.tsx';
import { BottomPanel } from './chrome/BottomPanel.tsx';
import { Dialogs } from './chrome/Dialogs.tsx';
import { isModalOpen } from './widgets/Modal.tsx';
import { PanelRail, useHiddenPanels, usePanelWidthStyle } from './chrome/SidePanels.tsx';
import { ComparePanel } from './compare/ComparePanel.tsx';
import { Announcer, DocumentNotices, MessageBar } from './chrome/MessageBar.tsx';
import { StatusBar } from './chrome/StatusBar.tsx';
import { Toolbar } from './chrome/Toolbar.tsx';
import { DragDrop } from './dnd/DragDrop.tsx';
import { FileDrop } from './chrome/FileDrop.tsx';
import { Grid } from './grid/Grid.tsx';
import { HTML_LANG, useUiLang } from './i18n.ts';
import { Inspector } from './inspector/Inspector.tsx';
import { PreviewPanel } from './preview/DocumentPreview.tsx';
import { ProblemsPanel, useProblemCounts } from './problems/ProblemsPanel.tsx';
import { RetimeTools } from './retime/RetimeTools.tsx';
import { runCommand, shortcutCommand } from './state/commands.ts';
import { useEditor } from './state/context.tsx';
import { useStore } from './state/store.ts';
import { VersionsPanel } from './versions/VersionsPanel.tsx';

export function App() {
  const { t } = useTranslation();
  const editor = useEditor();
  const uiLang = useUiLang();
  // Only whether there is a document: App must not re-render on every edit (it holds the drag context).
  const hasDocument = useStore(editor.doc, (state) => state !== null);
  const hiddenPanels = useHiddenPanels();
  const density = useStore(editor.density, (d) => d);
  const panelWidths = usePanelWidthStyle(hiddenPanels);

  useEffect(() => {
    // Screen readers choose their voice, and the browser its CJK font, from <html lang>.
    document.documentElement.lang = HTML_LANG[uiLang];
    document.title = t('appName');
  }, [uiLang, t]);

  useEffect(() => editor.host.onMenuCommand((command) => runCommand(editor, command)), [editor]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Behind a modal dialog (the editor's, or a feature's own: a review, a wizard) the
      // editor's shortcuts wait: an undo under a review would change what it is about.
      if (editor.dialog.get() || isModalOpen()) return;
      if (event.key === 'F1') {
        event.preventDefault();
        runCommand(editor, 'keys');
        return;
      }
      const command = shortcutCommand(event, editor.host.host);
      if (!command) return;
      event.preventDefault();
      runCommand(editor, command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor]);

  if (!hasDocument) {
    return (
      <div className="app app-loading">
        <p>{t('loading')}</p>
        <Dialogs />
      </div>
    );
  }

  return (
    <div className={`app density-${density}`}>
      <Toolbar />
      <DocumentNotices />
      <DragDrop>
        <div className={['workspace', ...hiddenPanels.map((panel) => `hide-${panel}`)].join(' ')} style={panelWidths}>
          {hiddenPanels.includes('agenda') ? <PanelRail panel="agenda" /> : <AgendaPanel />}
          <main className="grid-panel" aria-label={t('grid.region')}>
            <MessageBar />
            <ComparePanel />
            <Grid />
          </main>
          {hiddenPanels.includes('inspector') ? <PanelRail panel="inspector" /> : <Inspector />}
        </div>
      </DragDrop>
      <Lower />
      <Announcer />
      <RetimeTools />
      <FileDrop />
      <Dialogs />
    </div>
  );
}

/** The preview and problems tabs, and the status bar that counts the problems too. */
function Lower() {
  const { t } = useTranslation();
  const counts = useProblemCounts();
  const errors = t('problems.errors', { count: counts.error });
  const warnings = t('problems.warnings', { count: counts.warning });
  const editor = useEditor();
  // The counts open the Problems tab, and the keyboard focus goes to it.
  const openProblems = () => {
    editor.panelTab.set('problems');
    requestAnimationFrame(() => document.getElementById('tab-problems')?.focus());
  };
  return (
    <>
      <BottomPanel
        tabs={[
          { id: 'preview', label: t('panel.preview'), content: <PreviewPanel /> },
          { id: 'problems', label: t('problems.tab', { errors, warnings }), content: <ProblemsPanel /> },
          { id: 'versions', label: t('versions:panel.tab'), content: <VersionsPanel /> },
        ]}
      />
      <StatusBar>
        <button type="button" className="status-problems link-button" onClick={openProblems}>
          <span className={counts.error > 0 ? 'status-error' : undefined}>{errors}</span>
          <span className={counts.warning > 0 ? 'status-warn' : undefined}>{warnings}</span>
          {counts.info > 0 && <span>{t('problems.notes', { count: counts.info })}</span>}
        </button>
      </StatusBar>
    </>
  );
}
