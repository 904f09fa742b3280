// Runs in Node (tests). "Mark as sent": named versions recorded in the file, the change list
// between consecutive ones, the changelog for the cover email, and what merge and compare do
// with them.
import { describe, expect, it } from 'vitest';
import { diffSessions, mergeSessions, resolveMerge } from '../../shared/merge/index.ts';
import { parseSession, serializeSession, type Session } from '../../shared/model/index.ts';
import * as ops from '../../shared/schedule/index.ts';
import { markVersion, versionChangelog, versionContent } from '../../shared/versions/index.ts';
import { expectOk, fixtureSession } from './fixtures.ts';

const base = fixtureSession();
const moved = (s: Session) => expectOk(ops.moveRow(s, { from: { date: '2017-10-10', slot: 0, row: 1 }, to: { date: '2017-10-12', slot: 1 } })).session;
const roundTrip = (s: Session) => expectOk(parseSession(serializeSession(s))).session;
const MOVE_EN = 'Moved item 4 of Working Group on International Cooperation from Tuesday, 10 October, 10 a.m.–1 p.m. to Thursday, 12 October, 3–6 p.m.';
const MOVE_ZH = '将国际合作工作组的项目 4从10月10日，星期二上午10时至下午1时移至10月12日，星期四下午3时至6时';

describe('named versions', () => {
  it('records the first version with what was sent, and the file still loads and round-trips', () => {
    const marked = markVersion({ ...base, lineage: { revision: 'a'.repeat(64) } }, '  Draft 1 to the Bureau ', '2017-07-19T09:00:00.000Z');
    expect(marked.versions).toHaveLength(1);
    const [first] = marked.versions!;
    expect(first).toMatchObject({ name: 'Draft 1 to the Bureau', sent: '2017-07-19T09:00:00.000Z' });
    expect(first!.changes).toBeUndefined();
    // The content is the session as sent: no lineage, no history of its own.
    expect(versionContent(first!)).toEqual(base);
    const again = roundTrip(marked);
    expect(again).toEqual(marked);
    expect(serializeSession(again)).toBe(serializeSession(marked));
  });

  it('lists what changed since the previous version, in both languages, and keeps content only on the newest', () => {
    const v1 = markVersion(base, 'Draft 1', '2017-07-19T09:00:00.000Z');
    const v2 = markVersion(roundTrip(moved(v1)), 'Draft 2 to the Bureau', '2017-08-02T09:00:00.000Z');
    expect(v2.versions!.map((v) => v.name)).toEqual(['Draft 1', 'Draft 2 to the Bureau']);
    expect(v2.versions![1]!.changes).toEqual([{ en: MOVE_EN, zh: MOVE_ZH }]);
    expect(v2.versions![0]!.content).toBeUndefined();
    expect(versionContent(v2.versions![1]!)).toEqual(moved(base));
    // Nothing changed since: an empty list, not an unknown one.
    expect(markVersion(v2, 'Draft 3', '2017-08-03T09:00:00.000Z').versions![2]!.changes).toEqual([]);
  });

  it('writes the changelog newest first, in English and in Chinese', () => {
    const v1 = markVersion(base, 'Draft 1', '2017-07-19T09:00:00.000Z');
    const v2 = markVersion(moved(v1), 'Draft 2 to the Bureau', '2017-08-02T09:00:00.000Z');
    const en = versionChangelog(v2, 'en');
    expect(en.split('\n')[0]).toContain(': versions sent');
    expect(en).toContain(`Draft 2 to the Bureau (sent 2 August 2017)\n– ${MOVE_EN}\n\nDraft 1 (sent 19 July 2017)\n– First version sent.\n`);
    const zh = versionChangelog(v2, 'zh');
    expect(zh).toContain(`Draft 2 to the Bureau（2017年8月2日发送）\n－ ${MOVE_ZH}\n`);
    expect(zh).toContain('Draft 1（2017年7月19日发送）\n－ 第一个发送的版本。');
    expect(versionChangelog(base, 'en')).toContain('No version has been marked as sent yet.');
  });

  it('says the changes are not known when the previous version lost its content', () => {
    const v1 = markVersion(base, 'Draft 1', '2017-07-19T09:00:00.000Z');
    const damaged: Session = { ...v1, versions: [{ ...v1.versions![0]!, content: { format: 'something else' } }] };
    const v2 = markVersion(moved(damaged), 'Draft 2', '2017-08-02T09:00:00.000Z');
    expect(v2.versions![1]!.changes).toBeUndefined();
    expect(versionChangelog(v2, 'en')).toContain('Draft 2 (sent 2 August 2017)\n– The changes since the previous version are not known.');
  });

  it('is history, not content: compare does not list it, merge keeps both copies’ versions', () => {
    const ours = markVersion(base, 'Draft 1 (Vienna)', '2017-07-19T09:00:00.000Z');
    const theirs = markVersion(moved(base), 'Draft 1 (New York)', '2017-07-20T09:00:00.000Z');
    expect(diffSessions(base, ours)).toEqual([]);
    const merge = mergeSessions(base, ours, theirs);
    expect(merge.conflicts).toEqual([]);
    const result = resolveMerge(merge, {});
    if (!result.ok) throw new Error('unresolved');
    expect(result.session.versions!.map((v) => v.name)).toEqual(['Draft 1 (Vienna)', 'Draft 1 (New York)']);
    expect(result.session.versions![0]!.content).toBeUndefined();
    expect(result.session.versions![1]!.content).toBeDefined();
    const self = resolveMerge(mergeSessions(ours, ours, ours), {});
    expect(self.ok && self.session.versions).toEqual(ours.versions);
  });
});

describe('the changelog export', () => {
  it('is one of the export formats, in one language or both', async () => {
    const { exportSession } = await import('../../shared/export/export-session.ts');
    const { exportFileName } = await import('../../shared/export/file-name.ts');
    const noPdf = { printPdf: () => Promise.reject(new Error('no PDF here')) };
    const v2 = markVersion(moved(markVersion(base, 'Draft 1', '2017-07-19T09:00:00.000Z')), 'Draft 2', '2017-08-02T09:00:00.000Z');
    const both = await exportSession(v2, 'changelog', 'both', noPdf);
    expect(both).toBe(`${versionChangelog(v2, 'zh')}\n${versionChangelog(v2, 'en')}`);
    expect(await exportSession(v2, 'changelog', 'en', noPdf)).toBe(versionChangelog(v2, 'en'));
    expect(exportFileName(v2, 'changelog', 'en')).toBe('CTOC-COP-WG.3-2017-1.versions.en.txt');
  });
});
