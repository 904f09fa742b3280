// Runs in Node (tests). The formulaic labels of the annex and of the whole document in French,
// Spanish, Russian and Arabic, pinned as UN documents of each language write them (issue 16,
// point 2). Each pin names its source, or says that the form is unconfirmed, and the test's name
// carries it; the sources are in full in locales/<lang>/doc.sources.json and README "Document
// languages".
import { describe, expect, it } from 'vitest';
import { dateLabel, dateRangeLabel, dayLabel, timeLabel, timesLabel } from '../../shared/format/index.ts';
import { DOC_LANGS, label, type DocLang } from '../../shared/i18n.ts';
import { mastheadLines } from '../../shared/schedule/agenda-document/masthead.ts';
import type { Session } from '../../shared/model/types.ts';
import { cli } from './cli-harness.ts';
import { FIXTURE_FILE } from './fixtures.ts';

const MONDAY = '2017-10-09';
const FRIDAY = '2017-10-13';
const MORNING = ['10:00', '13:00'] as const;
const AFTERNOON = ['15:00', '18:00'] as const;
const WITH_MINUTES = ['09:30', '12:30'] as const;
const DAY_OF_TWO_MEETINGS = [MORNING, AFTERNOON].map(([start, end]) => ({ start, end }));

/** The masthead fields of the 2017 session: issued 19 July 2017, English original, general distribution. */
const session = { distribution: 'general', issued: '2017-07-19', originalLanguage: 'en' } as Pick<Session, 'distribution' | 'issued' | 'originalLanguage'> as Session;

interface Pin {
  lang: DocLang;
  what: string;
  actual: (lang: DocLang) => unknown;
  expected: unknown;
  source: string;
}

const day = (date: string, showYear = false) => (lang: DocLang) => dayLabel(date, lang, { showYear });
const time = ([start, end]: readonly [string, string]) => (lang: DocLang) => timeLabel(start, end, lang);
const times = (lang: DocLang) => timesLabel(DAY_OF_TWO_MEETINGS, lang);
const range = (from: string, to: string) => (lang: DocLang) => dateRangeLabel(from, to, lang);
const issued = (lang: DocLang) => dateLabel('2017-07-19', lang);
const text = (key: string) => (lang: DocLang) => label(key, lang);
const headers = (lang: DocLang) => ['dateAndTime', 'item', 'titleOrDescription'].map((key) => label(`doc:annex.${key}`, lang));
const masthead = (lang: DocLang) => mastheadLines(session, lang);

const UNCONFIRMED = 'unconfirmed';

/** What every language pins the same way: two weekdays with and without the year, three meetings, the annex's labels. */
interface Common {
  lang: DocLang;
  /** Monday and Friday, then both with the year. */
  days: [string, string, string, string];
  daysSource: string;
  /** 10:00–13:00, 15:00–18:00, 09:30–12:30. */
  meetings: [string, string, string];
  meetingsSource: string;
  minutesSource: string;
  title: string;
  titleSource: string;
  headers: [string, string, string];
  continued: string;
  continuedSource: string;
  joint: string;
  masthead: string[];
  mastheadSource: string;
}

function commonPins(c: Common): Pin[] {
  const { lang } = c;
  const pin = (what: string, actual: Pin['actual'], expected: unknown, source: string): Pin => ({ lang, what, actual, expected, source });
  return [
    pin('Monday', day(MONDAY), c.days[0], c.daysSource),
    pin('Friday', day(FRIDAY), c.days[1], c.daysSource),
    pin('Monday with the year', day(MONDAY, true), c.days[2], c.daysSource),
    pin('Friday with the year', day(FRIDAY, true), c.days[3], c.daysSource),
    pin('morning meeting', time(MORNING), c.meetings[0], c.meetingsSource),
    pin('afternoon meeting', time(AFTERNOON), c.meetings[1], c.meetingsSource),
    pin('meeting with minutes', time(WITH_MINUTES), c.meetings[2], c.minutesSource),
    pin('annex title', text('doc:annex.title'), c.title, c.titleSource),
    pin('annex headers', headers, c.headers, UNCONFIRMED),
    pin('continued', text('doc:annex.continued'), c.continued, c.continuedSource),
    pin('joint mark', text('doc:annex.joint'), c.joint, UNCONFIRMED),
    pin('masthead block', masthead, c.masthead, c.mastheadSource),
  ];
}

const FRENCH: Pin[] = [
  ...commonPins({
    lang: 'fr',
    days: ['Lundi 9 octobre', 'Vendredi 13 octobre', 'Lundi 9 octobre 2017', 'Vendredi 13 octobre 2017'],
    daysSource: 'Guide à l’usage des délégations, 74th session: "Lundi 23 septembre 2019", "Mardi 17 septembre 2019"',
    meetings: ['10 heures–13 heures', '15 heures–18 heures', '9 h 30–12 h 30'],
    meetingsSource: 'CERD/C/SR.2222: "à 10 heures"; the dash between is unconfirmed',
    minutesSource: 'CCPR/C/SR.2225: "à 10 h 15"',
    title: "Projet d'organisation des travaux",
    titleSource: `${UNCONFIRMED}: seen only as a document title`,
    headers: ['Date et heure', 'Point', 'Titre ou description'],
    continued: ' (suite)',
    continuedSource: 'CERD/C/SR.2222: "… de la Convention (suite)"',
    joint: ' (point commun)',
    masthead: ['Distr. générale', '19 juillet 2017', 'Français', 'Original\u00a0: anglais'],
    mastheadSource: 'IDB.49/1/Add.1: "Distr. générale … Français Original : anglais", a no-break space before the colon',
  }),
  { lang: 'fr', what: 'the first of a month', actual: day('2018-06-01'), expected: 'Vendredi 1er juin', source: 'CAC/COSP/IRG/2015/1 (F): "1er-5 juin 2015"' },
  { lang: 'fr', what: 'minutes under ten, not padded', actual: time(['10:05', '13:00']), expected: '10 h 5–13 heures', source: 'CERD/C/SR.2222: "La séance est ouverte à 10 h 5."' },
  { lang: 'fr', what: 'a day’s meetings', actual: times, expected: '10 heures–13 heures et 15 heures–18 heures', source: 'as the meetings' },
  { lang: 'fr', what: 'date of issue', actual: issued, expected: '19 juillet 2017', source: 'CAC/COSP/IRG/2015/1 (F): "20 mars 2015"' },
  { lang: 'fr', what: 'dates of the session', actual: range(MONDAY, FRIDAY), expected: '9–13 octobre 2017', source: 'CAC/COSP/IRG/2015/1 (F), en dash of the 2018 documents' },
  { lang: 'fr', what: 'two days in a row', actual: range('2019-12-12', '2019-12-13'), expected: '12 et 13 décembre 2019', source: 'E/CN.7/2019/Add.1: "Vienne, 12 et 13 décembre 2019"' },
  { lang: 'fr', what: 'range from the first', actual: range('2015-06-01', '2015-06-05'), expected: '1er–5 juin 2015', source: 'CAC/COSP/IRG/2015/1 (F): "1er-5 juin 2015"' },
];

const SPANISH: Pin[] = [
  ...commonPins({
    lang: 'es',
    days: ['Lunes 9 de octubre', 'Viernes 13 de octubre', 'Lunes 9 de octubre de 2017', 'Viernes 13 de octubre de 2017'],
    daysSource: 'Manual del delegado, 71st session: "Lunes 19 de septiembre de 2016", "Martes 13 de septiembre de 2016"',
    meetings: ['10.00 a 13.00 horas', '15.00 a 18.00 horas', '9.30 a 12.30 horas'],
    meetingsSource: 'CMW/C/SR.142: "a las 15.00 horas"; "a" between the times is unconfirmed',
    minutesSource: 'CMW/C/SR.142: "a las 15.05 horas"',
    title: 'Propuesta de organización de los trabajos',
    titleSource: `${UNCONFIRMED}: "organización de los trabajos" from HSP/GC/19/1/Add.1`,
    headers: ['Fecha y hora', 'Tema', 'Título o descripción'],
    continued: ' (continuación)',
    continuedSource: 'CMW/C/SR.142: "… (continuación)"',
    joint: ' (tema conjunto)',
    masthead: ['Distr. general', '19 de julio de 2017', 'Español', 'Original: inglés'],
    mastheadSource: 'CTOC/COP/2012/14: "Distr. general … Español Original: inglés"',
  }),
  { lang: 'es', what: 'a day’s meetings', actual: times, expected: '10.00 a 13.00 horas y 15.00 a 18.00 horas', source: 'as the meetings' },
  { lang: 'es', what: 'date of issue', actual: issued, expected: '19 de julio de 2017', source: 'CTOC/COP/2012/14: "20 de septiembre de 2012"' },
  { lang: 'es', what: 'dates of the session', actual: range(MONDAY, FRIDAY), expected: '9 a 13 de octubre de 2017', source: 'CTOC/COP/2012/14: "Viena, 15 a 19 de octubre de 2012"' },
  { lang: 'es', what: 'two days in a row', actual: range('2019-12-12', '2019-12-13'), expected: '12 y 13 de diciembre de 2019', source: 'E/CN.7/2014/16 (S): "los días 4 y 5 de diciembre de 2014"' },
  { lang: 'es', what: 'range across years', actual: range('2017-12-30', '2018-01-02'), expected: '30 de diciembre de 2017 a 2 de enero de 2018', source: 'as the dates of the session' },
];

const RUSSIAN: Pin[] = [
  ...commonPins({
    lang: 'ru',
    days: ['Понедельник, 9 октября', 'Пятница, 13 октября', 'Понедельник, 9 октября 2017 года', 'Пятница, 13 октября 2017 года'],
    daysSource: 'CERD/C/SR.1523 (R): "в пятницу, 22 марта 2002 года"; capitalized as a heading, unconfirmed',
    meetings: ['10 час. 00 мин. – 13 час. 00 мин.', '15 час. 00 мин. – 18 час. 00 мин.', '9 час. 30 мин. – 12 час. 30 мин.'],
    meetingsSource: 'CERD/C/SR.1523 (R): "в 15 час. 00 мин."; the spaced dash between is unconfirmed',
    minutesSource: UNCONFIRMED,
    title: 'Предлагаемая организация работы',
    titleSource: UNCONFIRMED,
    headers: ['Дата и время', 'Пункт', 'Название или описание'],
    continued: ' (продолжение)',
    continuedSource: 'CERD/C/SR.1523 (R): "… (продолжение)"',
    joint: ' (совместный пункт)',
    masthead: ['Distr.: General', '19 July 2017', 'Russian', 'Original: English'],
    mastheadSource: 'kept in English, CTOC/COP/2018/13 (R): "Distr.: General 1 November 2018 Russian Original: English"',
  }),
  { lang: 'ru', what: 'date of issue', actual: issued, expected: '19 июля 2017 года', source: 'CAC/COSP/IRG/2015/1 (R): "1-5 июня 2015 года"' },
  { lang: 'ru', what: 'dates of the session', actual: range(MONDAY, FRIDAY), expected: '9–13 октября 2017 года', source: 'CTOC/COP/2018/13 (R): "15–19 октября 2018 года"' },
];

const ARABIC: Pin[] = [
  ...commonPins({
    lang: 'ar',
    days: ['الاثنين 9 تشرين الأول/أكتوبر', 'الجمعة 13 تشرين الأول/أكتوبر', 'الاثنين 9 تشرين الأول/أكتوبر 2017', 'الجمعة 13 تشرين الأول/أكتوبر 2017'],
    daysSource: 'ESCWA press release: "الاثنين 20 تشرين الثاني/نوفمبر 2017"',
    meetings: ['10:00–13:00', '15:00–18:00', '9:30–12:30'],
    meetingsSource: 'ESCWA press release: "الساعة 10:00"; the range unconfirmed',
    minutesSource: UNCONFIRMED,
    title: 'تنظيم الأعمال المقترح',
    titleSource: UNCONFIRMED,
    headers: ['التاريخ والوقت', 'البند', 'العنوان أو الوصف'],
    continued: ' (تابع)',
    continuedSource: 'CCPR/C/SR.2040 (A): "المسائل التنظيمية ومسائل أخرى (تابع)"',
    joint: ' (بند مشترك)',
    masthead: ['Distr.: General', '19 July 2017', 'Arabic', 'Original: English'],
    mastheadSource: 'kept in English, A/C.3/72/L.1 (A): "Distr.: Limited 9 August 2017 … Arabic Original: English"',
  }),
  { lang: 'ar', what: 'a day’s meetings', actual: times, expected: '10:00–13:00 و15:00–18:00', source: 'as the meetings' },
  { lang: 'ar', what: 'date of issue, UN month name', actual: issued, expected: '19 تموز/يوليه 2017', source: 'research.un.org/ar: "تموز/يوليه" (date-fns has "يوليو")' },
  { lang: 'ar', what: 'dates of the session', actual: range(MONDAY, FRIDAY), expected: '9–13 تشرين الأول/أكتوبر 2017', source: 'E/CONF.103/2 (A): "19-23 آب/أغسطس 2013", en dash of the 2018 documents' },
];

describe.each([
  ['French', FRENCH],
  ['Spanish', SPANISH],
  ['Russian', RUSSIAN],
  ['Arabic', ARABIC],
])('%s document labels', (_language, pins) => {
  it.each(pins)('$what: $expected ($source)', ({ lang, actual, expected }) => {
    expect(actual(lang)).toEqual(expected);
  });
});

describe('the distribution block of an original and of the English and Chinese versions', () => {
  it('an original names no language of its own; a Chinese version keeps the English block of the 2017 document', () => {
    expect(mastheadLines(session, 'en')).toEqual(['Distr.: General', '19 July 2017', 'Original: English']);
    expect(mastheadLines(session, 'zh')).toEqual(['Distr.: General', '19 July 2017', 'Chinese', 'Original: English']);
  });

  it('names the original language in the block\'s language: a French original read in Spanish, and in Russian', () => {
    const french = { ...session, originalLanguage: 'fr' as const };
    expect(mastheadLines(french, 'es')).toEqual(['Distr. general', '19 de julio de 2017', 'Español', 'Original: francés']);
    expect(mastheadLines(french, 'ru')).toEqual(['Distr.: General', '19 July 2017', 'Russian', 'Original: French']);
    expect(mastheadLines(french, 'fr')).toEqual(['Distr. générale', '19 juillet 2017', 'Original\u00a0: français']);
  });
});

describe('the separator of a time range', () => {
  // The HTML export wraps a time cell only after doc:time.range's separator ("上午10时至" / "下午1时"):
  // every language's meeting label must contain it, with nothing of the range's own words inside it.
  it.each(DOC_LANGS)('%s writes its range separator inside its time labels', (lang) => {
    const separator = label('doc:time.range', lang, { start: '', end: '' });
    expect(separator.trim()).not.toBe('');
    expect(timeLabel(...MORNING, lang)).toContain(separator);
    expect(timeLabel(...WITH_MINUTES, lang)).toContain(separator);
  });
});

describe('orgwork annex --lang for the 2017 session', () => {
  interface AnnexJson {
    title: string;
    days: { label: string; slots: { label: string; rows: ({ title: string } | null)[][] }[] }[];
  }
  const annexIn = async (lang: DocLang) => {
    const run = await cli('annex', FIXTURE_FILE, '--lang', lang, '--format', 'json');
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as AnnexJson;
  };
  const titles = (annex: AnnexJson) => annex.days.flatMap((d) => d.slots.flatMap((s) => s.rows.flat().flatMap((cell) => (cell ? [cell.title] : []))));

  it.each([
    ['fr', "Projet d'organisation des travaux", 'Lundi 9 octobre', '10 heures–13 heures', ' (suite)', ' (point commun)'],
    ['es', 'Propuesta de organización de los trabajos', 'Lunes 9 de octubre', '10.00 a 13.00 horas', ' (continuación)', ' (tema conjunto)'],
    ['ru', 'Предлагаемая организация работы', 'Понедельник, 9 октября', '10 час. 00 мин. – 13 час. 00 мин.', ' (продолжение)', ' (совместный пункт)'],
    ['ar', 'تنظيم الأعمال المقترح', 'الاثنين 9 تشرين الأول/أكتوبر', '10:00–13:00', ' (تابع)', ' (بند مشترك)'],
  ] as const)('%s: title, first day, first meeting, continued and joint marks', async (lang, title, firstDay, firstMeeting, continued, joint) => {
    const annex = await annexIn(lang);
    expect(annex.title).toBe(title);
    expect(annex.days[0]!.label).toBe(firstDay);
    expect(annex.days[0]!.slots[0]!.label).toBe(firstMeeting);
    expect(titles(annex).some((t) => t.endsWith(continued))).toBe(true);
    expect(titles(annex).some((t) => t.endsWith(joint))).toBe(true);
  });
});
