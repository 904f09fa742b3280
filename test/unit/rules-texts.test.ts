// Runs in Node (tests). The texts of the rules (locales/*/rules.json): one message per rule in
// both languages, with the same placeholders, and only plain {{name}} placeholders, since
// shared/rules/templates.ts fills them in without i18next.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../shared/rules/index.ts';

const load = (lang: string) => JSON.parse(readFileSync(new URL(`../../locales/${lang}/rules.json`, import.meta.url), 'utf8'));
const [en, zh] = [load('en'), load('zh')];

function leaves(tree: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value as Record<string, unknown>, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{\{(.*?)\}\}/g)].map((m) => m[1]).sort();

describe('rule texts', () => {
  it('say the same things in English and Chinese, with the same placeholders', () => {
    const [english, chinese] = [leaves(en), leaves(zh)];
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) expect([key, placeholders(chinese.get(key)!)]).toEqual([key, placeholders(text)]);
  });

  it('use only plain {{name}} placeholders: no plurals, nesting or formats', () => {
    for (const [key, text] of [...leaves(en), ...leaves(zh)]) {
      expect(text.replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/\{\{|\}\}|\$t\(/);
      expect(key).not.toMatch(/_(one|other|zero|few|many)$/);
    }
  });

  it('have a message for every rule, and no message without a rule', () => {
    const messageKeys = new Set([...leaves(en).keys()].filter((key) => /^(joint|order|time|resources|text)\./.test(key)).map((key) => key.split('.').slice(0, 2).join('.')));
    expect([...messageKeys].sort()).toEqual(Object.keys(RULES).sort());
  });
});
