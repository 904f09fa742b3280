// Runs in Node (tests). The joint-heading rule on agendas it was not tuned to: random agendas of
// two or three bodies (headings with or without sub-items, sub-item letters that differ between
// the bodies), random joint headings, random plans (a discussion sometimes split over rows).
// Written with keys on the joint headings only, or with keys on the sub-items the way 2017
// wrote them, the same plan must get the same problems and the same annex.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSessionValue, type Session } from '../../shared/model/index.ts';
import { checkSession } from '../../shared/rules/index.ts';
import { deriveAnnex } from '../../shared/schedule/index.ts';
import { expectOk } from './fixtures.ts';

interface Shape {
  bodies: number;
  /** Per heading number: whether it is joint, and per body how many sub-items it has (0: a leaf). */
  headings: { joint: boolean; subItems: number[] }[];
  /** Per discussion placed: split its partners over separate rows. */
  splits: boolean[];
}

const LETTERS = 'abcd';

const shapeArb: fc.Arbitrary<Shape> = fc.integer({ min: 2, max: 3 }).chain((bodies) =>
  fc.record({
    bodies: fc.constant(bodies),
    headings: fc.array(
      fc.record({ joint: fc.boolean(), leaf: fc.boolean(), counts: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: bodies, maxLength: bodies }) }).map(({ joint, leaf, counts }) => ({
        joint,
        // A joint heading has sub-items in every body or in none, as agendas that share it do.
        subItems: leaf ? counts.map(() => 0) : counts,
      })),
      { minLength: 1, maxLength: 4 },
    ),
    splits: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
  }),
);

const bodyIds = (shape: Shape) => ['wg1', 'wg2', 'wg3'].slice(0, shape.bodies);

function items(shape: Shape, style: 'headings' | 'sub-items') {
  return bodyIds(shape).flatMap((body, b) =>
    shape.headings.flatMap(({ joint, subItems }, h) => {
      const number = String(h + 1);
      const count = subItems[b]!;
      const letters = [...LETTERS.slice(0, count)];
      // A letter is a discussion where at least two bodies have it.
      const shared = (letter: string) => subItems.filter((n) => LETTERS.indexOf(letter) < n).length >= 2;
      const headingKey = joint && (style === 'headings' || count === 0) ? { joint: `k${number}` } : {};
      return [
        { id: `${body}-${number}`, body, number, title: { en: `Item ${number} of ${body}`, zh: `${body}项目${number}` }, ...headingKey },
        ...letters.map((letter) => ({
          id: `${body}-${number}${letter}`,
          body,
          number: `${number}(${letter})`,
          title: { en: `Sub-item ${number}(${letter}) of ${body}`, zh: `${body}分项${number}(${letter})` },
          ...(joint && style === 'sub-items' && shared(letter) ? { joint: `k${number}-${letter}` } : {}),
        })),
      ];
    }),
  );
}

/** Rows in agenda order: a discussion's partners together (or split, as drawn), everything else alone. */
function rows(shape: Shape): Record<string, string>[] {
  const result: Record<string, string>[] = [];
  let discussion = 0;
  shape.headings.forEach(({ joint, subItems }, h) => {
    const number = String(h + 1);
    const max = Math.max(...subItems);
    const units = max === 0 ? [''] : [...LETTERS.slice(0, max)];
    for (const letter of units) {
      const cells = bodyIds(shape).flatMap((body, b) => (letter === '' || LETTERS.indexOf(letter) < subItems[b]! ? [[body, `${body}-${number}${letter}`]] : []));
      const together = joint && cells.length >= 2 && !shape.splits[discussion++ % shape.splits.length];
      if (together) result.push(Object.fromEntries(cells));
      else for (const cell of cells) result.push(Object.fromEntries([cell]));
    }
  });
  return result;
}

function session(shape: Shape, style: 'headings' | 'sub-items'): Session {
  const planned = rows(shape);
  const half = Math.ceil(planned.length / 2);
  return expectOk(
    parseSessionValue({
      format: 'orgwork-session',
      version: 1,
      id: '0b7c3e5e-1d2f-4c6b-9a51-5e3f0c2a7d11',
      title: { en: 'Provisional agenda and annotations', zh: '临时议程和说明' },
      bodies: bodyIds(shape).map((id) => ({ id, name: { en: `Working group ${id}`, zh: `工作组${id}` }, symbol: `X/${id}/1`, from: '2026-05-04', to: '2026-05-04' })),
      items: items(shape, style),
      days: [
        {
          date: '2026-05-04',
          slots: [
            { start: '10:00', end: '13:00', rows: planned.slice(0, half) },
            { start: '15:00', end: '18:00', rows: planned.slice(half) },
          ],
        },
      ],
    }),
  ).session;
}

/** Problems without what names the keys themselves, which differ by construction. */
const problems = (s: Session) => checkSession(s).map(({ rule, severity, location, message }) => ({ rule, severity, location, message }));

describe('property: keys on the joint headings mean what keys on their sub-items mean', () => {
  it('the same problems and the same annex, in both languages', () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const [byHeading, bySubItem] = [session(shape, 'headings'), session(shape, 'sub-items')];
        expect(problems(byHeading)).toEqual(problems(bySubItem));
        for (const lang of ['zh', 'en'] as const) expect(deriveAnnex(byHeading, lang)).toEqual(deriveAnnex(bySubItem, lang));
      }),
      { numRuns: 300 },
    );
  });

  it('a plan that keeps every discussion in one row has no joint or interpretation error', () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const whole = { ...shape, splits: shape.splits.map(() => false) };
        const errors = checkSession(session(whole, 'headings')).filter((p) => p.severity === 'error' && /^(joint|resources)\./u.test(p.rule));
        expect(errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
