// Runs everywhere (shared). Day and time labels exactly as UN documents write them
// (DESIGN.md §3): "Monday, 9 October" / "10月9日，星期一"; "10 a.m.–1 p.m." / "上午10时至下午1时".
// The other four document languages are written as their UN versions do, where the search
// for real documents found the form; locales/<lang>/doc.sources.json and README "Document
// languages" say which forms are confirmed and which are unconfirmed.
import { format, type Locale } from 'date-fns';
import { ar, enGB, es, fr, ru, zhCN } from 'date-fns/locale';
import { label, type DocLang } from '../i18n.ts';
import { dateOf, minutesOf } from '../model/calendar.ts';

export interface DayLabelOptions {
  showYear?: boolean;
}

/**
 * UN Arabic names each month twice, the Levantine name and the name from the Western calendar:
 * "آب/أغسطس" (E/CONF.103/2, "نيويورك، 19-23 آب/أغسطس 2013"), "تموز/يوليه" (research.un.org/ar,
 * "تموز/يوليه"), "تشرين الأول/أكتوبر … تشرين الثاني/نوفمبر" (CEDAW concluding observations,
 * 74th session), "حزيران/يونيه" (UN budget text), "أيار/مايو" (news.un.org/ar, 2005). The UN writes يونيه and يوليه where date-fns'
 * `ar` locale has the single names "يونيو", "يوليو": this table overrides its month names.
 */
const UN_ARABIC_MONTHS = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
] as const;

/** date-fns' Arabic weekday names ("الاثنين") and Western digits, with the UN's double month names. */
const unArabic: Locale = { ...ar, localize: { ...ar.localize, month: (month: number) => UN_ARABIC_MONTHS[month]! } };

/**
 * date-fns' French names ("lundi", "octobre"); the first of a month is "1er" as UN French writes it
 * (CAC/COSP/IRG/2015/1, "Vienne, 1er-5 juin 2015"), every other day a plain number (date-fns'
 * `do` would write "2e"). French patterns use `do` for the day of the month.
 */
const unFrench: Locale = { ...fr, localize: { ...fr.localize, ordinalNumber: (n: unknown) => (Number(n) === 1 ? '1er' : String(n)) } };

/** The date-fns locale of each document language (month and weekday names). */
export const DATE_LOCALE: Record<DocLang, Locale> = { ar: unArabic, en: enGB, es, fr: unFrench, ru, zh: zhCN };

interface DayPattern {
  plain: string;
  withYear: string;
  /** The weekday starts the table cell: "Lundi", "Lunes", "Понедельник" (date-fns writes them in lower case). */
  capitalize?: boolean;
}

const DAY_PATTERN: Record<DocLang, DayPattern> = {
  en: { plain: 'EEEE, d MMMM', withYear: 'EEEE, d MMMM yyyy' },
  zh: { plain: 'M月d日，EEEE', withYear: 'yyyy年M月d日，EEEE' },
  // "Mardi 17 septembre 2019", "Lundi 23 septembre 2019": a weekday that starts a line is capitalized,
  // no comma (Guide à l'usage des délégations, 74th session of the General Assembly).
  fr: { plain: 'EEEE do MMMM', withYear: 'EEEE do MMMM yyyy', capitalize: true },
  // "Martes 13 de septiembre de 2016", "Lunes 19 de septiembre de 2016" (Manual del delegado, 71st session).
  es: { plain: "EEEE d 'de' MMMM", withYear: "EEEE d 'de' MMMM 'de' yyyy", capitalize: true },
  // "в пятницу, 22 марта 2002 года" (CERD/C/SR.1523, Russian): a comma after the weekday, "года" after
  // the year (also "15–19 октября 2018 года", CTOC/COP/2018/13); as a capitalized cell heading unconfirmed.
  ru: { plain: 'EEEE, d MMMM', withYear: "EEEE, d MMMM yyyy 'года'", capitalize: true },
  // "الاثنين 20 تشرين الثاني/نوفمبر 2017": the weekday, then the date, no comma (ESCWA press release,
  // 2017); in an annex cell unconfirmed.
  ar: { plain: 'EEEE d MMMM', withYear: 'EEEE d MMMM yyyy' },
};

/** "lundi 9 octobre" → "Lundi 9 octobre": the first letter only, in the language's own case rules. */
const capitalizedIn = (text: string, lang: DocLang) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

// Every derivation and every grid render labels the same few days again; date-fns formatting
// is not free. Bounded: cleared when it grows past any real session's size.
const dayLabels = new Map<string, string>();

export function dayLabel(date: string, lang: DocLang, options: DayLabelOptions = {}): string {
  const variant = options.showYear ? 'withYear' : 'plain';
  const key = `${lang}${variant}${date}`;
  let text = dayLabels.get(key);
  if (text === undefined) {
    if (dayLabels.size > 10_000) dayLabels.clear();
    const pattern = DAY_PATTERN[lang];
    text = format(dateOf(date), pattern[variant], { locale: DATE_LOCALE[lang] });
    if (pattern.capitalize) text = capitalizedIn(text, lang);
    dayLabels.set(key, text);
  }
  return text;
}

/** One end of a time range: the clock reading and the part of the day it falls in. */
interface Clock {
  text: string;
  /** null for "12 noon" and "12 midnight", which carry their own period in English. */
  period: string | null;
}

const NOON = 12 * 60;
const DAY = 24 * 60;

/** The clock reading from the language's patterns: doc:time.hour ("10", "10时", "10 heures") or doc:time.hourMinute. */
function clockText(hour: number, minute: number, lang: DocLang): string {
  return label(minute ? 'doc:time.hourMinute' : 'doc:time.hour', lang, { h: hour, m: minute, mm: String(minute).padStart(2, '0') });
}

function englishClock(minutes: number): Clock {
  if (minutes === NOON) return { text: label('doc:time.noon', 'en'), period: null };
  if (minutes === 0) return { text: label('doc:time.midnight', 'en'), period: null };
  const hour = Math.floor(minutes / 60);
  // UN style: 9.30 a.m., a full stop between hours and minutes (doc:time.hourMinute).
  return { text: clockText(hour % 12 || 12, minutes % 60, 'en'), period: label(hour < 12 ? 'doc:time.am' : 'doc:time.pm', 'en') };
}

function chineseClock(minutes: number): Clock {
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  if (minutes === 0) return { text: clockText(12, 0, 'zh'), period: label('doc:time.midnight', 'zh') };
  // 下午 runs to 6 p.m. inclusive ("下午3时至6时"); 晚上 from 7 p.m.
  const periodKey = hour < 12 ? 'am' : hour === 12 ? 'noon' : hour <= 18 ? 'pm' : 'evening';
  return { text: clockText(hour > 12 ? hour - 12 : hour, minute, 'zh'), period: label(`doc:time.${periodKey}`, 'zh') };
}

function englishRange(start: Clock, end: Clock): string {
  const full = (c: Clock) => (c.period ? `${c.text} ${c.period}` : c.text);
  // "3–6 p.m.": the period is said once when both ends share it.
  const startText = start.period && start.period === end.period ? start.text : full(start);
  return label('doc:time.range', 'en', { start: startText, end: full(end) });
}

function chineseRange(start: Clock, end: Clock): string {
  // "下午3时至6时": the period is said once when both ends share it.
  const endText = start.period === end.period ? end.text : `${end.period}${end.text}`;
  return label('doc:time.range', 'zh', { start: `${start.period}${start.text}`, end: endText });
}

/**
 * French, Spanish, Russian and Arabic UN documents write a 24-hour clock: "10 heures",
 * "10.00 horas", "15 час. 00 мин.", "10:00" (doc:time.hour, doc:time.range and their sources).
 * A word both ends share is said once, after the range (doc:time.rangeEnd: Spanish "10.00 a 13.00
 * horas"), so that doc:time.range stays the bare separator the HTML export wraps after.
 * A range that ends at midnight ends at 24.
 */
function twentyFourHourRange(from: number, to: number, lang: DocLang): string {
  const clock = (minutes: number) => clockText(Math.floor(minutes / 60), minutes % 60, lang);
  const end = label('doc:time.rangeEnd', lang, { time: clock(to === 0 && from > 0 ? DAY : to) });
  return label('doc:time.range', lang, { start: clock(from), end });
}

const RANGE: Record<DocLang, (from: number, to: number) => string> = {
  en: (from, to) => englishRange(englishClock(from), englishClock(to)),
  zh: (from, to) => chineseRange(chineseClock(from), chineseClock(to)),
  ar: (from, to) => twentyFourHourRange(from, to, 'ar'),
  es: (from, to) => twentyFourHourRange(from, to, 'es'),
  fr: (from, to) => twentyFourHourRange(from, to, 'fr'),
  ru: (from, to) => twentyFourHourRange(from, to, 'ru'),
};

// A session has a handful of distinct slot times but labels them on every derivation, and
// each label costs several i18next lookups: remember them (a bounded set: 1440² at worst).
const timeLabels = new Map<string, string>();

export function timeLabel(start: string, end: string, lang: DocLang): string {
  const key = `${lang}${start}${end}`;
  let text = timeLabels.get(key);
  if (text === undefined) {
    text = RANGE[lang](minutesOf(start), minutesOf(end));
    timeLabels.set(key, text);
  }
  return text;
}

/** The locale whose list words join a day's meetings: "and", "和", "et", "y", "и", "و". */
const LIST_LOCALE: Record<DocLang, string> = { ar: 'ar', en: 'en-GB', es: 'es', fr: 'fr', ru: 'ru', zh: 'zh-CN' };
const listFormats = new Map<DocLang, Intl.ListFormat>();

/** A day's meeting times as one phrase: "10 a.m.–1 p.m. and 3–6 p.m." / "上午10时至下午1时和下午3时至6时". */
export function timesLabel(times: readonly { start: string; end: string }[], lang: DocLang): string {
  let list = listFormats.get(lang);
  if (!list) listFormats.set(lang, (list = new Intl.ListFormat(LIST_LOCALE[lang], { type: 'conjunction' })));
  return list.format(times.map((t) => timeLabel(t.start, t.end, lang)));
}
