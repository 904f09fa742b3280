// Runs in Node (tests). The document labels exist in all six UN languages with the same keys
// (plural forms aside: each language has the forms its plural rules ask for), and every label of
// the four languages added for issue 16 says where it was found, or that it is unconfirmed, in
// locales/<lang>/doc.sources.json beside it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_LANGS } from '../../shared/i18n.ts';

type Tree = { [key: string]: string | Tree };

const load = (lang: string, file: string): Tree => JSON.parse(readFileSync(new URL(`../../locales/${lang}/${file}`, import.meta.url), 'utf8')) as Tree;

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf as `path → text`. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of leaves(value, path)) out.set(inner, text);
  }
  return out;
}

const folded = (keys: Iterable<string>) => new Set([...keys].map((key) => key.replace(PLURAL, '')));
const missingFrom = (from: Set<string>, other: Set<string>) => [...from].filter((key) => !other.has(key));

/** The languages whose labels were researched for issue 16 and carry a sources file. */
const SOURCED = ['ar', 'es', 'fr', 'ru'] as const;

describe('document labels in six languages', () => {
  const english = folded(leaves(load('en', 'doc.json')).keys());

  it.each(DOC_LANGS)('%s/doc.json has the keys of en/doc.json, none empty', (lang) => {
    const own = leaves(load(lang, 'doc.json'));
    const keys = folded(own.keys());
    expect(missingFrom(english, keys), `missing in ${lang}`).toEqual([]);
    expect(missingFrom(keys, english), `only in ${lang}`).toEqual([]);
    expect([...own].filter(([, text]) => text.trim() === '').map(([key]) => key), 'empty labels').toEqual([]);
  });

  it.each(DOC_LANGS)('%s has every plural form its language needs (no silent English fallback)', (lang) => {
    const own = leaves(load(lang, 'doc.json'));
    const plural = new Set([...own.keys()].filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')));
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    // Chinese has one form, "other"; the file may leave out the rest.
    const missing = [...plural].flatMap((key) => categories.filter((category) => !own.has(`${key}_${category}`)).map((category) => `${key}_${category}`));
    expect(missing).toEqual([]);
  });

  it('names all six languages in each language', () => {
    for (const lang of DOC_LANGS) expect(Object.keys(load(lang, 'doc.json').language as Tree).sort(), lang).toEqual([...DOC_LANGS]);
  });

  it('writes the French no-break space before a colon or semicolon, never a plain space', () => {
    const french = [...leaves(load('fr', 'doc.json'))];
    expect(french.filter(([, text]) => / [:;]/.test(text)).map(([key]) => key)).toEqual([]);
    expect(leaves(load('fr', 'doc.json')).get('masthead.original')).toBe('Original\u00a0: {{language}}');
  });
});

describe('sources of the document labels', () => {
  it.each(SOURCED)('%s/doc.sources.json has exactly the keys of the labels beside it', (lang) => {
    const labels = new Set(leaves(load(lang, 'doc.json')).keys());
    const sources = new Set(leaves(load(lang, 'doc.sources.json')).keys());
    expect(missingFrom(labels, sources), 'labels without a source').toEqual([]);
    expect(missingFrom(sources, labels), 'sources of no label').toEqual([]);
  });

  it.each(SOURCED)('each %s source cites a document or says why it is unconfirmed', (lang) => {
    const bad = [...leaves(load(lang, 'doc.sources.json'))].filter(([, source]) => {
      if (source.startsWith('unconfirmed: ')) return source.length < 'unconfirmed: '.length + 10;
      // A URL of the page it was read on, and the symbol or name of the document in parentheses.
      return !/https?:\/\/\S+ \([^)]+\)/.test(source);
    });
    expect(bad.map(([key]) => key)).toEqual([]);
  });
});
