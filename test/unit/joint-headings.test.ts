// Runs in Node (tests). Joint headings: agendas of other years mark "1. 组织事项（联合项目）："
// and not its sub-items; 1(a) of one body and 1(a) of the other are then one discussion.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSession, parseSessionValue, type Session } from '../../shared/model/index.ts';
import { checkSession } from '../../shared/rules/index.ts';
import { subItemPartners } from '../../shared/import/index.ts';
import {
  deriveAgendaDocument,
  deriveAnnex,
  editItem,
  jointDiscussions,
  jointPartners,
  moveRow,
  placeJointItem,
  removeFromRow,
} from '../../shared/schedule/index.ts';
import { sessionMeetings } from '../../shared/schedule/meetings.ts';
import { mergeSessions, resolveMerge } from '../../shared/merge/index.ts';
import { expectOk } from './fixtures.ts';

const FILE = new URL('../fixtures/joint-headings.orgwork', import.meta.url);
const text = readFileSync(FILE, 'utf8');
const headingsOnly = (): Session => expectOk(parseSession(text)).session;

/** The same plan written the 2017 way: keys on the sub-items, none on the headings. */
function explicitSubItems(): Session {
  const json = JSON.parse(text);
  for (const item of json.items) {
    if (item.number === '1') delete item.joint;
    if (item.number === '1(a)') item.joint = 'opening';
    if (item.number === '1(b)') item.joint = 'adoption-of-the-agenda';
  }
  return expectOk(parseSessionValue(json)).session;
}

const rulesOf = (session: Session) => checkSession(session).map((p) => `${p.severity} ${p.rule}`);

describe('a joint heading makes its sub-items joint', () => {
  it('pairs 1(a) with 1(a) and 1(b) with 1(b), and the headings with each other', () => {
    const { keyOf, groups, inherited } = jointDiscussions(headingsOnly().items);
    expect(keyOf.get('wg3-1a')).toBe(keyOf.get('wg2-1a'));
    expect(keyOf.get('wg3-1b')).toBe(keyOf.get('wg2-1b'));
    expect(keyOf.get('wg3-1a')).not.toBe(keyOf.get('wg3-1b'));
    expect(groups.get(keyOf.get('wg3-1a')!)!.map((item) => item.id)).toEqual(['wg3-1a', 'wg2-1a']);
    expect(keyOf.get('wg3-1')).toBe('organizational-matters');
    expect(keyOf.has('wg3-2')).toBe(false);
    expect([...inherited].sort()).toEqual(['wg2-1a', 'wg2-1b', 'wg3-1a', 'wg3-1b']);
  });

  it('has no error (nor warning) when the sub-items share rows, as with explicit keys', () => {
    expect(rulesOf(headingsOnly()).filter((rule) => !rule.startsWith('info'))).toEqual([]);
    expect(rulesOf(explicitSubItems()).filter((rule) => !rule.startsWith('info'))).toEqual([]);
  });

  it('derives the same annex as explicit keys on the sub-items, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(deriveAnnex(headingsOnly(), lang)).toEqual(deriveAnnex(explicitSubItems(), lang));
    }
    const monday = deriveAnnex(headingsOnly(), 'zh').days[0]!.slots[0]!.rows;
    expect(monday[0]).toEqual([
      { item: '1(a)', title: '会议开幕（联合项目）' },
      { item: '1(a)', title: '会议开幕（联合项目）' },
    ]);
    expect(monday[2]).toEqual([{ item: '2', title: '利用视频会议听取证人证词的良好做法' }, null]);
  });

  it('marks nothing when the session turns the annex mark off', () => {
    const session = { ...headingsOnly(), annex: { showYear: false, markJoint: false } };
    expect(deriveAnnex(session, 'en').days[0]!.slots[0]!.rows[0]![0]!.title).toBe('Opening of the meeting');
  });

  it('holds one joint meeting where the bodies take the sub-items together', () => {
    const wednesday = sessionMeetings(headingsOnly()).filter((m) => m.date === '2019-05-29');
    expect(wednesday.map((m) => m.bodyIds)).toEqual([['wg3', 'wg2'], ['wg3', 'wg2']]);
  });

  it('still checks the inherited discussion: a partner in another row is an error', () => {
    const split = expectOk(removeFromRow(headingsOnly(), { at: { date: '2019-05-27', slot: 0, row: 0 }, body: 'wg2' })).session;
    const problems = checkSession(split).filter((p) => p.severity === 'error').map((p) => p.rule);
    expect(problems).toContain('joint.partner-unplaced');
  });

  it('places both bodies\' sub-items in one row through the discussion key', () => {
    const session = headingsOnly();
    const key = jointDiscussions(session.items).keyOf.get('wg3-1a')!;
    expect(jointPartners(session, key).map((item) => item.id)).toEqual(['wg3-1a', 'wg2-1a']);
    const emptied = expectOk(moveRow(session, { from: { date: '2019-05-27', slot: 0, row: 0 }, to: { date: '2019-05-27', slot: 1 } })).session;
    const placed = expectOk(placeJointItem(emptied, { joint: key, at: { date: '2019-05-28', slot: 0 }, position: 0 })).session;
    expect(placed.days[1]!.slots[0]!.rows[0]).toEqual({ wg3: 'wg3-1a', wg2: 'wg2-1a' });
  });
});

describe('sub-items whose letters differ', () => {
  it('are their bodies\' own until the officer pairs them explicitly; an own key overrides the heading', () => {
    const json = JSON.parse(text);
    const wg2b = json.items.find((item: { id: string }) => item.id === 'wg2-1b');
    wg2b.number = '1(c)';
    const lettered = expectOk(parseSessionValue(json)).session;
    const before = jointDiscussions(lettered.items).keyOf;
    expect(before.has('wg3-1b')).toBe(false);
    expect(before.has('wg2-1b')).toBe(false);
    // Unpaired, the shared row holds two discussions: the plan checks say so.
    expect(rulesOf(lettered)).toContain('error resources.parallel-limit');

    let paired = expectOk(editItem(lettered, 'wg3-1b', { joint: 'adoption' })).session;
    paired = expectOk(editItem(paired, 'wg2-1b', { joint: 'adoption' })).session;
    const after = jointDiscussions(paired.items).keyOf;
    expect(after.get('wg3-1b')).toBe('adoption');
    expect(after.get('wg2-1b')).toBe('adoption');
    expect(rulesOf(paired).filter((rule) => rule.startsWith('error'))).toEqual([]);
  });

  it('a letter only one body has is not a discussion missing its partner', () => {
    const json = JSON.parse(text);
    json.items.push({ id: 'wg3-1c', body: 'wg3', number: '1(c)', title: { en: 'Election of officers', zh: '选举主席团成员' } });
    const session = expectOk(parseSessionValue(json)).session;
    expect(jointDiscussions(session.items).keyOf.has('wg3-1c')).toBe(false);
    expect(checkSession(session).filter((p) => p.rule.startsWith('joint.'))).toEqual([]);
  });

  it('matches "1 (a)" and "1（ａ）" with "1(a)"', () => {
    const json = JSON.parse(text);
    json.items.find((item: { id: string }) => item.id === 'wg2-1a').number = '1（ａ）';
    json.items.find((item: { id: string }) => item.id === 'wg2-1b').number = '1 (b)';
    const { keyOf } = jointDiscussions(expectOk(parseSessionValue(json)).session.items);
    expect(keyOf.get('wg2-1a')).toBe(keyOf.get('wg3-1a'));
    expect(keyOf.get('wg2-1b')).toBe(keyOf.get('wg3-1b'));
  });

  it('a sub-sub-item inherits through its sub-item: 1(a)(i) with 1(a)(i)', () => {
    const json = JSON.parse(text);
    for (const body of ['wg3', 'wg2']) json.items.push({ id: `${body}-1ai`, body, number: '1(a)(i)', title: { en: 'Statements', zh: '发言' } });
    const { keyOf } = jointDiscussions(expectOk(parseSessionValue(json)).session.items);
    expect(keyOf.get('wg3-1ai')).toBeDefined();
    expect(keyOf.get('wg3-1ai')).toBe(keyOf.get('wg2-1ai'));
  });
});

describe('the pairing proposal and the agenda document', () => {
  it('proposes each sub-item of a heading with the partner heading\'s same letter', () => {
    expect(subItemPartners(headingsOnly(), 'wg3-1', 'wg2-1')).toEqual([
      { a: 'wg3-1a', b: 'wg2-1a' },
      { a: 'wg3-1b', b: 'wg2-1b' },
    ]);
    const json = JSON.parse(text);
    json.items.find((item: { id: string }) => item.id === 'wg2-1b').number = '1(c)';
    expect(subItemPartners(expectOk(parseSessionValue(json)).session, 'wg3-1', 'wg2-1')).toEqual([
      { a: 'wg3-1a', b: 'wg2-1a' },
      { a: 'wg3-1b', b: null },
    ]);
  });

  it('keeps the joint mark on the heading, as written, even for sub-items paired by hand', () => {
    let session = expectOk(editItem(headingsOnly(), 'wg3-1b', { joint: 'adoption' })).session;
    session = expectOk(editItem(session, 'wg2-1b', { joint: 'adoption' })).session;
    for (const lang of ['zh', 'en'] as const) {
      const agenda = deriveAgendaDocument(session, lang).bodies[0]!.agenda.map((entry) => entry.text);
      expect(agenda[0]).toMatch(lang === 'zh' ? /联合项目/u : /joint item/u);
      expect(agenda.slice(1, 3).join(' ')).not.toMatch(/联合|joint/u);
    }
  });
});

describe('merging copies of a session with joint headings', () => {
  it('keeps the inherited discussions whole: one copy retitles 1(a), the other takes a row out around them', () => {
    const base = headingsOnly();
    const ours = expectOk(editItem(base, 'wg3-1a', { title: { en: 'Opening of the session', zh: '会议开幕' } })).session;
    const theirs = expectOk(removeFromRow(base, { at: { date: '2019-05-27', slot: 1, row: 0 }, body: 'wg3' })).session;
    expect(mergeSessions(base, ours, theirs).conflicts).toEqual([]);
    const merged = resolveMerge(mergeSessions(base, ours, theirs), {});
    if (!merged.ok) throw new Error('unresolved');
    const rows = merged.session.days[0]!.slots[0]!.rows;
    expect(rows).toEqual([{ wg3: 'wg3-1a', wg2: 'wg2-1a' }, { wg3: 'wg3-1b', wg2: 'wg2-1b' }, { wg3: 'wg3-2' }]);
    expect(merged.session.days[0]!.slots[1]!.rows).toEqual([]);
    expect(merged.session.items.find((item) => item.id === 'wg3-1a')!.title.en).toBe('Opening of the session');
    expect(checkSession(merged.session).filter((p) => p.severity === 'error')).toEqual([]);
  });
});
