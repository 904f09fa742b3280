// Runs in Node (vitest). The benchmark is only as good as its data: generated sessions must be
// valid files, reproducible from the seed, and grow with the scale as the bench report claims.
import { describe, expect, it } from 'vitest';
import { parseSession, serializeSession, type Session } from '../../shared/model/index.ts';
import { bodiesAt, generateSession } from '../bench/generate.ts';

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
