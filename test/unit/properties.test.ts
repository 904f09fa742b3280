// Any sequence of edits the operations accept leaves a session that loads and round-trips;
// any edit they refuse leaves the session exactly as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSession, serializeSession } from '../../shared/model/index.ts';
import { apply, opArb, type Op } from './edit-sequences.ts';
import { fixtureSession } from './fixtures.ts';

describe('edit operations (property)', () => {
  it('accepted edits keep the session valid and round-trippable; refused edits change nothing', () => {
    fc.assert(
      fc.property(fc.array(opArb as fc.Arbitrary<Op>, { maxLength: 30 }), (sequence) => {
        let session = fixtureSession();
        for (const op of sequence) {
          const before = session;
          const result = apply(session, op);
          if (!result.ok) {
            expect(typeof result.error.en).toBe('string');
            expect(result.error.zh.length).toBeGreaterThan(0);
            expect(session).toBe(before);
            continue;
          }
          session = result.session;
          const text = serializeSession(session);
          const reparsed = parseSession(text);
          if (!reparsed.ok) throw new Error(`${op.kind} left an invalid session: ${JSON.stringify(reparsed.errors.map((x) => `${x.path}: ${x.message.en}`))}`);
          expect(reparsed.session).toEqual(session);
        }
      }),
      { numRuns: 300 },
    );
  });
});
