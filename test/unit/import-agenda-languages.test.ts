// Runs in Node (tests). Agenda import in French, Spanish, Russian and Arabic: numbers and
// sub-items as each language writes them, titles without list punctuation, joint markers,
// language guessing, and one agenda written in every language's style importing to the same
// numbers. The excerpts are short quotations of UN agendas found with the search tool; the
// source of each is named above it (conventions.ts says what each one confirms).
import { describe, expect, it } from 'vitest';
import { DOC_LANGS, type DocLang } from '../../shared/i18n.ts';
import { addImportedItems, guessLang, inLanguage, mergeLanguages, parseAgenda, parseAgendas } from '../../shared/import/index.ts';
import { latinLabel, withWesternDigits } from '../../shared/import/conventions.ts';
import { footnoteMeansJoint, takeMarks } from '../../shared/import/marks.ts';
import { newSession } from '../../shared/schedule/index.ts';
import { expectOk } from './fixtures.ts';

const numbersAndTitles = (text: string, lang: DocLang) => parseAgenda(text, lang).items.map((item) => [item.number, item.title]);

// ICCD/COP(15)/CST/1, "Ordre du jour provisoire annoté" (123dok.net copy), section I.
const ICCD_FR = `I. Ordre du jour provisoire
1. Questions d’organisation :
a) Adoption de l’ordre du jour et organisation des travaux ;
b) Élection des membres du Bureau autres que le Président du Comité de la science et de la technologie.
2. Questions découlant du programme de travail de l’Interface science-politique pour l’exercice biennal 2020-2021 :
a) Données scientifiques sur les méthodes d’évaluation et de suivi de la résilience des populations et des écosystèmes vulnérables face à la sécheresse ;
b) Activités de coordination de l’Interface science-politique avec d’autres groupes et organes scientifiques intergouvernementaux.`;

// FCCC/KP/CMP/2017/1, "Programa provisional y anotaciones" (docplayer.es copy), section I.
const CMP_ES = `I. Programa provisional
1. Apertura del período de sesiones.
2. Cuestiones de organización:
a) Aprobación del programa;
b) Elección de miembros adicionales de la Mesa;
c) Organización de los trabajos, incluidos los de los períodos de sesiones de los órganos subsidiarios;
d) Aprobación del informe sobre las credenciales;
e) Situación de la ratificación de la Enmienda de Doha al Protocolo de Kyoto.
3. Informes de los órganos subsidiarios:
a) Informe del Órgano Subsidiario de Asesoramiento Científico y Tecnológico;
b) Informe del Órgano Subsidiario de Ejecución.
4. Asuntos relacionados con el mecanismo para un desarrollo limpio.`;

// FAO CL 123/19, annex 2 "جدول الأعمال" (fao.org): items "1-" and "6 -", no final stops.
const FAO_AR = `جدول الأعمال
1-   افتتاح الاجتماع
2-   تقديم
3-   انتخاب الرئيس والمقرر
4-   الموافقة على جدول الأعمال
6 -   الموافقة على التقرير
7 -   اختتام الاجتماع`;

// Russian: the sub-item letters of UN Russian ("Пункт 9 b) предварительной повестки дня",
// FCCC/SBI/2003/3) on the titles of the CTOC working groups' agenda; no whole Russian agenda
// was found, so these titles are this test's, not a quotation.
const WG_RU = `1. Организационные вопросы:
a) открытие совещания;
b) утверждение повестки дня и организация работы.
2. Прочие вопросы.
3. Утверждение доклада.`;

describe('agenda import in French, Spanish, Arabic and Russian', () => {
  it('reads a French UN agenda: "a)" without an opening bracket, spaces before colons and semicolons', () => {
    const result = parseAgenda(ICCD_FR, 'fr');
    expect(result.warnings).toEqual([]);
    expect(result.items.map((item) => item.number)).toEqual(['1', '1(a)', '1(b)', '2', '2(a)', '2(b)']);
    expect(result.items[0]!.title).toBe('Questions d’organisation');
    expect(result.items[1]!.title).toBe('Adoption de l’ordre du jour et organisation des travaux');
    expect(result.items[3]!.title).toBe('Questions découlant du programme de travail de l’Interface science-politique pour l’exercice biennal 2020-2021');
  });

  it('reads a Spanish UN agenda with five sub-items', () => {
    const result = parseAgenda(CMP_ES, 'es');
    expect(result.warnings).toEqual([]);
    expect(numbersAndTitles(CMP_ES, 'es').slice(0, 4)).toEqual([
      ['1', 'Apertura del período de sesiones'],
      ['2', 'Cuestiones de organización'],
      ['2(a)', 'Aprobación del programa'],
      ['2(b)', 'Elección de miembros adicionales de la Mesa'],
    ]);
    expect(result.items.map((item) => item.number)).toEqual(['1', '2', '2(a)', '2(b)', '2(c)', '2(d)', '2(e)', '3', '3(a)', '3(b)', '4']);
  });

  it('reads an Arabic agenda numbered "1-" and "6 -", and says the number it skips', () => {
    const result = parseAgenda(FAO_AR, 'ar');
    expect(result.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'افتتاح الاجتماع'],
      ['2', 'تقديم'],
      ['3', 'انتخاب الرئيس والمقرر'],
      ['4', 'الموافقة على جدول الأعمال'],
      ['6', 'الموافقة على التقرير'],
      ['7', 'اختتام الاجتماع'],
    ]);
    expect(result.warnings.map((w) => [w.line, w.code])).toEqual([[6, 'numberGap']]);
  });

  it('reads Arabic-Indic digits, Arabic letters in brackets and the Arabic semicolon, run together or not', () => {
    const text = '١- المسائل التنظيمية: (أ) افتتاح الاجتماع؛ (ب) إقرار جدول الأعمال وتنظيم الأعمال.\n٢- مسائل أخرى.\n۳- اعتماد التقرير.';
    expect(numbersAndTitles(text, 'ar')).toEqual([
      ['1', 'المسائل التنظيمية'],
      ['1(a)', 'افتتاح الاجتماع'],
      ['1(b)', 'إقرار جدول الأعمال وتنظيم الأعمال'],
      ['2', 'مسائل أخرى'],
      ['3', 'اعتماد التقرير'],
    ]);
    expect(withWesternDigits('١٢٣ ۴۵۶')).toBe('123 456');
  });

  it('reads Arabic sub-sub-items written "`1`", "`2`" as (i), (ii)', () => {
    expect(numbersAndTitles('١- المسائل التنظيمية:\n(أ) افتتاح الاجتماع:\n`1` البند الأول؛\n`2` البند الثاني؛\n(ب) إقرار جدول الأعمال.', 'ar').map(([n]) => n)).toEqual(['1', '1(a)', '1(a)(i)', '1(a)(ii)', '1(b)']);
    expect(numbersAndTitles('١- المسائل: (أ) افتتاح؛ `1` الأول؛ `2` الثاني.', 'ar').map(([n]) => n)).toEqual(['1', '1(a)', '1(a)(i)', '1(a)(ii)']);
  });

  it('reads a Russian agenda with Latin letters, and with Cyrillic ones', () => {
    const expected = [
      ['1', 'Организационные вопросы'],
      ['1(a)', 'открытие совещания'],
      ['1(b)', 'утверждение повестки дня и организация работы'],
      ['2', 'Прочие вопросы'],
      ['3', 'Утверждение доклада'],
    ];
    expect(numbersAndTitles(WG_RU, 'ru')).toEqual(expected);
    const cyrillic = WG_RU.replace('\na)', '\nа)').replace('\nb)', '\nб)');
    expect(cyrillic).toContain('б)');
    expect(numbersAndTitles(cyrillic, 'ru')).toEqual(expected);
    expect(['а', 'б', 'в', 'г', 'и', 'к'].map(latinLabel)).toEqual(['a', 'b', 'c', 'd', 'i', 'j']);
    expect(['أ', 'ب', 'ج', 'د', 'هـ', 'ه', 'و'].map(latinLabel)).toEqual(['a', 'b', 'c', 'd', 'e', 'e', 'f']);
  });

  it('reads sub-items run together on the item\'s line in French and Spanish', () => {
    expect(numbersAndTitles('1. Questions d’organisation : a) Ouverture de la réunion ; b) Adoption de l’ordre du jour et organisation des travaux.', 'fr')).toEqual([
      ['1', 'Questions d’organisation'],
      ['1(a)', 'Ouverture de la réunion'],
      ['1(b)', 'Adoption de l’ordre du jour et organisation des travaux'],
    ]);
    expect(numbersAndTitles('1. Cuestiones de organización: a) Apertura del período de sesiones; b) Aprobación del programa.', 'es').map(([n]) => n)).toEqual(['1', '1(a)', '1(b)']);
  });

  it('reads sub-sub-items "i)" after "a)" in French', () => {
    expect(numbersAndTitles('1. Questions :\na) Examen ;\ni) Premier point ;\nii) Second point ;\nb) Suite.', 'fr').map(([n]) => n)).toEqual(['1', '1(a)', '1(a)(i)', '1(a)(ii)', '1(b)']);
  });

  it('reads joint markers in each language (unconfirmed forms, see marks.ts) and footnotes that say "joint"', () => {
    const joint = (text: string, lang: DocLang) => parseAgenda(text, lang).items.map((item) => [item.title, item.joint, item.jointWith]);
    expect(joint('2. Questions diverses (point commun).', 'fr')).toEqual([['Questions diverses', 'joint-2', undefined]]);
    expect(joint('2. Otros asuntos (tema conjunto).', 'es')).toEqual([['Otros asuntos', 'joint-2', undefined]]);
    expect(joint('2. Прочие вопросы (совместный пункт).', 'ru')).toEqual([['Прочие вопросы', 'joint-2', undefined]]);
    expect(joint('2- مسائل أخرى (بند مشترك).', 'ar')).toEqual([['مسائل أخرى', 'joint-2', undefined]]);
    expect(takeMarks('Questions diverses (point commun au Groupe de travail sur la coopération internationale)')).toMatchObject({
      title: 'Questions diverses',
      joint: { with: 'Groupe de travail sur la coopération internationale' },
    });
    expect(takeMarks('Otros asuntos (tema conjunto con el Grupo de Trabajo sobre Cooperación Internacional)').joint).toEqual({ with: 'Grupo de Trabajo sobre Cooperación Internacional' });
    expect(takeMarks('Прочие вопросы (совместный пункт с Рабочей группой)').joint).toEqual({ with: 'Рабочей группой' });
    expect(takeMarks('مسائل أخرى (بند مشترك مع الفريق العامل)').joint).toEqual({ with: 'الفريق العامل' });
    // Brackets that are not markers stay in the title.
    expect(takeMarks('Examen du document (CTOC/COP/WG.2/2017/1)').joint).toBeUndefined();
    expect(takeMarks('Point commun de discussion').joint).toBeUndefined();
    expect(
      ['Ce point sera examiné conjointement par les deux groupes.', 'Tema que se examinará conjuntamente.', 'Совместный пункт двух групп.', 'بند مشترك بين الفريقين.'].map(footnoteMeansJoint),
    ).toEqual([true, true, true, true]);
    expect(footnoteMeansJoint('Document à paraître.')).toBe(false);
  });

  it('guesses each of the six languages from an agenda', () => {
    expect(guessLang(ICCD_FR)).toBe('fr');
    expect(guessLang(CMP_ES)).toBe('es');
    expect(guessLang(FAO_AR)).toBe('ar');
    expect(guessLang(WG_RU)).toBe('ru');
    expect(guessLang('1. Organizational matters:\n(a) Opening of the meeting;\n(b) Adoption of the agenda and organization of work.')).toBe('en');
    expect(guessLang('1. 组织事项：\n(a) 会议开幕；')).toBe('zh');
    // A Spanish agenda full of symbols and numbers is still Spanish.
    expect(guessLang('3. Informe del Grupo de Trabajo (CTOC/COP/WG.2/2017/4).')).toBe('es');
  });
});

/** The skeleton agenda written as each language's agenda is written (conventions.ts). */
const STYLE: Record<DocLang, { item: (n: number) => string; sub: (label: string, i: number) => string; colon: string; semicolon: string; stop: string }> = {
  en: { item: (n) => `${n}. `, sub: (l) => `(${l}) `, colon: ':', semicolon: ';', stop: '.' },
  zh: { item: (n) => `${n}. `, sub: (l) => `(${l}) `, colon: '：', semicolon: '；', stop: '。' },
  fr: { item: (n) => `${n}. `, sub: (l) => `${l}) `, colon: ' :', semicolon: ' ;', stop: '.' },
  es: { item: (n) => `${n}. `, sub: (l) => `${l}) `, colon: ':', semicolon: ';', stop: '.' },
  ru: { item: (n) => `${n}. `, sub: (_l, i) => `${'абвгд'[i]}) `, colon: ':', semicolon: ';', stop: '.' },
  ar: { item: (n) => `${'٠١٢٣٤٥٦٧٨٩'[n]}- `, sub: (_l, i) => `(${['أ', 'ب', 'ج', 'د', 'هـ'][i]}) `, colon: ':', semicolon: '؛', stop: '.' },
};

function rendered(lang: DocLang, agenda: readonly { title: string; subs: readonly string[] }[], runTogether: boolean): string {
  const { item, sub, colon, semicolon, stop } = STYLE[lang];
  return agenda
    .map(({ title, subs }, n) => {
      if (subs.length === 0) return `${item(n + 1)}${title}${stop}`;
      const parts = subs.map((s, i) => `${sub('abcde'[i]!, i)}${s}${i === subs.length - 1 ? stop : semicolon}`);
      return runTogether ? `${item(n + 1)}${title}${colon} ${parts.join(' ')}` : [`${item(n + 1)}${title}${colon}`, ...parts].join('\n');
    })
    .join('\n');
}

describe('property: an agenda in any language\'s style imports to the same numbers and titles', () => {
  // Titles of letters, digits and inner punctuation drawn from a fixed seed (no test randomness).
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const WORDS = ['Questions', 'organisation', 'développement', 'período', 'вопросы', 'доклада', 'الاجتماع', 'التقرير', 'CTOC/COP/WG.2/2017/1', '8/2', 'l’ordre', '2020-2021', 'Kyoto', 'y', 'de'];
  const title = () => Array.from({ length: 1 + (next() % 6) }, () => WORDS[next() % WORDS.length]).join(' ');

  it.each(DOC_LANGS)('%s', (lang) => {
    for (let round = 0; round < 40; round++) {
      const agenda = Array.from({ length: 1 + (next() % 6) }, () => ({ title: title(), subs: Array.from({ length: next() % 4 === 0 ? 1 + (next() % 5) : 0 }, title) }));
      const expected = agenda.flatMap(({ title: t, subs }, n) => [[`${n + 1}`, t], ...subs.map((s, i) => [`${n + 1}(${'abcde'[i]})`, s])]);
      for (const runTogether of [false, true]) {
        const result = parseAgenda(rendered(lang, agenda, runTogether), lang);
        expect(result.items.map((item) => [item.number, item.title])).toEqual(expected);
        expect(result.warnings).toEqual([]);
      }
    }
  });
});

describe('merging language versions of one agenda', () => {
  const en = '1. Organizational matters:\n(a) Opening of the meeting;\n(b) Adoption of the agenda and organization of work.\n2. Other matters (joint item).';
  const fr = '1. Questions d’organisation :\na) Ouverture de la réunion ;\nb) Adoption de l’ordre du jour et organisation des travaux.\n2. Questions diverses (point commun).';
  const ar = '١- المسائل التنظيمية:\n(أ) افتتاح الاجتماع؛\n(ب) إقرار جدول الأعمال وتنظيم الأعمال.';

  it('merges any pair or more by number, and says what one version lacks', () => {
    const { items, warnings } = mergeLanguages([
      { lang: 'fr', items: parseAgenda(fr, 'fr').items },
      { lang: 'en', items: parseAgenda(en, 'en').items },
      { lang: 'ar', items: parseAgenda(ar, 'ar').items },
    ]);
    expect(items[1]).toEqual({ number: '1(a)', title: { fr: 'Ouverture de la réunion', en: 'Opening of the meeting', ar: 'افتتاح الاجتماع' } });
    expect(items[3]).toEqual({ number: '2', title: { fr: 'Questions diverses', en: 'Other matters' }, joint: 'other-matters' });
    expect(warnings.map((w) => [w.code, w.lang, w.message.en])).toEqual([
      ['onlyInOneLanguage', 'fr', 'item 2 is only in the French text'],
      ['onlyInOneLanguage', 'en', 'item 2 is only in the English text'],
    ]);
    expect(parseAgendas(fr, 'fr')).toHaveLength(1);
  });

  it('adds the French titles to items that have English and Chinese, by number', () => {
    const session = newSession({ id: 's', bodies: 1, from: '2018-05-14', to: '2018-05-18' });
    const first = expectOk(addImportedItems(session, 'wg1', [{ number: '1', title: { en: 'Organizational matters', zh: '组织事项' } }, { number: '1(a)', title: { en: 'Opening of the meeting', zh: '会议开幕' } }]));
    const withFrench = expectOk(addImportedItems(first.session, 'wg1', inLanguage(parseAgenda(fr, 'fr').items.slice(0, 2), 'fr')));
    expect(withFrench.added).toEqual([]);
    expect(withFrench.session.items.map((item) => item.title)).toEqual([
      { en: 'Organizational matters', zh: '组织事项', fr: 'Questions d’organisation' },
      { en: 'Opening of the meeting', zh: '会议开幕', fr: 'Ouverture de la réunion' },
    ]);
  });
});
