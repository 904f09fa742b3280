// Runs in Node (tests). The review step of "fill missing translations": only the fills the
// officer keeps go into the session, gaps typed in meanwhile are not overwritten, and every
// fill path is found back in the session it was made for. And the import report's count of
// pairs that translate a known term otherwise.
import { describe, expect, it } from 'vitest';
import type { Session } from '../../shared/model/index.ts';
import { newSession, skeletonAgenda } from '../../shared/schedule/index.ts';
import { applyFilledTranslations, fillMissingTranslations, fillPlaces, GLOSSARY_TERMS, importTerms, lookup } from '../../shared/termbase/index.ts';

/** The skeleton agenda in English only, for one body, in Vienna. */
function englishSkeleton(): Session {
  const session = newSession({ id: 's', bodies: 1, from: '2018-05-14', to: '2018-05-18' });
  return { ...session, venue: { en: 'Vienna' }, items: skeletonAgenda(['en']).map((item, i) => ({ id: `i${i}`, body: 'wg1', ...item })) };
}

describe('applyFilledTranslations', () => {
  it('writes only the accepted fills, leaving the others as gaps', () => {
    const session = englishSkeleton();
    const { filled } = fillMissingTranslations(session, { terms: GLOSSARY_TERMS });
    const kept = filled.filter((fill) => fill.path !== '$.items[3].title.zh' && fill.path !== '$.venue.zh');
    const next = applyFilledTranslations(session, kept);
    expect(next.items.map((item) => item.title.zh)).toEqual(['组织事项', '会议开幕', '通过议程和工作安排', undefined, '通过报告']);
    expect(next.venue).toEqual({ en: 'Vienna' });
    // Nothing but the accepted gaps changed, and the original is untouched.
    expect(next.items.map((item) => item.title.en)).toEqual(session.items.map((item) => item.title.en));
    expect(session.items[0]!.title.zh).toBeUndefined();
  });

  it('gives the same session back when nothing is accepted', () => {
    const session = englishSkeleton();
    expect(applyFilledTranslations(session, [])).toBe(session);
  });

  it('never overwrites a gap filled by hand since the review began', () => {
    const session = englishSkeleton();
    const { filled } = fillMissingTranslations(session, { terms: GLOSSARY_TERMS });
    const typed = { ...session, items: session.items.map((item, i) => (i === 1 ? { ...item, title: { ...item.title, zh: '开幕' } } : item)) };
    expect(applyFilledTranslations(typed, filled).items[1]!.title.zh).toBe('开幕');
    expect(applyFilledTranslations(typed, filled).items[0]!.title.zh).toBe('组织事项');
  });
});

describe('fillPlaces', () => {
  it('finds the label and language of every fill', () => {
    const session = englishSkeleton();
    const { filled } = fillMissingTranslations(session, { terms: GLOSSARY_TERMS });
    const places = fillPlaces(session);
    expect(filled.map((fill) => places.get(fill.path))).toEqual([
      { path: ['venue'], lang: 'zh' },
      ...[0, 1, 2, 3, 4].map((i) => ({ path: ['items', i, 'title'], lang: 'zh' })),
    ]);
  });
});

describe('importTerms conflicts', () => {
  it('counts the new pairs that translate a known term otherwise, in either language, and still adds them', () => {
    const { base, result } = importTerms(
      { terms: GLOSSARY_TERMS },
      'en,zh\nvienna,维也纳市\nThe venue,维也纳\nVienna,维也纳\nWorking Group on Firearms,枪支问题工作组\nOTHER MATTERS,其他事项。\n',
    );
    // "vienna" has another Chinese, "维也纳" another English; "OTHER MATTERS" is the glossary's pair, written otherwise.
    expect(result).toEqual({ added: 4, unchanged: 1, conflicting: 2, languages: ['en', 'zh'], problems: [] });
    expect(lookup(base, 'Vienna', 'en').map((s) => s.text)).toEqual(['维也纳', '维也纳市']);
    expect(lookup(base, 'vienna', 'en')[0]).toEqual({ text: '维也纳市', match: 'exact', source: 'imported' });
  });
});
