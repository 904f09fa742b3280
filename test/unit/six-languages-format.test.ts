// Runs in Node (tests). Issue 16 point 1: a text may carry any of the six UN languages, a
// session lists its languages, and a missing text falls back in one documented order. Files
// with only Chinese and English save byte for byte as before.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languagesOf } from '../../shared/export/document-language.ts';
import { textIn } from '../../shared/format/text.ts';
import { DOC_LANGS, type DocLang } from '../../shared/i18n.ts';
import { fallbackOrder, sessionLanguages } from '../../shared/model/languages.ts';
import { parseSession, serializeSession, type Session } from '../../shared/model/index.ts';
import { indexSession } from '../../shared/rules/session-index.ts';
import { checkSession } from '../../shared/rules/index.ts';
import { cli } from './cli-harness.ts';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_FIXTURE_FILE, expectOk, FIXTURE_FILE, fixtureText } from './fixtures.ts';
import { isLangText, withLanguages } from './six-language-session.ts';

const JOINT_HEADINGS_FILE = fileURLToPath(new URL('../fixtures/joint-headings.orgwork', import.meta.url));

const load = (text: string): Session => expectOk(parseSession(text)).session;

describe('six languages in the session file', () => {
  it('saves a Chinese and English file byte for byte as it was written', () => {
    // Both files were written by Orgwork before the other four languages existed.
    for (const file of [DOCUMENT_FIXTURE_FILE, JOINT_HEADINGS_FILE]) {
      const text = readFileSync(file, 'utf8');
      expect(serializeSession(load(text))).toBe(text);
    }
    // The shared fixture was written by hand: saved once, it then saves unchanged, English before Chinese.
    const saved = serializeSession(load(fixtureText));
    expect(serializeSession(load(saved))).toBe(saved);
    expect(saved).toContain('"title": {\n    "en": "Provisional agenda and annotations",\n    "zh": "临时议程和说明"\n  }');
  });

  it('round-trips a six-language session unchanged, each text in the order ar, en, es, fr, ru, zh', () => {
    const six = { ...withLanguages(load(readFileSync(DOCUMENT_FIXTURE_FILE, 'utf8')), DOC_LANGS), languages: [...DOC_LANGS], originalLanguage: 'en' as const };
    const text = serializeSession(six);
    expect(serializeSession(load(text))).toBe(text);
    expect(load(text)).toEqual(six);
    const title = JSON.parse(text).title as Record<string, string>;
    expect(Object.keys(title)).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  it('round-trips any subset of the six languages, in any order of keys in the file', () => {
    fc.assert(
      fc.property(fc.subarray([...DOC_LANGS], { minLength: 1 }), fc.boolean(), (langs, shuffle) => {
        const session = { ...withLanguages(load(fixtureText), langs), languages: langs };
        let text = serializeSession(session);
        if (shuffle) text = JSON.stringify(JSON.parse(text, (_key, v) => (isLangText(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)));
        const again = serializeSession(load(text));
        expect(again).toBe(serializeSession(session));
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a language that is not one of the six, naming the path', () => {
    const json = JSON.parse(fixtureText);
    json.languages = ['zh', 'de'];
    const result = parseSession(JSON.stringify(json));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('$.languages[1]');
  });
});

describe('the fallback order for a missing text', () => {
  it('is the language itself, then English, French, Arabic, Spanish, Russian, Chinese; English falls back to Chinese first', () => {
    expect(fallbackOrder('fr')).toEqual(['fr', 'en', 'ar', 'es', 'ru', 'zh']);
    expect(fallbackOrder('ar')).toEqual(['ar', 'en', 'fr', 'es', 'ru', 'zh']);
    expect(fallbackOrder('zh')).toEqual(['zh', 'en', 'fr', 'ar', 'es', 'ru']);
    expect(fallbackOrder('en')).toEqual(['en', 'zh', 'fr', 'ar', 'es', 'ru']);
  });

  it('picks the first language of that order that has a text, skipping blank ones', () => {
    expect(textIn({ zh: '会议开幕', en: 'Opening of the meeting' }, 'fr')).toBe('Opening of the meeting');
    expect(textIn({ zh: '会议开幕', es: 'Apertura del período de sesiones' }, 'fr')).toBe('Apertura del período de sesiones');
    expect(textIn({ zh: '会议开幕', en: '  ', ru: 'Открытие совещания' }, 'ar')).toBe('Открытие совещания');
    expect(textIn({ zh: '会议开幕' }, 'en')).toBe('会议开幕');
    expect(textIn({ fr: 'Ouverture de la réunion', zh: '会议开幕' }, 'fr')).toBe('Ouverture de la réunion');
  });
});

describe('the languages of a session', () => {
  it('are Chinese and English when the file names none, else the ones it lists, in its order', () => {
    const session = load(fixtureText);
    expect(sessionLanguages(session)).toEqual(['zh', 'en']);
    expect(languagesOf('all', { languages: ['fr', 'ar', 'en'] })).toEqual(['fr', 'ar', 'en']);
    expect(languagesOf('both', { languages: ['fr'] })).toEqual(['zh', 'en']);
  });

  it('make the plan check ask for the listed languages only', () => {
    const session = load(fixtureText);
    const missing = (s: Session) => checkSession(s).filter((p) => p.rule === 'text.missing-translation').length;
    expect(missing(session)).toBe(0);
    const withFrench = { ...session, languages: ['zh', 'en', 'fr'] as DocLang[] };
    expect(indexSession(withFrench).languages).toEqual(['zh', 'en', 'fr']);
    expect(missing(withFrench)).toBeGreaterThan(0);
    expect(missing(withLanguages(withFrench, ['zh', 'en', 'fr']))).toBe(0);
  });
});

describe('orgwork annex --lang', () => {
  it('takes any of the six languages', async () => {
    for (const lang of DOC_LANGS) {
      const run = await cli('annex', FIXTURE_FILE, '--lang', lang, '--format', 'json');
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).lang).toBe(lang);
    }
  });

  it('gives every language of the session one after another with --lang all', async () => {
    const run = await cli('annex', FIXTURE_FILE, '--lang', 'all', '--format', 'json');
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { lang: string }[]).map((table) => table.lang)).toEqual(['zh', 'en']);
  });
});
