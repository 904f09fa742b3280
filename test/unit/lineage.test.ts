// Runs in Node (tests). Lineage: the pure SHA-256 against known vectors, revisions as content
// hashes, the lineage field in the file format, the walk to a common ancestor, and the handlers
// recording lineage on every save and keeping revisions in the library.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OpenedDocument, OpenResult } from '../../shared/api.ts';
import { findCommonAncestor, lineageOf, mergedLineage, revisionOf, sha256Hex, withCurrentLineage, withoutLineage, type LineageLinks } from '../../shared/merge/index.ts';
import { parseSession, serializeSession, type Lineage, type Session } from '../../shared/model/index.ts';
import { editItem, editSession } from '../../shared/schedule/index.ts';
import { revisionLibrary } from '../../electron/handlers/library.ts';
import { openLibrary } from '../../electron/handlers/library-db.ts';
import { copyFixture, expectOk, fixtureJson, fixtureSession, fixtureText } from './fixtures.ts';
import { handlerHarness } from './handler-harness.ts';

const REVISION = /^[0-9a-f]{64}$/;

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ])('hashes the FIPS 180-4 vector of %# as published', (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });

  it('agrees with node:crypto on any text, across block boundaries and in Chinese', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
    for (const length of [55, 56, 63, 64, 65, 119, 120]) expect(sha256Hex('拟'.repeat(length))).toBe(createHash('sha256').update('拟'.repeat(length)).digest('hex'));
  });
});

describe('revisions and lineage', () => {
  const session = fixtureSession();
  const edited = expectOk(editSession(session, { venue: { en: 'Geneva', zh: '日内瓦' } })).session;

  it('is the SHA-256 of the canonical file text without the lineage', () => {
    expect(revisionOf(session)).toBe(sha256Hex(serializeSession(session)));
    expect(revisionOf({ ...session, lineage: { revision: 'whatever', parent: 'x' } })).toBe(revisionOf(session));
    expect(revisionOf(edited)).not.toBe(revisionOf(session));
  });

  it('gives a first revision, keeps an unchanged one and starts a new one with its parent after an edit', () => {
    const first = lineageOf(session);
    expect(first).toEqual({ revision: revisionOf(session) });
    const opened = { ...session, lineage: first };
    expect(lineageOf(opened)).toBe(first);
    const afterEdit = expectOk(editSession(opened, { venue: { en: 'Geneva' } })).session;
    expect(lineageOf(afterEdit)).toEqual({ revision: revisionOf(afterEdit), parent: first.revision });
  });

  it('records a merge as edited from ours with theirs merged in', () => {
    const theirs = { ...edited, lineage: lineageOf(edited) };
    const ours = { ...session, lineage: lineageOf(session) };
    const result = expectOk(editSession(edited, { title: { en: 'Merged', zh: '合并' } })).session;
    expect(mergedLineage(result, ours, theirs)).toEqual({ revision: revisionOf(result), parent: ours.lineage.revision, merged: [theirs.lineage.revision] });
    expect(mergedLineage(session, ours, theirs)).toBe(ours.lineage);
  });
});

describe('the lineage field in the file', () => {
  it('is written right after the id, and read back', () => {
    const lineage: Lineage = { revision: 'a'.repeat(64), parent: 'b'.repeat(64), merged: ['c'.repeat(64)] };
    const text = serializeSession({ ...fixtureSession(), lineage });
    expect(Object.keys(JSON.parse(text)).slice(0, 5)).toEqual(['format', 'version', 'id', 'lineage', 'title']);
    expect(text).toContain(`"id": "5b0f4a52-6c1e-4d55-9a0e-2f8b7c1d2017",\n  "lineage": {\n    "revision": "${'a'.repeat(64)}",\n    "parent": "${'b'.repeat(64)}",\n    "merged": [`);
    const parsed = parseSession(text);
    expect(parsed.ok && parsed.session.lineage).toEqual(lineage);
  });

  it('is optional: files from before lineage load as they did', () => {
    expect(fixtureJson().lineage).toBeUndefined();
    expect(parseSession(fixtureText).ok).toBe(true);
    expect(serializeSession(fixtureSession())).not.toContain('"lineage"');
  });

  it('refuses a lineage without a revision, with the path', () => {
    const json = fixtureJson();
    json.lineage = { parent: 'x' };
    const parsed = parseSession(JSON.stringify(json));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]!.path).toBe('$.lineage.revision');
  });
});

describe('findCommonAncestor', () => {
  // r0 ← r1 ← r2 (ours), r1 ← r3 (theirs); r4 merged r2 and r3; r9 unrelated.
  const links: Record<string, LineageLinks> = { r1: { parent: 'r0' }, r2: { parent: 'r1' }, r3: { parent: 'r1' }, r4: { parent: 'r2', merged: ['r3'] } };
  const lookup = (revision: string) => links[revision];
  const at = (revision: string): Lineage => ({ revision, ...links[revision] });

  it('finds the nearest revision both descend from', () => {
    expect(findCommonAncestor(at('r2'), at('r3'), lookup)).toBe('r1');
    expect(findCommonAncestor(at('r3'), at('r2'), lookup)).toBe('r1');
  });

  it('knows a copy that descends from the other, and follows merges', () => {
    expect(findCommonAncestor(at('r1'), at('r2'), lookup)).toBe('r1');
    expect(findCommonAncestor(at('r4'), at('r3'), lookup)).toBe('r3');
  });

  it('uses the copies\' own lineage for revisions the library never saw', () => {
    const unsaved = { revision: 'r5', parent: 'r3' };
    expect(findCommonAncestor(unsaved, at('r2'), lookup)).toBe('r1');
  });

  it('walks past a revision whose text is not kept, and gives null for unrelated copies', () => {
    expect(findCommonAncestor(at('r2'), at('r3'), lookup, (revision) => revision !== 'r1')).toBe('r0');
    expect(findCommonAncestor(at('r2'), { revision: 'r9' }, lookup)).toBeNull();
  });
});

function opened(result: OpenResult): OpenedDocument {
  if (result.status !== 'opened') throw new Error(`expected opened, got ${JSON.stringify(result)}`);
  return result.document;
}

describe('lineage on save (handlers)', () => {
  async function withFixture() {
    const harness = handlerHarness();
    const file = join(harness.root, 'ctoc-2017.orgwork');
    copyFixture(file);
    return { ...harness, file, doc: opened(await harness.handlers.openSession(file)) };
  }

  it('gives a file from before lineage its revision on open, without writing to it', async () => {
    const { doc, file } = await withFixture();
    expect(doc.session.lineage).toEqual({ revision: revisionOf(fixtureSession()) });
    expect(readFileSync(file, 'utf8')).toBe(fixtureText);
  });

  it('records revision and parent in the saved file and returns them', async () => {
    const { handlers, doc, file } = await withFixture();
    const session = expectOk(editItem(doc.session, 'wg3-5', { number: '5bis' })).session;
    const result = await handlers.saveSession({ session, path: file, stamp: doc.stamp });
    if (result.status !== 'saved') throw new Error(JSON.stringify(result));
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.lineage).toEqual({ revision: revisionOf(session), parent: doc.session.lineage!.revision });
    expect(result.lineage).toEqual(saved.lineage);
    expect(saved.lineage.revision).toMatch(REVISION);
  });

  it('keeps the lineage when nothing changed since the last save', async () => {
    const { handlers, doc, file } = await withFixture();
    const first = await handlers.saveSession({ session: doc.session, path: file, stamp: doc.stamp });
    if (first.status !== 'saved') throw new Error(JSON.stringify(first));
    expect(first.lineage).toEqual(doc.session.lineage);
  });

  it('keeps every revision saved or opened in the library, with its text and parent', async () => {
    const { handlers, doc, file, deps } = await withFixture();
    const session = expectOk(editSession(doc.session, { venue: { en: 'Geneva' } })).session;
    const result = await handlers.saveSession({ session, path: file, stamp: doc.stamp });
    if (result.status !== 'saved') throw new Error(JSON.stringify(result));
    const library = JSON.parse(readFileSync(join(deps.dataDir, 'library.json'), 'utf8'));
    const revisions = library.revisions as Record<string, { parent?: string; text?: string }>;
    expect(Object.keys(revisions).sort()).toEqual([doc.session.lineage!.revision, result.lineage.revision].sort());
    expect(revisions[result.lineage.revision]).toMatchObject({ parent: doc.session.lineage!.revision, text: readFileSync(file, 'utf8') });
    expect(withoutLineage(expectOk(parseSession(revisions[doc.session.lineage!.revision]!.text!)).session)).toEqual(fixtureSession());
    // The term base shares the library file: both are kept.
    expect((await openLibrary(deps.dataDir)).data.terms).toBeDefined();
  });

  it('finds the version two copies saved elsewhere started from', async () => {
    const { handlers, doc, file, root } = await withFixture();
    const ours = expectOk(editSession(doc.session, { venue: { en: 'Geneva' } })).session;
    const theirs = expectOk(editItem(doc.session, 'wg3-5', { number: '5bis' })).session;
    await handlers.saveSession({ session: ours, path: file, stamp: doc.stamp });
    const elsewhere = join(root, 'copy.orgwork');
    const saved = await handlers.saveSession({ session: theirs, path: elsewhere, stamp: null });
    expect(saved.status).toBe('saved');
    const reopenedOurs = opened(await handlers.openSession(file)).session;
    const reopenedTheirs = opened(await handlers.openSession(elsewhere)).session;
    const ancestor = await handlers.commonAncestor(reopenedOurs, reopenedTheirs);
    expect(ancestor && withoutLineage(ancestor)).toEqual(fixtureSession());
    // Unsaved edits on top of a copy still lead back to it.
    const unsaved = expectOk(editSession(reopenedTheirs, { title: { en: 'Draft 3', zh: '草稿 3' } })).session;
    expect(withoutLineage((await handlers.commonAncestor(reopenedOurs, unsaved))!)).toEqual(fixtureSession());
  });

  it('keeps the text of only the most recently seen revisions, and the links of all', async () => {
    const { deps } = handlerHarness();
    const library = revisionLibrary(deps.dataDir, { keptTexts: 2 });
    let session = fixtureSession();
    const saved: Session[] = [];
    for (let i = 0; i < 4; i++) {
      session = withCurrentLineage(expectOk(editSession(session, { venue: { en: `Venue ${i}` } })).session);
      await library.remember(session, new Date(Date.UTC(2017, 6, 19, 9, i)), saved.at(-1)?.lineage);
      saved.push(session);
    }
    const revisions = (await openLibrary(deps.dataDir)).data.revisions as Record<string, { parent?: string; text?: string }>;
    expect(saved.map((s) => revisions[s.lineage!.revision]?.text !== undefined)).toEqual([false, false, true, true]);
    expect(saved.slice(1).map((s) => revisions[s.lineage!.revision]?.parent)).toEqual(saved.slice(0, -1).map((s) => s.lineage!.revision));
    // The newest two still give a base; an older one is gone, and the walk passes it to null.
    const fromSecond = withCurrentLineage(expectOk(editSession(saved[2]!, { title: { en: 'Fork', zh: '分支' } })).session);
    expect(withoutLineage((await library.commonAncestor(saved[3]!, fromSecond))!)).toEqual(withoutLineage(saved[2]!));
    const fromFirst = withCurrentLineage(expectOk(editSession(saved[0]!, { title: { en: 'Fork', zh: '分支' } })).session);
    expect(await library.commonAncestor(saved[3]!, fromFirst)).toBeNull();
  });

  it('has no common ancestor for sessions that never shared a version', async () => {
    const { handlers, doc } = await withFixture();
    const stranger = (await handlers.newSession()).session;
    expect(await handlers.commonAncestor(doc.session, stranger)).toBeNull();
  });
});
