// Runs everywhere (shared). Calendar dates and date ranges as UN documents write them in a
// masthead or a meeting line: "19 July 2017" / "2017年7月19日"; "9–13 October 2017" /
// "2017年10月9日至13日". A range says the month and the year once when both ends share them.
// French "9–13 octobre 2017", Spanish "9 a 13 de octubre de 2017", Russian "9–13 октября 2017 года",
// Arabic "9–13 تشرين الأول/أكتوبر 2017" (sources beside each pattern).
import { format } from 'date-fns';
import { label, type DocLang } from '../i18n.ts';
import { dateOf, dayAfter } from '../model/calendar.ts';
import { DATE_LOCALE } from './labels.ts';

interface DatePatterns {
  full: string;
  withoutYear: string;
  dayOnly: string;
  /** The end of a range that leaves out what both share: English "9–13 October", Chinese "10月9日至13日". */
  shortened: 'start' | 'end';
}

const DATE_PATTERNS: Record<DocLang, DatePatterns> = {
  en: { full: 'd MMMM yyyy', withoutYear: 'd MMMM', dayOnly: 'd', shortened: 'start' },
  zh: { full: 'yyyy年M月d日', withoutYear: 'M月d日', dayOnly: 'd日', shortened: 'end' },
  // "20 mars 2015", "Vienne, 1er-5 juin 2015" (CAC/COSP/IRG/2015/1, French): `do` writes "1er" (labels.ts).
  fr: { full: 'do MMMM yyyy', withoutYear: 'do MMMM', dayOnly: 'do', shortened: 'start' },
  // "20 de septiembre de 2012", "Viena, 15 a 19 de octubre de 2012" (CTOC/COP/2012/14, Spanish).
  es: { full: "d 'de' MMMM 'de' yyyy", withoutYear: "d 'de' MMMM", dayOnly: 'd', shortened: 'start' },
  // "Вена, 1-5 июня 2015 года" (CAC/COSP/IRG/2015/1, Russian), "15–19 октября 2018 года" (CTOC/COP/2018/13).
  ru: { full: "d MMMM yyyy 'года'", withoutYear: 'd MMMM', dayOnly: 'd', shortened: 'start' },
  // "نيويورك، 19-23 آب/أغسطس 2013" (E/CONF.103/2, Arabic): day, double month name, year, Western digits.
  ar: { full: 'd MMMM yyyy', withoutYear: 'd MMMM', dayOnly: 'd', shortened: 'start' },
};

const formatted = (date: string, pattern: string, lang: DocLang) => format(dateOf(date), pattern, { locale: DATE_LOCALE[lang] });

/** "19 July 2017" / "2017年7月19日". */
export function dateLabel(date: string, lang: DocLang): string {
  return formatted(date, DATE_PATTERNS[lang].full, lang);
}

/**
 * "9–13 October 2017" / "2017年10月9日至13日"; one date when both ends are the same day. Two days
 * in a row are a pair where the language says so (doc:date.pair): French "12 et 13 décembre 2019"
 * (E/CN.7/2019/Add.1, French, Vienna); English and Chinese keep the range ("7–8 July 2020").
 */
export function dateRangeLabel(from: string, to: string, lang: DocLang): string {
  if (from === to) return dateLabel(from, lang);
  const key = dayAfter(from) === to ? 'doc:date.pair' : 'doc:date.range';
  const patterns = DATE_PATTERNS[lang];
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && from.slice(5, 7) === to.slice(5, 7);
  const shortPattern = sameMonth ? patterns.dayOnly : sameYear ? patterns.withoutYear : patterns.full;
  const start = formatted(from, patterns.shortened === 'start' ? shortPattern : patterns.full, lang);
  const end = formatted(to, patterns.shortened === 'end' ? shortPattern : patterns.full, lang);
  return label(key, lang, { start, end });
}
