// The parts of the Electron main process that need no Electron: launch files and menus.
import { describe, expect, it } from 'vitest';
import { sessionFilesIn } from '../../electron/main/launch-files.ts';
import { menuTemplate } from '../../electron/main/menu-template.ts';
import type { MenuCommand } from '../../shared/api.ts';

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
  const actions = { command: (c: MenuCommand) => sent.push(c), openRecent: () => {}, about: () => {} };

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
    const recent = (zh[0]!.submenu as { label?: string; submenu?: { label?: string }[] }[])[2]!;
    expect(recent.submenu!.map((i) => i.label)).toEqual(['/x/a.orgwork']);
  });

  it('sends the chosen command to the renderer', () => {
    const en = menuTemplate({ uiLang: 'en', docLang: 'both', recentFiles: [] }, actions, 'darwin');
    const view = en[2]!.submenu as { submenu?: { click?: () => void; checked?: boolean }[] }[];
    view[1]!.submenu![0]!.click!();
    expect(sent).toEqual(['doc-lang:zh']);
    expect(view[1]!.submenu!.map((i) => i.checked)).toEqual([false, false, true]);
  });
});
