// Runs in Node (vitest). The benchmark is only as good as its data: generated sessions must be
// valid files, reproducible from the seed, and grow with the scale as the bench report claims.
import { describe, expect, it } from 'vitest';
import { parseSession, serializeSession, type Session } from '../../shared/model/index.ts';
import { checkSession } from '../../shared/rules/index.ts';
import { rowGroups } from '../../shared/schedule/meetings.ts';
import { jointDiscussions } from '../../shared/schedule/joint-discussions.ts';
import { bodiesAt, generateLargeSession, generateSession, LARGE_SESSION_SHAPE } from '../bench/generate.ts';

const rowsOf = (session: Session) => session.days.flatMap((day) => day.slots.flatMap((slot) => slot.rows));

describe('generateSession', () => {
  it.each([1, 10])('makes a %ix session that survives serialize and parse', (scale) => {
    const session = generateSession(scale, 7);
    const parsed = parseSession(serializeSession(session));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(parsed.ok && parsed.session).toEqual(session);
  });

  it('gives the same session for the same seed and another for another seed', () => {
    const text = serializeSession(generateSession(10, 123));
    expect(serializeSession(generateSession(10, 123))).toBe(text);
    expect(serializeSession(generateSession(10, 124))).not.toBe(text);
  });

  it('grows items, rows and days about linearly and bodies slowly', () => {
    const one = generateSession(1, 5);
    const ten = generateSession(10, 5);
    expect(ten.days.length).toBe(10 * one.days.length);
    expect(rowsOf(ten).length).toBe(10 * rowsOf(one).length);
    // Items come from random draws, so only about tenfold.
    expect(ten.items.length / one.items.length).toBeGreaterThan(7);
    expect(ten.items.length / one.items.length).toBeLessThan(13);
    expect([1, 10, 100].map(bodiesAt)).toEqual([2, 4, 8]);
    expect(ten.bodies).toHaveLength(4);
  });

  it('has what the annex treats specially: both languages, joint items, short titles, continued items', () => {
    const session = generateSession(10, 9);
    const rows = rowsOf(session);
    expect(session.items.every((item) => item.title.en && item.title.zh)).toBe(true);
    expect(session.items.some((item) => item.shortTitle?.en && item.shortTitle.zh)).toBe(true);

    const jointKeys = new Set(session.items.flatMap((item) => (item.joint ? [item.joint] : [])));
    expect(jointKeys.size).toBeGreaterThan(0);
    for (const key of jointKeys) {
      const ids = session.items.filter((item) => item.joint === key).map((item) => item.id);
      expect(new Set(ids.map((id) => session.items.find((item) => item.id === id)!.body)).size).toBe(ids.length);
      // Together in every row that holds any of them.
      for (const row of rows) {
        const here = ids.filter((id) => Object.values(row).includes(id));
        expect([0, ids.length]).toContain(here.length);
      }
    }

    const slotsOf = new Map<string, number>();
    session.days.forEach((day) =>
      day.slots.forEach((slot) => {
        for (const id of new Set(slot.rows.flatMap((row) => Object.values(row)))) slotsOf.set(id, (slotsOf.get(id) ?? 0) + 1);
      }),
    );
    expect([...slotsOf.values()].some((n) => n > 1)).toBe(true);
  });

  it('keeps every body meeting over all the days', () => {
    const session = generateSession(10, 3);
    for (const body of session.bodies) {
      expect(body.from).toBe(session.days[0]!.date);
      expect(body.to).toBe(session.days.at(-1)!.date);
    }
  });
});

describe('generateLargeSession', () => {
  it('makes a valid session of 6 bodies × 40 items × 10 days × 3 slots, the same for the same seed', () => {
    const session = generateLargeSession(2017);
    const parsed = parseSession(serializeSession(session));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(LARGE_SESSION_SHAPE).toEqual({ bodies: 6, itemsPerBody: 40, days: 10, slotsPerDay: 3 });
    expect(session.bodies).toHaveLength(6);
    for (const body of session.bodies) expect(session.items.filter((item) => item.body === body.id)).toHaveLength(40);
    expect(session.days).toHaveLength(10);
    expect(session.days.every((day) => day.slots.length === 3 && day.slots.every((slot) => slot.rows.length > 0))).toBe(true);
    expect(serializeSession(generateLargeSession(2017))).toBe(serializeSession(session));
  });

  it('has what the rules read: joint pairs, all-body joint items, parallel rows, continued discussions', () => {
    const session = generateLargeSession(2017);
    const rows = rowsOf(session);
    const jointKeys = new Set(session.items.flatMap((item) => (item.joint ? [item.joint] : [])));
    expect([...jointKeys].filter((key) => key.startsWith('joint-')).length).toBeGreaterThan(2);
    expect(rows.some((row) => Object.keys(row).length === 6)).toBe(true);
    // Two meetings at once, as the two interpretation teams allow.
    const items = new Map(session.items.map((item) => [item.id, item]));
    const bodyIds = session.bodies.map((body) => body.id);
    expect(session.parallelLimit).toBe(2);
    expect(rows.some((row) => rowGroups(row, bodyIds, items, jointDiscussions(session.items).keyOf).length === 2)).toBe(true);
    const placements = rows.flatMap((row) => Object.values(row));
    expect(placements.length).toBeGreaterThan(new Set(placements).size);
  });

  it('is a plan ready to go out: the rules find nothing wrong with it', () => {
    expect(checkSession(generateLargeSession(2017))).toEqual([]);
  });
});
