// Runs in the renderer. The commands of the toolbar, the keyboard shortcuts and the host's
// menus, in one place so all three do exactly the same thing.
import type { Density, DocumentLang, MenuCommand, SidePanel } from '../../shared/api.ts';
import type { Lang } from '../../shared/i18n.ts';
import { i18n } from '../i18n.ts';
import type { ExportFormat } from '../../shared/export/export-formats.ts';
import type { Editor } from './editor.ts';
import { exportDocument } from './export-commands.ts';
import { newDocument, openDocument, saveDocument } from './file-commands.ts';
import { isFeatureRequest, requestFeature } from './feature-requests.ts';

const report = (error: unknown) => console.error('orgwork:', error);

export function setUiLang(editor: Editor, lang: Lang): void {
  void i18n.changeLanguage(lang);
  editor.host.setPreferences({ uiLang: lang }).catch(report);
}

export function setDocLang(editor: Editor, lang: DocumentLang): void {
  editor.docLang.set(lang);
  // An export language chosen in the Export menu gives way: exports follow what is on screen again.
  editor.exportLang.set(null);
  editor.host.setPreferences({ docLang: lang }).catch(report);
}

export function setDensity(editor: Editor, density: Density): void {
  editor.density.set(density);
  editor.host.setPreferences({ density }).catch(report);
}

/**
 * Hides a side panel, or shows it again. Keyboard focus that was in the panel or on its
 * toggle goes to the toggle that now stands in its place (the rail's, or the panel's own).
 */
export function toggleSidePanel(editor: Editor, panel: SidePanel): void {
  const hidden = editor.hiddenPanels.get();
  const next = hidden.includes(panel) ? hidden.filter((p) => p !== panel) : [...hidden, panel];
  const hadFocus = Boolean(document.activeElement?.closest(`[data-side-panel="${panel}"]`));
  editor.hiddenPanels.set(next);
  editor.host.setPreferences({ hiddenPanels: next }).catch(report);
  if (hadFocus) requestAnimationFrame(() => document.getElementById(sidePanelToggleId(panel))?.focus());
}

export const sidePanelToggleId = (panel: SidePanel) => `toggle-${panel}-panel`;

/** Text fields keep their own undo: a menu Undo while typing undoes the typing. */
function inTextField(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
}

/**
 * A field applies its text when it loses focus. A shortcut or a menu command leaves the focus
 * where it is, so the text typed so far is applied first: Ctrl+S saves what is on screen, and
 * a panel folded away while typing keeps what was typed. The caret stays in the field.
 * Enter in a field does the same (inspector/fields.tsx).
 */
export function applyTypedText(field: Element | null = document.activeElement): void {
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
  field.blur();
  field.focus();
}

export function runCommand(editor: Editor, command: MenuCommand): void {
  if (command !== 'undo' && command !== 'redo') applyTypedText();
  switch (command) {
    case 'new':
      return void newDocument(editor);
    case 'open':
      return void openDocument(editor);
    case 'save':
      return void saveDocument(editor);
    case 'save-as':
      return void saveDocument(editor, { saveAs: true });
    case 'close':
      // The host asks about unsaved changes when the window closes.
      return window.close();
    case 'undo':
      if (inTextField()) document.execCommand('undo');
      else editor.undo();
      return;
    case 'redo':
      if (inTextField()) document.execCommand('redo');
      else editor.redo();
      return;
    case 'ui-lang:en':
    case 'ui-lang:zh':
      return setUiLang(editor, command === 'ui-lang:en' ? 'en' : 'zh');
    case 'keys':
      void editor.ask('keys', {});
      return;
    case 'toggle-panel:agenda':
    case 'toggle-panel:inspector':
      return toggleSidePanel(editor, command === 'toggle-panel:agenda' ? 'agenda' : 'inspector');
    case 'density:normal':
    case 'density:compact':
      return setDensity(editor, command === 'density:compact' ? 'compact' : 'normal');
    case 'about':
      void editor.ask('about', {});
      return;
    default:
      // File ▸ Share by Email…, New from Wizard…, Compare with File… and the like: the feature takes it.
      if (isFeatureRequest(command)) return requestFeature(editor, command);
      // View ▸ Document Language: `doc-lang:zh`, `doc-lang:all` and the like.
      if (command.startsWith('doc-lang:')) return setDocLang(editor, command.slice('doc-lang:'.length) as DocumentLang);
      // `export:annex-docx` and the other formats of File ▸ Export.
      if (command.startsWith('export:')) return void exportDocument(editor, command.slice('export:'.length) as ExportFormat);
  }
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The command a key press stands for, or null. In Electron the menu's accelerators send
 * most of these as menu commands already; only the ones it has no accelerator for remain.
 */
export function shortcutCommand(event: KeyboardEvent, host: 'electron' | 'browser'): MenuCommand | null {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  let command: MenuCommand | null = null;
  let fromMenu = true;
  if (key === 'z' && !event.shiftKey) command = 'undo';
  else if (key === 'z' && event.shiftKey) {
    command = 'redo';
    fromMenu = isMac;
  } else if (key === 'y' && !event.shiftKey) {
    command = 'redo';
    fromMenu = !isMac;
  } else if (key === 's') command = event.shiftKey ? 'save-as' : 'save';
  else if (key === 'o' && !event.shiftKey) command = 'open';
  else if (key === 'n' && !event.shiftKey) command = 'new';
  if (!command) return null;
  return host === 'electron' && fromMenu ? null : command;
}
