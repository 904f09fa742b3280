// Runs in Node (tests). The term base behind the API, on real files: the library database is a
// lowdb JSON file in the data folder (written for real under NODE_ENV=test too), every save
// teaches it the session's pairs, and a term base that cannot be written never fails a save.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callHandler } from '../../electron/handlers/index.ts';
import { LIBRARY_FILE } from '../../electron/handlers/library-db.ts';
import { editItem, newSession, skeletonAgenda } from '../../shared/schedule/index.ts';
import { expectOk, fixtureSession } from './fixtures.ts';
import { handlerHarness } from './handler-harness.ts';

const EVIDENCE = 'Recent developments in obtaining electronic evidence';

/** The fixture with a title the glossary does not know, saved through the handlers. */
async function savedRetitled(harness: ReturnType<typeof handlerHarness>) {
  const session = expectOk(editItem(fixtureSession(), 'wg3-4', { title: { en: EVIDENCE, zh: '获取电子证据的最新动态' } })).session;
  const path = join(harness.root, 'ctoc.orgwork');
  const result = await harness.handlers.saveSession({ session, path, stamp: null });
  expect(result).toMatchObject({ status: 'saved' });
  return path;
}

describe('term base handlers', () => {
  it('learns a new pair after a save, stored in the library database file', async () => {
    const harness = handlerHarness();
    expect(await harness.handlers.termLookup(EVIDENCE, 'en')).toEqual([]);
    await savedRetitled(harness);
    expect(await harness.handlers.termLookup(EVIDENCE, 'en')).toEqual([{ text: '获取电子证据的最新动态', match: 'exact', source: 'learned' }]);
    expect(await harness.handlers.termLookup('获取电子证据的最新动态。', 'zh')).toEqual([{ text: EVIDENCE, match: 'normalized', source: 'learned' }]);
    const stored = JSON.parse(readFileSync(join(harness.deps.dataDir, LIBRARY_FILE), 'utf8'));
    expect(stored.terms).toContainEqual({ en: EVIDENCE, zh: '获取电子证据的最新动态', source: 'learned' });
    // The glossary ships with the app; it is not copied into the officer's database.
    expect(stored.terms.some((term: { source: string }) => term.source === 'glossary')).toBe(false);
  });

  it('fills the gaps of an English-only skeleton agenda through the API', async () => {
    const { handlers } = handlerHarness();
    const session = newSession({ id: 's', bodies: 1, from: '2018-05-14', to: '2018-05-18' });
    const skeleton = { ...session, items: skeletonAgenda(['en']).map((item, i) => ({ id: `i${i}`, body: 'wg1', ...item })) };
    const result = (await callHandler(handlers, 'fillMissingTranslations', [skeleton])) as Awaited<ReturnType<typeof handlers.fillMissingTranslations>>;
    expect(result.session.items.map((item) => item.title.zh)).toEqual(['组织事项', '会议开幕', '通过议程和工作安排', '其他事项', '通过报告']);
    expect(result.filled).toHaveLength(5);
  });

  it('imports a CSV list and exports it with the glossary, as CSV and TBX', async () => {
    const { handlers } = handlerHarness();
    expect(await callHandler(handlers, 'importTermBase', ['\uFEFFen,zh\r\n"Rules of procedure",议事规则\r\nVienna,维也纳\r\nbroken line\r\n'])).toEqual({
      added: 1,
      unchanged: 1,
      conflicting: 0,
      languages: ['en', 'zh'],
      problems: [{ line: 4, message: { en: 'line 4: a term needs texts in at least two languages (columns such as en, zh, fr)', zh: '第 4 行：一个术语至少需要两种语文的文字（列名如 en、zh、fr）' } }],
    });
    const csv = await handlers.exportTermBase('csv');
    expect(csv.text.startsWith('\uFEFFar,en,es,fr,ru,zh\r\nمؤتمر الأطراف')).toBe(true);
    expect(csv.text.endsWith(',Rules of procedure,,,,议事规则\r\n')).toBe(true);
    expect((await handlers.exportTermBase('tbx')).text).toContain('<term>议事规则</term>');
    expect(await handlers.termLookup('rules of procedure', 'en')).toEqual([{ text: '议事规则', match: 'normalized', source: 'imported' }]);
  });

  it('checks the arguments that come from the renderer', async () => {
    const { handlers } = handlerHarness();
    await expect(callHandler(handlers, 'exportTermBase', ['xlsx'])).rejects.toThrow(/exportTermBase/);
    await expect(callHandler(handlers, 'termLookup', ['Vienna', 'de'])).rejects.toThrow(/termLookup/);
    await expect(callHandler(handlers, 'termLookup', ['Vienna', 'en', 'xx'])).rejects.toThrow(/termLookup/);
    expect(await callHandler(handlers, 'termLookup', ['Vienna', 'en', 'fr'])).toEqual([{ text: 'Vienne', match: 'exact', source: 'glossary' }]);
    await expect(callHandler(handlers, 'fillMissingTranslations', [{ format: 'not a session' }])).rejects.toThrow(/fillMissingTranslations/);
    expect(await callHandler(handlers, 'termLookup', ['Vienna', 'en'])).toEqual([{ text: '维也纳', match: 'exact', source: 'glossary' }]);
  });

  it('keeps each data folder\'s term base to itself', async () => {
    const first = handlerHarness();
    await savedRetitled(first);
    expect(await handlerHarness().handlers.termLookup(EVIDENCE, 'en')).toEqual([]);
  });

  it('a damaged library database is kept aside as library.corrupt-<date>.json, never written over, and the term base works on', async () => {
    const harness = handlerHarness();
    mkdirSync(harness.deps.dataDir, { recursive: true });
    const library = join(harness.deps.dataDir, LIBRARY_FILE);
    writeFileSync(library, '{ "terms": [ half a file');
    const path = await savedRetitled(harness);
    expect(existsSync(path)).toBe(true);
    const aside = readdirSync(harness.deps.dataDir).filter((name) => /^library\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.json$/u.test(name));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(harness.deps.dataDir, aside[0]!), 'utf8')).toBe('{ "terms": [ half a file');
    expect(await harness.handlers.termLookup('Vienna', 'en')).toEqual(expect.any(Array));
    expect(JSON.parse(readFileSync(library, 'utf8')).terms).toEqual(expect.any(Array));
  });

  it('skips stored entries that are not pairs of terms instead of failing', async () => {
    const harness = handlerHarness();
    mkdirSync(harness.deps.dataDir, { recursive: true });
    writeFileSync(join(harness.deps.dataDir, LIBRARY_FILE), JSON.stringify({ terms: [{ en: 'Geneva', zh: '日内瓦', source: 'imported' }, { en: 'x' }, 'junk'], sessions: ['kept'] }));
    expect(await harness.handlers.termLookup('Geneva', 'en')).toEqual([{ text: '日内瓦', match: 'exact', source: 'imported' }]);
    await savedRetitled(harness);
    const stored = JSON.parse(readFileSync(join(harness.deps.dataDir, LIBRARY_FILE), 'utf8'));
    expect(stored.sessions).toEqual(['kept']);
    expect(stored.terms[0]).toEqual({ en: 'Geneva', zh: '日内瓦', source: 'imported' });
  });
});

describe('the library under concurrent changes', () => {
  it('50 term-base imports at the same time lose nothing: every pair is stored and each says "1 added"', async () => {
    const { handlers, deps } = handlerHarness();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => handlers.importTermBase(`en,zh\r\nConcurrent term ${i},并发术语${i}\r\n`)),
    );
    expect(results.map((r) => r.added)).toEqual(Array(50).fill(1));
    const stored = JSON.parse(readFileSync(join(deps.dataDir, LIBRARY_FILE), 'utf8')).terms.map((t: { en: string }) => t.en);
    for (let i = 0; i < 50; i++) expect(stored).toContain(`Concurrent term ${i}`);
  });

  it('imports and saves that learn pairs at the same time keep both', async () => {
    const { handlers, deps, root } = handlerHarness();
    const session = expectOk(editItem(fixtureSession(), 'wg3-5', { title: { en: 'Learned while importing', zh: '导入时学到' } })).session;
    await Promise.all([
      handlers.importTermBase('en,zh\r\nImported pair,导入的术语\r\n'),
      handlers.saveSession({ session, path: join(root, 'a.orgwork'), stamp: null }),
      handlers.importTermBase('en,zh\r\nAnother pair,另一术语\r\n'),
    ]);
    const stored = JSON.parse(readFileSync(join(deps.dataDir, LIBRARY_FILE), 'utf8')).terms.map((t: { en: string }) => t.en);
    expect(stored).toEqual(expect.arrayContaining(['Imported pair', 'Another pair', 'Learned while importing']));
  });
});
