// Runs in Node (tests). The keyboard reference (F1) gives each key one meaning in each place
// (issue 15, point 7): no key is named twice in a group, in either language, and every label
// it shows exists in both.
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/ui.json' with { type: 'json' };
import zh from '../../locales/zh/ui.json' with { type: 'json' };
import { KEY_GROUPS, keysOf, repeatedKeys, type KeyGroup } from '../../renderer/chrome/keys.ts';

const LOCALES = { en, zh } as const;
const labelIn = (lang: keyof typeof LOCALES) => (key: string) => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], LOCALES[lang]);
  if (typeof value !== 'string') throw new Error(`${lang}: no text for ${key}`);
  return value;
};

describe('the keyboard reference (F1)', () => {
  it('reads a label as its single keys', () => {
    expect(keysOf('Home / End, Ctrl+Home / Ctrl+End')).toEqual(['Home', 'End', 'Ctrl+Home', 'Ctrl+End']);
    expect(keysOf('Home / End，Ctrl+Home / Ctrl+End')).toEqual(['Home', 'End', 'Ctrl+Home', 'Ctrl+End']);
  });

  it('finds a key given two meanings in one place', () => {
    // The agenda's list before this was fixed: Space both selected and picked an item up.
    const before: KeyGroup[] = [{ title: 'keys.agenda', keys: [['keys.enterSpace', 'keys.agendaEnterWhat'], ['keys.space', 'keys.agendaSpaceWhat']] }];
    expect(repeatedKeys(before, labelIn('en'))).toEqual([{ group: 'keys.agenda', key: 'Space' }]);
    expect(repeatedKeys(before, labelIn('zh'))).toEqual([{ group: 'keys.agenda', key: '空格' }]);
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`names each key once in each place, ${lang}`, () => {
      expect(repeatedKeys(KEY_GROUPS, labelIn(lang))).toEqual([]);
    });
  }

  it('says something different for each entry of a place, in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const group of KEY_GROUPS) {
        const meanings = group.keys.map(([, what]) => labelIn(lang)(what));
        expect(new Set(meanings).size, `${lang} ${group.title}`).toBe(meanings.length);
        labelIn(lang)(group.title);
      }
    }
  });

  it('lists inserting a meeting under the context menu', () => {
    expect(labelIn('en')('keys.menuWhat')).toMatch(/insert a meeting before or after/);
    expect(labelIn('zh')('keys.menuWhat')).toMatch(/插入一场会议/);
  });
});
