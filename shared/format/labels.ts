// Runs everywhere (shared). Day and time labels exactly as UN documents write them
// (DESIGN.md §3): "Monday, 9 October" / "10月9日，星期一"; "10 a.m.–1 p.m." / "上午10时至下午1时".
import { format } from 'date-fns';
import { ar, enGB, es, fr, ru, zhCN } from 'date-fns/locale';
import { label, type DocLang } from '../i18n.ts';
import { dateOf, minutesOf } from '../model/calendar.ts';

export interface DayLabelOptions {
  showYear?: boolean;
}

const DAY_PATTERN: Record<DocLang, { plain: string; withYear: string }> = {
  ar: { plain: 'EEEE، d MMMM', withYear: 'EEEE، d MMMM yyyy' },
  en: { plain: 'EEEE, d MMMM', withYear: 'EEEE, d MMMM yyyy' },
  es: { plain: "EEEE d 'de' MMMM", withYear: "EEEE d 'de' MMMM 'de' yyyy" },
  fr: { plain: 'EEEE d MMMM', withYear: 'EEEE d MMMM yyyy' },
  ru: { plain: 'EEEE, d MMMM', withYear: "EEEE, d MMMM yyyy 'года'" },
  zh: { plain: 'M月d日，EEEE', withYear: 'yyyy年M月d日，EEEE' },
};
/** The date-fns locale of each document language (month and weekday names). */
export const DATE_LOCALE = { ar, en: enGB, es, fr, ru, zh: zhCN } as const;

// Every derivation and every grid render labels the same few days again; date-fns formatting
// is not free. Bounded: cleared when it grows past any real session's size.
const dayLabels = new Map<string, string>();

export function dayLabel(date: string, lang: DocLang, options: DayLabelOptions = {}): string {
  const variant = options.showYear ? 'withYear' : 'plain';
  const key = `${lang}${variant}${date}`;
  let text = dayLabels.get(key);
  if (text === undefined) {
    if (dayLabels.size > 10_000) dayLabels.clear();
    text = format(dateOf(date), DAY_PATTERN[lang][variant], { locale: DATE_LOCALE[lang] });
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

function englishClock(minutes: number): Clock {
  if (minutes === NOON) return { text: label('doc:time.noon', 'en'), period: null };
  if (minutes === 0) return { text: label('doc:time.midnight', 'en'), period: null };
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const hour12 = hour % 12 || 12;
  // UN style: 9.30 a.m., a full stop between hours and minutes.
  const text = minute ? `${hour12}.${String(minute).padStart(2, '0')}` : String(hour12);
  return { text, period: label(hour < 12 ? 'doc:time.am' : 'doc:time.pm', 'en') };
}

function chineseClock(minutes: number): Clock {
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  if (minutes === 0) return { text: '12时', period: label('doc:time.midnight', 'zh') };
  // 下午 runs to 6 p.m. inclusive ("下午3时至6时"); 晚上 from 7 p.m.
  const periodKey = hour < 12 ? 'am' : hour === 12 ? 'noon' : hour <= 18 ? 'pm' : 'evening';
  const hour12 = hour > 12 ? hour - 12 : hour;
  const text = `${hour12}时${minute ? `${minute}分` : ''}`;
  return { text, period: label(`doc:time.${periodKey}`, 'zh') };
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

// A session has a handful of distinct slot times but labels them on every derivation, and
// each label costs several i18next lookups: remember them (a bounded set: 1440² at worst).
const timeLabels = new Map<string, string>();

export function timeLabel(start: string, end: string, lang: DocLang): string {
  const key = `${lang}${start}${end}`;
  let text = timeLabels.get(key);
  if (text === undefined) {
    const [from, to] = [minutesOf(start), minutesOf(end)];
    text = lang === 'zh' ? chineseRange(chineseClock(from), chineseClock(to)) : englishRange(englishClock(from), englishClock(to));
    timeLabels.set(key, text);
  }
  return text;
}

/** A day's meeting times as one phrase: "10 a.m.–1 p.m. and 3–6 p.m." / "上午10时至下午1时和下午3时至6时". */
export function timesLabel(times: readonly { start: string; end: string }[], lang: DocLang): string {
  return new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { type: 'conjunction' }).format(times.map((t) => timeLabel(t.start, t.end, lang)));
}
