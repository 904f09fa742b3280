// Runs in Node (tests). Every text exists in both languages: each locales/en/<ns>.json has a
// locales/zh/<ns>.json with the same keys (plural forms aside: English has _one and _other,
// Chinese only _other), and no value is empty.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = (lang: string) => new URL(`../../locales/${lang}/`, import.meta.url);
const load = (lang: string, file: string): unknown => JSON.parse(readFileSync(new URL(file, dir(lang)), 'utf8'));

/** Flattened keys with plural suffixes folded, and the empty values found on the way. */
function keysOf(value: unknown, prefix = '', empty: string[] = []): { keys: Set<string>; empty: string[] } {
  const keys = new Set<string>();
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') {
      keys.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
      if (node.trim() === '') empty.push(path);
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(value, prefix);
  return { keys, empty };
}

describe('locales', () => {
  const files = readdirSync(dir('en')).filter((name) => name.endsWith('.json'));

  it('has the same namespaces in both languages', () => {
    expect(readdirSync(dir('zh')).filter((name) => name.endsWith('.json')).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s has the same keys in en and zh, none empty', (file) => {
    const en = keysOf(load('en', file));
    const zh = keysOf(load('zh', file));
    expect([...en.keys].filter((key) => !zh.keys.has(key)), 'missing in zh').toEqual([]);
    expect([...zh.keys].filter((key) => !en.keys.has(key)), 'missing in en').toEqual([]);
    expect([...en.empty, ...zh.empty], 'empty texts').toEqual([]);
  });
});
