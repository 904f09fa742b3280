// Runs in the Electron main process (and tests). The application menu as data, in the
// interface language. Pure: given the language, recent files and what to do on a click, it
// returns a template; main.ts hands it to Menu.buildFromTemplate.
import type { MenuItemConstructorOptions } from 'electron';
import { SIDE_PANELS, type DocumentState, type MenuCommand, type Preferences } from '../../shared/api.ts';
import type { DocumentLanguage } from '../../shared/export/document-language.ts';
import { EXPORT_MENU_GROUPS } from '../../shared/export/export-formats.ts';
import type { Lang } from '../../shared/i18n.ts';
import type { ZoomStep } from '../../shared/zoom.ts';
import { hostLabel } from '../handlers/messages.ts';

/** A window with no document, or a session of the two languages Orgwork began with. */
const CHINESE_AND_ENGLISH: readonly DocumentLanguage[] = ['zh', 'en', 'both'];

export interface MenuActions {
  command(command: MenuCommand): void;
  openRecent(path: string): void;
  about(): void;
  zoom(step: ZoomStep): void;
}

export function menuTemplate(
  prefs: Pick<Preferences, 'uiLang' | 'docLang' | 'recentFiles' | 'hiddenPanels' | 'density'>,
  actions: MenuActions,
  platform: NodeJS.Platform,
  /** The focused document: Undo and Redo say what they would do ("Undo: Moved item 5 of …"). */
  document?: Pick<DocumentState, 'undoLabel' | 'redoLabel' | 'docLangs'>,
): MenuItemConstructorOptions[] {
  const lang: Lang = prefs.uiLang;
  const t = (key: string) => hostLabel(`menu:${key}`, lang);
  const send = (command: MenuCommand) => () => actions.command(command);
  const recent: MenuItemConstructorOptions[] =
    prefs.recentFiles.length > 0
      ? prefs.recentFiles.map((path) => ({ label: path, click: () => actions.openRecent(path) }))
      : [{ label: t('noRecent'), enabled: false }];
  // One entry per export format, grouped as the toolbar's Export menu; the renderer does the rest.
  const exportItems: MenuItemConstructorOptions[] = EXPORT_MENU_GROUPS.flatMap((group, index) => [
    ...(index > 0 ? [{ type: 'separator' as const }] : []),
    ...group.map((format): MenuItemConstructorOptions => ({ label: t(`exportFormat.${format}`), click: send(`export:${format}`) })),
  ]);
  const radio = (label: string, checked: boolean, command: MenuCommand): MenuItemConstructorOptions => ({ label, type: 'radio', checked, click: send(command) });
  /** A zoom step under its first key; the other keys (the keypad's, say) as hidden items. */
  const zoomItem = (label: string, step: ZoomStep, keys: string[]): MenuItemConstructorOptions[] =>
    keys.map((accelerator, index) => ({ label, accelerator, click: () => actions.zoom(step), ...(index > 0 && { visible: false, acceleratorWorksWhenHidden: true }) }));

  const template: MenuItemConstructorOptions[] = [
    {
      label: t('file'),
      submenu: [
        { label: t('new'), accelerator: 'CmdOrCtrl+N', click: send('new') },
        { label: t('newWizard'), click: send('new-wizard') },
        { label: t('open'), accelerator: 'CmdOrCtrl+O', click: send('open') },
        { label: t('openRecent'), submenu: recent },
        { type: 'separator' },
        { label: t('save'), accelerator: 'CmdOrCtrl+S', click: send('save') },
        { label: t('saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: send('save-as') },
        { type: 'separator' },
        { label: t('importAgenda'), click: send('import-agenda') },
        { label: t('export'), submenu: exportItems },
        { label: t('share'), click: send('share') },
        { type: 'separator' },
        { label: t('compare'), click: send('compare') },
        { label: t('merge'), click: send('merge') },
        { type: 'separator' },
        { label: t('close'), accelerator: 'CmdOrCtrl+W', click: send('close') },
        ...(platform === 'darwin' ? [] : [{ type: 'separator' as const }, { label: t('quit'), role: 'quit' as const }]),
      ],
    },
    {
      label: t('edit'),
      submenu: [
        // Undo/redo of the schedule live in the renderer; text fields keep their own via the page.
        { label: document?.undoLabel ?? t('undo'), accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        { label: document?.redoLabel ?? t('redo'), accelerator: platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: send('redo') },
        // The other usual redo key, as a hidden item: a menu item has one accelerator only.
        { label: t('redo'), accelerator: platform === 'darwin' ? 'Cmd+Y' : 'Ctrl+Shift+Z', click: send('redo'), visible: false, acceleratorWorksWhenHidden: true },
        { type: 'separator' },
        { label: t('cut'), role: 'cut' },
        { label: t('copy'), role: 'copy' },
        { label: t('paste'), role: 'paste' },
        { label: t('selectAll'), role: 'selectAll' },
        { type: 'separator' },
        { label: t('pairJoint'), click: send('pair-joint') },
        { label: t('fillTranslations'), click: send('fill-translations') },
        { label: t('retime'), click: send('retime') },
      ],
    },
    {
      label: t('view'),
      submenu: [
        { label: t('uiLang'), submenu: [radio(t('english'), lang === 'en', 'ui-lang:en'), radio(t('chinese'), lang === 'zh', 'ui-lang:zh')] },
        {
          label: t('docLang'),
          submenu: (document?.docLangs ?? CHINESE_AND_ENGLISH).map((choice) => radio(t(`docLangs.${choice}`), prefs.docLang === choice, `doc-lang:${choice}`)),
        },
        { type: 'separator' },
        { label: t('compact'), type: 'checkbox', checked: prefs.density === 'compact', click: send(prefs.density === 'compact' ? 'density:normal' : 'density:compact') },
        ...SIDE_PANELS.map((panel): MenuItemConstructorOptions => ({
          label: t(`panel.${panel}`),
          type: 'checkbox',
          checked: !prefs.hiddenPanels?.includes(panel),
          click: send(`toggle-panel:${panel}`),
        })),
        { type: 'separator' },
        ...zoomItem(t('actualSize'), 'reset', ['CmdOrCtrl+0', 'CmdOrCtrl+num0']),
        // Plus is Shift+= on most keyboards: Ctrl+= zooms in too, as in every browser.
        ...zoomItem(t('zoomIn'), 'in', ['CmdOrCtrl+Plus', 'CmdOrCtrl+=', 'CmdOrCtrl+numadd']),
        ...zoomItem(t('zoomOut'), 'out', ['CmdOrCtrl+-', 'CmdOrCtrl+numsub']),
        { type: 'separator' },
        { label: t('fullScreen'), role: 'togglefullscreen' },
      ],
    },
    {
      label: t('help'),
      submenu: [
        // F1 is the page's own key (it works in the browser host too); the menu only shows it.
        { label: t('keys'), accelerator: 'F1', registerAccelerator: false, click: send('keys') },
        { type: 'separator' },
        { label: t('about'), click: () => actions.about() },
      ],
    },
  ];
  if (platform !== 'darwin') return template;
  // macOS: the app menu (About, Services, Hide, Quit) comes first, and a Window menu sits before Help.
  const appMenu: MenuItemConstructorOptions = {
    label: 'Orgwork',
    submenu: [
      { label: t('about'), click: () => actions.about() },
      { type: 'separator' },
      { label: t('services'), role: 'services' },
      { type: 'separator' },
      { label: t('hide'), role: 'hide' },
      { label: t('hideOthers'), role: 'hideOthers' },
      { label: t('showAll'), role: 'unhide' },
      { type: 'separator' },
      { label: t('quit'), role: 'quit' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t('window'),
    role: 'windowMenu',
    submenu: [
      { label: t('minimize'), role: 'minimize' },
      { label: t('zoomWindow'), role: 'zoom' },
      { type: 'separator' },
      { label: t('bringAllToFront'), role: 'front' },
    ],
  };
  return [appMenu, ...template.slice(0, -1), windowMenu, template[template.length - 1]!];
}
