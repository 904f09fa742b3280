// Runs in Node (tests). The masthead fields of the session file (issued, distribution,
// originalLanguage): optional, validated, saved in their place and round-tripped.
import { describe, expect, it } from 'vitest';
import { parseSession, serializeSession } from '../../shared/model/index.ts';
import { expectOk, fixtureJson, fixtureSession } from './fixtures.ts';

const parse = (value: unknown) => parseSession(JSON.stringify(value));

describe('masthead fields', () => {
  it('round-trip: parse(serialize(s)) equals s, and saving again gives the same text', () => {
    const session = { ...fixtureSession(), issued: '2017-07-19', distribution: 'limited' as const, originalLanguage: 'en' as const };
    const text = serializeSession(session);
    const loaded = expectOk(parseSession(text)).session;
    expect(loaded).toEqual(session);
    expect(serializeSession(loaded)).toBe(text);
  });

  it('are saved after the venue and time zone, before the languages and the annex options', () => {
    const json = fixtureJson();
    // Written in the wrong order on purpose: the saved file puts them in place.
    const shuffled = { originalLanguage: 'en', languages: ['zh', 'en'], distribution: 'general', issued: '2017-07-19', ...json };
    const text = serializeSession(expectOk(parse(shuffled)).session);
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'id', 'title', 'venue', 'timeZone', 'issued', 'distribution', 'originalLanguage', 'languages', 'annex', 'bodies', 'items', 'days']);
  });

  it('are optional: the 2017 fixture loads without them and saves without them', () => {
    const text = serializeSession(fixtureSession());
    expect(text).not.toMatch(/"issued"|"distribution"|"originalLanguage"/);
  });

  it('refuses an impossible date of issue, an unknown distribution and an unknown language, naming the path', () => {
    const json = { ...fixtureJson(), issued: '2017-02-30', distribution: 'secret', originalLanguage: 'de' };
    const result = parse(json);
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.errors.map((e) => e.path).sort()).toEqual(['$.distribution', '$.issued', '$.originalLanguage']);
    expect(result.errors.find((e) => e.path === '$.issued')?.message.en).toBe('"2017-02-30" is not a calendar date (YYYY-MM-DD)');
  });
});
