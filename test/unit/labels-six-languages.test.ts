// Runs in Node (tests). The formulaic labels of the annex and of the whole document in French,
// Spanish, Russian and Arabic, pinned as UN documents of each language write them (issue 16,
// point 2). Each expectation names its source, or says that the form is unconfirmed; the sources
// are in full in locales/<lang>/doc.sources.json and README "Document languages".
import { describe, expect, it } from 'vitest';
import { dateLabel, dateRangeLabel, dayLabel, timeLabel, timesLabel } from '../../shared/format/index.ts';
import { label, type DocLang } from '../../shared/i18n.ts';
import { mastheadLines } from '../../shared/schedule/agenda-document/masthead.ts';
import type { Session } from '../../shared/model/types.ts';

const MONDAY = '2017-10-09';
const FRIDAY = '2017-10-13';
const MORNING = ['10:00', '13:00'] as const;
const AFTERNOON = ['15:00', '18:00'] as const;
const WITH_MINUTES = ['09:30', '12:30'] as const;

/** The masthead fields of the 2017 session: issued 19 July 2017, English original, general distribution. */
const session = { distribution: 'general', issued: '2017-07-19', originalLanguage: 'en' } as Pick<Session, 'distribution' | 'issued' | 'originalLanguage'> as Session;

describe('French', () => {
  const fr: DocLang = 'fr';
  it('days: a capitalized weekday, no comma, "1er" for the first of a month', () => {
    // "Mardi 17 septembre 2019", "Lundi 23 septembre 2019" (Guide à l'usage des délégations, 74th session).
    expect(dayLabel(MONDAY, fr)).toBe('Lundi 9 octobre');
    expect(dayLabel(FRIDAY, fr)).toBe('Vendredi 13 octobre');
    expect(dayLabel(MONDAY, fr, { showYear: true })).toBe('Lundi 9 octobre 2017');
    expect(dayLabel(FRIDAY, fr, { showYear: true })).toBe('Vendredi 13 octobre 2017');
    // "Vienne, 1er-5 juin 2015" (CAC/COSP/IRG/2015/1, French).
    expect(dayLabel('2018-06-01', fr)).toBe('Vendredi 1er juin');
  });

  it('meetings: a 24-hour clock in hours ("à 10 heures", UNEP/CBD/BSWG/4/1/Add.1); range and minutes unconfirmed', () => {
    expect(timeLabel(...MORNING, fr)).toBe('10 heures–13 heures');
    expect(timeLabel(...AFTERNOON, fr)).toBe('15 heures–18 heures');
    // Unconfirmed: "9 h 30".
    expect(timeLabel(...WITH_MINUTES, fr)).toBe('9 h 30–12 h 30');
    expect(timesLabel([{ start: MORNING[0], end: MORNING[1] }, { start: AFTERNOON[0], end: AFTERNOON[1] }], fr)).toBe('10 heures–13 heures et 15 heures–18 heures');
  });

  it('dates and ranges: "20 mars 2015", "1er-5 juin 2015" (CAC/COSP/IRG/2015/1, French; en dash as in 2018 documents)', () => {
    expect(dateLabel('2017-07-19', fr)).toBe('19 juillet 2017');
    expect(dateRangeLabel(MONDAY, FRIDAY, fr)).toBe('9–13 octobre 2017');
    expect(dateRangeLabel('2015-06-01', '2015-06-05', fr)).toBe('1er–5 juin 2015');
    expect(dateRangeLabel('2017-09-30', '2017-10-04', fr)).toBe('30 septembre–4 octobre 2017');
  });

  it('annex labels (unconfirmed: formed by analogy; "Projet d\'organisation des travaux" seen as a document title)', () => {
    expect(label('doc:annex.title', fr)).toBe("Projet d'organisation des travaux");
    expect([label('doc:annex.dateAndTime', fr), label('doc:annex.item', fr), label('doc:annex.titleOrDescription', fr)]).toEqual(['Date et heure', 'Point', 'Titre ou description']);
    expect(label('doc:annex.continued', fr)).toBe(' (suite)');
    expect(label('doc:annex.joint', fr)).toBe(' (point commun)');
  });

  it('masthead in French: "Distr. générale … Français / Original : anglais" (IDB.49/1/Add.1), a no-break space before the colon', () => {
    expect(mastheadLines(session, fr)).toEqual(['Distr. générale', '19 juillet 2017', 'Français', 'Original\u00a0: anglais']);
  });
});

describe('Spanish', () => {
  const es: DocLang = 'es';
  it('days: "Lunes 19 de septiembre de 2016" (Manual del delegado, 71st session)', () => {
    expect(dayLabel(MONDAY, es)).toBe('Lunes 9 de octubre');
    expect(dayLabel(FRIDAY, es)).toBe('Viernes 13 de octubre');
    expect(dayLabel(MONDAY, es, { showYear: true })).toBe('Lunes 9 de octubre de 2017');
    expect(dayLabel(FRIDAY, es, { showYear: true })).toBe('Viernes 13 de octubre de 2017');
  });

  it('meetings: "a las 10.00 horas" (HSP/GC/19/1/Add.1); "a" between the times is unconfirmed', () => {
    expect(timeLabel(...MORNING, es)).toBe('10.00 a 13.00 horas');
    expect(timeLabel(...AFTERNOON, es)).toBe('15.00 a 18.00 horas');
    expect(timeLabel(...WITH_MINUTES, es)).toBe('9.30 a 12.30 horas');
    expect(timesLabel([{ start: MORNING[0], end: MORNING[1] }, { start: AFTERNOON[0], end: AFTERNOON[1] }], es)).toBe('10.00 a 13.00 horas y 15.00 a 18.00 horas');
  });

  it('dates and ranges: "20 de septiembre de 2012", "Viena, 15 a 19 de octubre de 2012" (CTOC/COP/2012/14)', () => {
    expect(dateLabel('2017-07-19', es)).toBe('19 de julio de 2017');
    expect(dateRangeLabel(MONDAY, FRIDAY, es)).toBe('9 a 13 de octubre de 2017');
    expect(dateRangeLabel('2017-12-30', '2018-01-02', es)).toBe('30 de diciembre de 2017 a 2 de enero de 2018');
  });

  it('annex labels: "(continuación)" (FCCC/CP/1996/15/Add.1); title, headers and joint mark unconfirmed', () => {
    expect(label('doc:annex.title', es)).toBe('Propuesta de organización de los trabajos');
    expect([label('doc:annex.dateAndTime', es), label('doc:annex.item', es), label('doc:annex.titleOrDescription', es)]).toEqual(['Fecha y hora', 'Tema', 'Título o descripción']);
    expect(label('doc:annex.continued', es)).toBe(' (continuación)');
    expect(label('doc:annex.joint', es)).toBe(' (tema conjunto)');
  });

  it('masthead in Spanish: "Distr. general / … / Español / Original: inglés" (CTOC/COP/2012/14)', () => {
    expect(mastheadLines(session, es)).toEqual(['Distr. general', '19 de julio de 2017', 'Español', 'Original: inglés']);
  });
});

describe('Russian', () => {
  const ru: DocLang = 'ru';
  it('days: unconfirmed "Понедельник, 9 октября"; "года" after the year as in "15–19 октября 2018 года" (CTOC/COP/2018/13)', () => {
    expect(dayLabel(MONDAY, ru)).toBe('Понедельник, 9 октября');
    expect(dayLabel(FRIDAY, ru)).toBe('Пятница, 13 октября');
    expect(dayLabel(MONDAY, ru, { showYear: true })).toBe('Понедельник, 9 октября 2017 года');
    expect(dayLabel(FRIDAY, ru, { showYear: true })).toBe('Пятница, 13 октября 2017 года');
  });

  it('meetings: unconfirmed "10 ч. 00 м. – 13 ч. 00 м." (no UN Russian time was found by the search)', () => {
    expect(timeLabel(...MORNING, ru)).toBe('10 ч. 00 м. – 13 ч. 00 м.');
    expect(timeLabel(...AFTERNOON, ru)).toBe('15 ч. 00 м. – 18 ч. 00 м.');
    expect(timeLabel(...WITH_MINUTES, ru)).toBe('9 ч. 30 м. – 12 ч. 30 м.');
  });

  it('dates and ranges: "Вена, 1-5 июня 2015 года" (CAC/COSP/IRG/2015/1), "15–19 октября 2018 года" (CTOC/COP/2018/13)', () => {
    expect(dateLabel('2017-07-19', ru)).toBe('19 июля 2017 года');
    expect(dateRangeLabel(MONDAY, FRIDAY, ru)).toBe('9–13 октября 2017 года');
  });

  it('annex labels (unconfirmed: formed by analogy)', () => {
    expect(label('doc:annex.title', ru)).toBe('Предлагаемая организация работы');
    expect([label('doc:annex.dateAndTime', ru), label('doc:annex.item', ru), label('doc:annex.titleOrDescription', ru)]).toEqual(['Дата и время', 'Пункт', 'Название или описание']);
    expect(label('doc:annex.continued', ru)).toBe(' (продолжение)');
    expect(label('doc:annex.joint', ru)).toBe(' (совместный пункт)');
  });

  it('masthead stays in English: "Distr.: General / 1 November 2018 / Russian / Original: English" (CTOC/COP/2018/13)', () => {
    expect(mastheadLines(session, ru)).toEqual(['Distr.: General', '19 July 2017', 'Russian', 'Original: English']);
  });
});

describe('Arabic', () => {
  const ar: DocLang = 'ar';
  it('days: "الاثنين 20 تشرين الثاني/نوفمبر 2017" (ESCWA press release): double month names, Western digits, no comma', () => {
    expect(dayLabel(MONDAY, ar)).toBe('الاثنين 9 تشرين الأول/أكتوبر');
    expect(dayLabel(FRIDAY, ar)).toBe('الجمعة 13 تشرين الأول/أكتوبر');
    expect(dayLabel(MONDAY, ar, { showYear: true })).toBe('الاثنين 9 تشرين الأول/أكتوبر 2017');
    expect(dayLabel(FRIDAY, ar, { showYear: true })).toBe('الجمعة 13 تشرين الأول/أكتوبر 2017');
    // The UN writes "تموز/يوليه" (research.un.org/ar), not date-fns' "يوليو".
    expect(dateLabel('2017-07-19', ar)).toBe('19 تموز/يوليه 2017');
  });

  it('meetings: "الساعة 10:00" (ESCWA press release); the range with an en dash is unconfirmed', () => {
    expect(timeLabel(...MORNING, ar)).toBe('10:00–13:00');
    expect(timeLabel(...AFTERNOON, ar)).toBe('15:00–18:00');
    expect(timeLabel(...WITH_MINUTES, ar)).toBe('9:30–12:30');
    expect(timesLabel([{ start: MORNING[0], end: MORNING[1] }, { start: AFTERNOON[0], end: AFTERNOON[1] }], ar)).toBe('10:00–13:00 و15:00–18:00');
  });

  it('date ranges: "19-23 آب/أغسطس 2013" (E/CONF.103/2; en dash as in 2018 documents)', () => {
    expect(dateRangeLabel(MONDAY, FRIDAY, ar)).toBe('9–13 تشرين الأول/أكتوبر 2017');
  });

  it('annex labels (unconfirmed: formed by analogy)', () => {
    expect(label('doc:annex.title', ar)).toBe('تنظيم الأعمال المقترح');
    expect([label('doc:annex.dateAndTime', ar), label('doc:annex.item', ar), label('doc:annex.titleOrDescription', ar)]).toEqual(['التاريخ والوقت', 'البند', 'العنوان أو الوصف']);
    expect(label('doc:annex.continued', ar)).toBe(' (تابع)');
    expect(label('doc:annex.joint', ar)).toBe(' (بند مشترك)');
  });

  it('masthead in English (unconfirmed: as the Chinese and Russian versions)', () => {
    expect(mastheadLines(session, ar)).toEqual(['Distr.: General', '19 July 2017', 'Arabic', 'Original: English']);
  });
});

describe('the original and the English and Chinese versions', () => {
  it('an original names no language of its own; a Chinese version keeps the English block of the 2017 document', () => {
    expect(mastheadLines(session, 'en')).toEqual(['Distr.: General', '19 July 2017', 'Original: English']);
    expect(mastheadLines(session, 'zh')).toEqual(['Distr.: General', '19 July 2017', 'Chinese', 'Original: English']);
    // A French original, read in Spanish.
    expect(mastheadLines({ ...session, originalLanguage: 'fr' as never }, 'es')).toEqual(['Distr. general', '19 de julio de 2017', 'Español', 'Original: francés']);
  });
});
