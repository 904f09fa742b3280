// Runs in Node (tests). Issue 16 in the editor, the pure parts: which document languages the
// switch offers for a session and what a remembered choice becomes in a session without it
// (renderer/state/doc-langs.ts), the inspector's side-by-side pair, the edits of a session's
// language list (renderer/inspector/language-list.ts), and the preferences that remember the
// choices (electron/handlers/preferences.ts): an old file with zh/en/both keeps loading.
import { describe, expect, it } from 'vitest';
import { completePreferences, preferencesPatchSchema } from '../../electron/handlers/preferences.ts';
import { languagesToAdd, withLanguageAdded, withLanguageMoved, withLanguageRemoved } from '../../renderer/inspector/language-list.ts';
import { docLangChoices, documentDirection, effectiveDocLang, inspectorLangs, shownLangs, withInspectorLang } from '../../renderer/state/doc-langs.ts';
import { DEFAULT_PREFERENCES } from '../../shared/api.ts';
import type { DocLang } from '../../shared/i18n.ts';

const six = { languages: ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as DocLang[] };
const pair = {};
const frEn = { languages: ['fr', 'en'] as DocLang[] };
const arOnly = { languages: ['ar'] as DocLang[] };

describe('document-language choices', () => {
  it("lists the session's languages in its order, then both and all where they mean something", () => {
    expect(docLangChoices(six)).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es', 'both', 'all']);
    // A file that names no languages is Chinese and English: "all" would only repeat "both".
    expect(docLangChoices(pair)).toEqual(['zh', 'en', 'both']);
    expect(docLangChoices({ languages: ['en', 'zh'] })).toEqual(['en', 'zh', 'both']);
    // Without Chinese and English together there is no "both".
    expect(docLangChoices(frEn)).toEqual(['fr', 'en', 'all']);
    expect(docLangChoices(arOnly)).toEqual(['ar']);
  });

  it("keeps a remembered choice the session offers and otherwise shows the session's first language", () => {
    expect(effectiveDocLang('ar', six)).toBe('ar');
    expect(effectiveDocLang('both', six)).toBe('both');
    expect(effectiveDocLang('ar', pair)).toBe('zh');
    expect(effectiveDocLang('both', frEn)).toBe('fr');
    expect(effectiveDocLang('all', pair)).toBe('zh');
    expect(effectiveDocLang('zh', arOnly)).toBe('ar');
  });

  it('shows one language, Chinese then English for both, or all of the session in its order', () => {
    expect(shownLangs('fr', six)).toEqual(['fr']);
    expect(shownLangs('both', six)).toEqual(['zh', 'en']);
    expect(shownLangs('all', six)).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
    expect(shownLangs('ru', pair)).toEqual(['zh']);
  });

  it('mirrors the document where Arabic leads', () => {
    expect(documentDirection(['ar'])).toBe('rtl');
    expect(documentDirection(['ar', 'zh', 'en'])).toBe('rtl');
    expect(documentDirection(['zh', 'en'])).toBe('ltr');
    expect(documentDirection(['fr', 'ar'])).toBe('ltr');
  });
});

describe("the inspector's pair of languages", () => {
  it("shows the session's first two until two are chosen, and folds the others in the session's order", () => {
    expect(inspectorLangs(undefined, six)).toEqual({ shown: ['ar', 'zh'], folded: ['en', 'fr', 'ru', 'es'] });
    expect(inspectorLangs(['en', 'fr'], six)).toEqual({ shown: ['en', 'fr'], folded: ['ar', 'zh', 'ru', 'es'] });
    expect(inspectorLangs(undefined, pair)).toEqual({ shown: ['zh', 'en'], folded: [] });
  });

  it('keeps what it can of a chosen pair in a session without it', () => {
    // French is not a language of this session: Chinese stays, the session's first other fills in.
    expect(inspectorLangs(['fr', 'en'], pair)).toEqual({ shown: ['en', 'zh'], folded: [] });
    expect(inspectorLangs(['ru', 'es'], frEn)).toEqual({ shown: ['fr', 'en'], folded: [] });
    expect(inspectorLangs(['en', 'fr'], arOnly)).toEqual({ shown: ['ar'], folded: [] });
  });

  it('swaps the two when a picker takes the language the other one shows', () => {
    expect(withInspectorLang(['ar', 'zh'], 0, 'en')).toEqual(['en', 'zh']);
    expect(withInspectorLang(['ar', 'zh'], 1, 'fr')).toEqual(['ar', 'fr']);
    expect(withInspectorLang(['ar', 'zh'], 0, 'zh')).toEqual(['zh', 'ar']);
    expect(withInspectorLang(['ar', 'zh'], 1, 'ar')).toEqual(['zh', 'ar']);
  });
});

describe("editing a session's languages", () => {
  const langs: DocLang[] = ['zh', 'en', 'fr'];
  it('adds at the end, once', () => {
    expect(withLanguageAdded(langs, 'ar')).toEqual(['zh', 'en', 'fr', 'ar']);
    expect(withLanguageAdded(langs, 'en')).toEqual(langs);
    expect(languagesToAdd(langs)).toEqual(['ar', 'es', 'ru']);
  });

  it('removes any but the last one', () => {
    expect(withLanguageRemoved(langs, 'en')).toEqual(['zh', 'fr']);
    expect(withLanguageRemoved(['ar'], 'ar')).toEqual(['ar']);
  });

  it('moves one up or down, and not past either end', () => {
    expect(withLanguageMoved(langs, 'fr', -1)).toEqual(['zh', 'fr', 'en']);
    expect(withLanguageMoved(langs, 'zh', 1)).toEqual(['en', 'zh', 'fr']);
    expect(withLanguageMoved(langs, 'zh', -1)).toEqual(langs);
    expect(withLanguageMoved(langs, 'fr', 1)).toEqual(langs);
  });
});

describe('preferences of the document languages', () => {
  it('keeps loading a file written when there were Chinese, English and both', () => {
    for (const docLang of ['zh', 'en', 'both'] as const) expect(completePreferences({ uiLang: 'en', docLang }).docLang).toBe(docLang);
  });

  it('takes any of the six, and all', () => {
    for (const docLang of ['ar', 'es', 'fr', 'ru', 'all'] as const) expect(completePreferences({ docLang }).docLang).toBe(docLang);
    expect(preferencesPatchSchema.safeParse({ docLang: 'ar' }).success).toBe(true);
  });

  it('drops an unknown language to the default, keeping the rest', () => {
    expect(completePreferences({ uiLang: 'zh', docLang: 'de' })).toEqual({ ...DEFAULT_PREFERENCES, uiLang: 'zh' });
    // The interface stays Chinese and English.
    expect(completePreferences({ uiLang: 'ar' }).uiLang).toBe(DEFAULT_PREFERENCES.uiLang);
    expect(preferencesPatchSchema.safeParse({ docLang: 'de' }).success).toBe(false);
  });

  it("remembers the inspector's pair: two different languages of the six", () => {
    expect(completePreferences({ inspectorLangs: ['en', 'fr'] }).inspectorLangs).toEqual(['en', 'fr']);
    for (const bad of [['en', 'en'], ['en'], ['en', 'fr', 'ar'], ['en', 'de'], 'en']) expect(completePreferences({ inspectorLangs: bad }).inspectorLangs).toBeUndefined();
  });
});
