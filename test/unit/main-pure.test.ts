// The parts of the Electron main process that need no Electron: launch files and menus.
import { describe, expect, it } from 'vitest';
import { sessionFilesIn } from '../../electron/main/launch-files.ts';
import { menuTemplate } from '../../electron/main/menu-template.ts';
import type { MenuCommand } from '../../shared/api.ts';
import { EXPORT_FORMATS, EXPORT_MENU_GROUPS } from '../../shared/export/export-formats.ts';
import { nextZoomFactor, type ZoomStep } from '../../shared/zoom.ts';

describe('files named at launch', () => {
  it('takes .orgwork paths, resolved against the working directory, and nothing else', () => {
    expect(sessionFilesIn(['/opt/Orgwork/orgwork', '--no-sandbox', 'week.orgwork', '/home/a/B.ORGWORK', 'notes.txt'], '/home/a')).toEqual([
      '/home/a/week.orgwork',
      '/home/a/B.ORGWORK',
    ]);
  });
});

describe('application menu', () => {
  const sent: MenuCommand[] = [];
  const zooms: ZoomStep[] = [];
  const actions = { command: (c: MenuCommand) => sent.push(c), openRecent: () => {}, about: () => {}, zoom: (step: ZoomStep) => zooms.push(step) };

  it('speaks the interface language and carries the usual accelerators', () => {
    const en = menuTemplate({ uiLang: 'en', docLang: 'zh', recentFiles: [] }, actions, 'linux');
    const zh = menuTemplate({ uiLang: 'zh', docLang: 'zh', recentFiles: ['/x/a.orgwork'] }, actions, 'linux');
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(zh.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const file = en[0]!.submenu as { label?: string; accelerator?: string }[];
    expect(file.filter((i) => i.accelerator).map((i) => `${i.label} ${i.accelerator}`)).toEqual([
      'New CmdOrCtrl+N',
      'Open… CmdOrCtrl+O',
      'Save CmdOrCtrl+S',
      'Save As… CmdOrCtrl+Shift+S',
      'Close CmdOrCtrl+W',
    ]);
    const recent = (zh[0]!.submenu as { label?: string; submenu?: { label?: string }[] }[]).find((i) => i.label === '最近打开')!;
    expect(recent.submenu!.map((i) => i.label)).toEqual(['/x/a.orgwork']);
  });

  it('opens every feature from the menus: wizard, import, share, compare, merge, pairing, translations, retiming', () => {
    type Item = { label?: string; click?: () => void };
    const [file, edit] = menuTemplate({ uiLang: 'en', docLang: 'zh', recentFiles: [] }, actions, 'linux').map((m) => m.submenu as Item[]);
    const click = (menu: Item[], label: string) => menu.find((i) => i.label === label)!.click!();
    sent.length = 0;
    for (const label of ['New Session from Wizard…', 'Import Agenda…', 'Share by Email…', 'Compare with File…', 'Merge with File…']) click(file!, label);
    for (const label of ['Pair Joint Items…', 'Fill Missing Translations…', 'Retime Meetings…']) click(edit!, label);
    expect(sent).toEqual(['new-wizard', 'import-agenda', 'share', 'compare', 'merge', 'pair-joint', 'fill-translations', 'retime']);
    sent.length = 0;
  });

  it('offers every export format under File ▸ Export, in both languages, each sending its command', () => {
    type Item = { label?: string; type?: string; click?: () => void; submenu?: Item[] };
    const exportMenu = (lang: 'en' | 'zh') => {
      const file = menuTemplate({ uiLang: lang, docLang: 'zh', recentFiles: [] }, actions, 'linux')[0]!.submenu as Item[];
      return file.find((i) => i.label === (lang === 'en' ? 'Export' : '导出'))!.submenu!;
    };
    const en = exportMenu('en');
    expect(en.map((i) => i.label ?? i.type)).toEqual([
      'Annex as Word (.docx)',
      'Annex as PDF',
      'Annex as HTML',
      'separator',
      'Agenda Document as Word (.docx)',
      'Agenda Document as PDF',
      'Agenda Document as HTML',
      'separator',
      'Calendar (.ics)',
      'Conference Schedule (c3voc JSON)',
      'Annex Table for Excel (CSV)',
      'List of Documents (text)',
      'Changelog of Sent Versions (text)',
    ]);
    expect(exportMenu('zh').filter((i) => i.label).map((i) => i.label)).toEqual([
      '附件（Word .docx）',
      '附件（PDF）',
      '附件（HTML）',
      '议程文件（Word .docx）',
      '议程文件（PDF）',
      '议程文件（HTML）',
      '日历（.ics）',
      '会议日程（c3voc JSON）',
      '附件表格（Excel CSV）',
      '文件清单（文本）',
      '已发送版本的变更记录（文本）',
    ]);
    sent.length = 0;
    for (const item of en) item.click?.();
    expect(sent).toEqual([...EXPORT_MENU_GROUPS.flat()].map((format) => `export:${format}`));
    expect(new Set(sent)).toEqual(new Set(EXPORT_FORMATS.map((format) => `export:${format}`)));
    sent.length = 0;
  });

  it('sends the chosen command to the renderer', () => {
    const en = menuTemplate({ uiLang: 'en', docLang: 'both', recentFiles: [] }, actions, 'darwin');
    const view = en.find((menu) => menu.label === 'View')!.submenu as { submenu?: { click?: () => void; checked?: boolean }[] }[];
    view[1]!.submenu![0]!.click!();
    expect(sent).toEqual(['doc-lang:zh']);
    expect(view[1]!.submenu!.map((i) => i.checked)).toEqual([false, false, true]);
  });

  it("lists the focused session's document languages under View ▸ Document Language", () => {
    type Radio = { label?: string; checked?: boolean; click?: () => void };
    sent.length = 0;
    const docLangsOf = (uiLang: 'en' | 'zh', docLang: 'ar' | 'zh', docLangs?: ('ar' | 'fr' | 'en' | 'zh' | 'all')[]) => {
      const menus = menuTemplate({ uiLang, docLang, recentFiles: [] }, actions, 'linux', docLangs ? { docLangs } : undefined);
      return (menus[2]!.submenu as { submenu?: Radio[] }[])[1]!.submenu!;
    };
    const six = docLangsOf('en', 'ar', ['ar', 'fr', 'en', 'all']);
    expect(six.map((item) => item.label)).toEqual(['العربية (Arabic)', 'Français (French)', 'English', "All the session's languages"]);
    expect(six.map((item) => item.checked)).toEqual([true, false, false, false]);
    six[1]!.click!();
    expect(sent).toEqual(['doc-lang:fr']);
    sent.length = 0;
    expect(docLangsOf('zh', 'zh').map((item) => item.label)).toEqual(['中文', 'English（英文）', '两种语言（中文和英文）']);
  });

  it('zooms from the View menu with the browser keys, and opens the keyboard reference from Help', () => {
    type Item = { label?: string; accelerator?: string; visible?: boolean; role?: string; registerAccelerator?: boolean; click?: () => void };
    const [, , view, help] = menuTemplate({ uiLang: 'en', docLang: 'zh', recentFiles: [] }, actions, 'linux').map((m) => m.submenu as Item[]);
    const zoomItems = view!.filter((i) => i.accelerator);
    expect(zoomItems.map((i) => `${i.label} ${i.accelerator}${i.visible === false ? ' (hidden)' : ''}`)).toEqual([
      'Actual Size CmdOrCtrl+0',
      'Actual Size CmdOrCtrl+num0 (hidden)',
      'Zoom In CmdOrCtrl+Plus',
      'Zoom In CmdOrCtrl+= (hidden)',
      'Zoom In CmdOrCtrl+numadd (hidden)',
      'Zoom Out CmdOrCtrl+-',
      'Zoom Out CmdOrCtrl+numsub (hidden)',
    ]);
    zooms.length = 0;
    for (const item of zoomItems) item.click!();
    expect(zooms).toEqual(['reset', 'reset', 'in', 'in', 'in', 'out', 'out']);
    expect(view!.find((i) => i.role === 'togglefullscreen')?.label).toBe('Full Screen');

    const keys = help!.find((i) => i.label === 'Keyboard Shortcuts')!;
    // Shown, not registered: F1 is the page's own key, in the browser host too.
    expect(keys).toMatchObject({ accelerator: 'F1', registerAccelerator: false });
    sent.length = 0;
    keys.click!();
    expect(sent).toEqual(['keys']);
    const zhHelp = menuTemplate({ uiLang: 'zh', docLang: 'zh', recentFiles: [] }, actions, 'linux')[3]!.submenu as Item[];
    expect(zhHelp.filter((i) => i.label).map((i) => i.label)).toEqual(['键盘操作', '关于 Orgwork']);
  });
});

describe('the macOS menus', () => {
  type Item = { label?: string; role?: string; submenu?: Item[]; click?: () => void };
  it('start with the app menu (About, Hide, Quit) and have a Window menu before Help', () => {
    const about: string[] = [];
    const mac = menuTemplate({ uiLang: 'en', docLang: 'zh', recentFiles: [] }, { command: () => {}, openRecent: () => {}, about: () => about.push('about'), zoom: () => {} }, 'darwin') as Item[];
    expect(mac.map((menu) => menu.label)).toEqual(['Orgwork', 'File', 'Edit', 'View', 'Window', 'Help']);
    const app = mac[0]!.submenu!;
    expect(app.map((item) => item.role ?? item.label).filter(Boolean)).toEqual(['About Orgwork', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    app[0]!.click!();
    expect(about).toEqual(['about']);
    expect(mac[4]).toMatchObject({ role: 'windowMenu' });
    expect(mac[1]!.submenu!.some((item) => item.role === 'quit')).toBe(false);
  });

  it('stay as they are on Windows and Linux: no app menu, Quit in File', () => {
    const linux = menuTemplate({ uiLang: 'en', docLang: 'zh', recentFiles: [] }, { command: () => {}, openRecent: () => {}, about: () => {}, zoom: () => {} }, 'linux') as Item[];
    expect(linux.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(linux[0]!.submenu!.some((item) => item.role === 'quit')).toBe(true);
  });
});

describe('View ▸ Agenda Panel and Details Panel', () => {
  it('are ticked while shown and send the toggle of their panel', () => {
    type Item = { label?: string; type?: string; checked?: boolean; click?: () => void };
    const sent: MenuCommand[] = [];
    const actions = { command: (c: MenuCommand) => sent.push(c), openRecent: () => {}, about: () => {}, zoom: () => {} };
    const panels = (lang: 'en' | 'zh', hiddenPanels?: ('agenda' | 'inspector')[]) =>
      (menuTemplate({ uiLang: lang, docLang: 'zh', recentFiles: [], hiddenPanels }, actions, 'linux')[2]!.submenu as Item[]).filter((i) => i.type === 'checkbox' && i.label !== compactLabel[lang]);
    expect(panels('en').map((i) => `${i.label} ${i.checked}`)).toEqual(['Agenda Panel true', 'Details Panel true']);
    expect(panels('zh', ['inspector']).map((i) => `${i.label} ${i.checked}`)).toEqual(['议程面板 true', '详细信息面板 false']);
    for (const item of panels('en')) item.click!();
    expect(sent).toEqual(['toggle-panel:agenda', 'toggle-panel:inspector']);
  });
});

const compactLabel = { en: 'Compact Grid', zh: '紧凑表格' } as const;

describe('View ▸ Compact Grid', () => {
  it('is ticked in compact density and switches to the other density', () => {
    type Item = { label?: string; checked?: boolean; click?: () => void };
    const sent: MenuCommand[] = [];
    const actions = { command: (c: MenuCommand) => sent.push(c), openRecent: () => {}, about: () => {}, zoom: () => {} };
    const item = (density?: 'normal' | 'compact', lang: 'en' | 'zh' = 'en') =>
      (menuTemplate({ uiLang: lang, docLang: 'zh', recentFiles: [], density }, actions, 'linux')[2]!.submenu as Item[]).find((i) => i.label === compactLabel[lang])!;
    expect(item().checked).toBe(false);
    expect(item('compact', 'zh').checked).toBe(true);
    item().click!();
    item('compact').click!();
    expect(sent).toEqual(['density:compact', 'density:normal']);
  });
});

describe('page zoom', () => {
  it('steps through the browser\'s zoom levels, and stops at 50 % and 300 %', () => {
    const walk = (from: number, step: ZoomStep, times: number) => {
      const seen: number[] = [];
      for (let i = 0, at = from; i < times; i++) seen.push((at = nextZoomFactor(at, step)));
      return seen;
    };
    expect(walk(1, 'in', 8)).toEqual([1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3]);
    expect(walk(1, 'out', 6)).toEqual([0.9, 0.8, 0.75, 0.67, 0.5, 0.5]);
    expect(nextZoomFactor(2.5, 'reset')).toBe(1);
  });

  it('steps from a factor between two levels to the next one each way', () => {
    expect(nextZoomFactor(1.2, 'in')).toBe(1.25);
    expect(nextZoomFactor(1.2, 'out')).toBe(1.1);
    // Electron reports 0.67 back as 0.6700000166893005.
    expect(nextZoomFactor(0.6700000166893005, 'out')).toBe(0.5);
    expect(nextZoomFactor(0.6700000166893005, 'in')).toBe(0.75);
  });
});

