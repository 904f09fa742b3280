// Runs in the renderer (sandboxed page, no Node, no Electron): it reaches main only
// through window.orgwork, which the host provides. Preferences are read before the first
// render, so the window opens in the user's languages without flashing the default ones.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_PREFERENCES, type Preferences } from '../shared/api.ts';
import { App } from './App.tsx';
import { getHost } from './host.ts';
import { i18n } from './i18n.ts';
import { EditorProvider } from './state/context.tsx';
import { Editor } from './state/editor.ts';
import { startUp } from './state/file-commands.ts';
import { syncWithHost } from './state/host-sync.ts';
// Each folder's styles live beside its components; they are imported here, in one place and
// in this order, because the cascade depends on it (compact density and the languages'
// rules override the grid's and the inspector's, which come before them).
import './base.css';
import './chrome/frame.css';
import './chrome/toolbar.css';
import './widgets/menu-button.css';
import './chrome/messages.css';
import './agenda/agenda.css';
import './grid/grid.css';
import './inspector/inspector.css';
import './preview/annex-preview.css';
import './chrome/status-bar.css';
import './problems/problems.css';
import './widgets/dialogs.css';
import './grid/hybrid.css';
import './compare/compare.css';
import './share/share.css';
import './terms/terms.css';
import './versions/versions.css';
import './start/start.css';
import './preview/document-preview.css';
import './chrome/export-menu.css';
import './retime/retime.css';
import './grid/problem-flags.css';
import './grid/compact.css';
import './widgets/panel-edges.css';
import './chrome/file-drop.css';
import './inspector/languages.css';

async function main(): Promise<void> {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html has no #root element');
  const root = createRoot(rootElement);
  const host = getHost();
  if (!host) {
    root.render(<p className="no-host">{i18n.t('noHost')}</p>);
    return;
  }
  let preferences: Preferences = DEFAULT_PREFERENCES;
  try {
    preferences = await host.getPreferences();
  } catch (error) {
    console.error('orgwork: preferences unavailable, using defaults', error);
  }
  await i18n.changeLanguage(preferences.uiLang);
  const editor = new Editor(host);
  editor.docLang.set(preferences.docLang);
  editor.inspectorLangs.set(preferences.inspectorLangs);
  editor.hiddenPanels.set(preferences.hiddenPanels ?? []);
  editor.density.set(preferences.density ?? 'normal');
  editor.panelWidths.set(preferences.panelWidths ?? {});
  syncWithHost(editor, preferences.recoveryIntervalSeconds);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <EditorProvider value={editor}>
          <App />
        </EditorProvider>
      </I18nextProvider>
    </StrictMode>,
  );
  await startUp(editor);
}

void main();
