// Runs in Node (tests). Named undo (issue 15, point 4): what an undo step is, in words, in both
// languages, from the difference between the sessions before and after it; and Electron's Edit
// menu showing those names.
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../electron/main/menu-template.ts';
import { record, startHistory, undo } from '../../renderer/state/history.ts';
import { redoName, shortName, stepName, undoName } from '../../renderer/state/step-names.ts';
import { HYBRID_SLOTS, moveRow, retimeDays } from '../../shared/schedule/index.ts';
import { expectOk, fixtureSession } from './fixtures.ts';

describe('step names', () => {
  const s0 = fixtureSession();
  const moved = expectOk(moveRow(s0, { from: { date: '2017-10-09', slot: 0, row: 0 }, to: { date: '2017-10-12', slot: 1 }, position: 0 })).session;

  it('names a move in both languages', () => {
    const { first: name, more } = stepName(s0, moved)!;
    expect(more).toBe(0);
    expect(name.en).toBe('Moved item 1(a) of Working Group on International Cooperation from Monday, 9 October, 10 a.m.–1 p.m. to Thursday, 12 October, 3–6 p.m.');
    expect(name.zh).toBe('将国际合作工作组的项目 1(a)从10月9日，星期一上午10时至下午1时移至10月12日，星期四下午3时至6时');
  });

  it('names a step of many changes by its first, and counts the others', () => {
    const retimed = expectOk(retimeDays(s0, { template: HYBRID_SLOTS })).session;
    const { first, more } = stepName(s0, retimed)!;
    expect(first.en).toBe('Changed the times of the meeting of Monday, 9 October: 10 a.m.–1 p.m. → 12 noon–2 p.m.');
    expect(more).toBe(8);
  });

  it('gives Undo and Redo the names of the steps they would take', () => {
    const history = record(startHistory(s0, true), moved);
    expect(undoName(history)?.first.en).toMatch(/^Moved item 1\(a\)/);
    expect(redoName(history)).toBeNull();
    expect(undoName(undo(history))).toBeNull();
    expect(redoName(undo(history))?.first.en).toMatch(/^Moved item 1\(a\)/);
  });

  it('cuts a long name for a menu', () => {
    expect(shortName('x'.repeat(200), 80)).toHaveLength(80);
    expect(shortName('short')).toBe('short');
  });

  it("shows the names in Electron's Edit menu, and the plain words without them", () => {
    const actions = { command: () => {}, openRecent: () => {}, about: () => {}, zoom: () => {} };
    type Item = { label?: string };
    const edit = (labels?: { undoLabel?: string; redoLabel?: string }) =>
      (menuTemplate({ uiLang: 'en', docLang: 'zh', recentFiles: [] }, actions, 'linux', labels)[1]!.submenu as Item[]).slice(0, 2).map((i) => i.label);
    expect(edit()).toEqual(['Undo', 'Redo']);
    expect(edit({ undoLabel: 'Undo: Moved item 1(a)' })).toEqual(['Undo: Moved item 1(a)', 'Redo']);
  });
});
