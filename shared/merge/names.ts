// Runs everywhere (shared). How change lists and merge conflicts name things, in both
// languages at once: "item 5 of Working Group on International Cooperation" /
// "国际合作工作组的项目 5", a meeting by its day and time labels as the annex writes them,
// and a field's old and new values.
import { dayLabel, textIn, timeLabel } from '../format/index.ts';
import { LANGS, label, message, type Lang, type Message } from '../i18n.ts';
import type { Item, Session, Slot } from '../model/types.ts';

/** The same text in every language (an item number, a symbol). */
export const verbatim = (text: string): Message => ({ en: text, zh: text });

function perLang(make: (lang: Lang) => string): Message {
  return Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Message;
}

export function bodyName(session: Session, bodyId: string): Message {
  const body = session.bodies.find((b) => b.id === bodyId);
  return body ? perLang((lang) => textIn(body.name, lang) || bodyId) : verbatim(bodyId);
}

export function itemName(session: Session, item: Pick<Item, 'body' | 'number'>): Message {
  return message('merge:name.item', { number: item.number, body: bodyName(session, item.body) });
}

export function dayName(date: string): Message {
  return perLang((lang) => dayLabel(date, lang));
}

export function timesName(slot: Pick<Slot, 'start' | 'end'>): Message {
  return perLang((lang) => timeLabel(slot.start, slot.end, lang));
}

/** "Monday, 9 October, 10 a.m.–1 p.m." / "10月9日，星期一上午10时至下午1时". */
export function slotName(date: string, slot: Pick<Slot, 'start' | 'end'>): Message {
  return message('merge:name.slot', { day: dayName(date), time: timesName(slot) });
}

export function listOf(parts: readonly Message[]): Message {
  return perLang((lang) => parts.map((part) => part[lang]).join(label('merge:name.separator', lang)));
}

const KNOWN_FIELDS = new Set([
  'id', 'title', 'venue', 'timeZone', 'issued', 'distribution', 'originalLanguage', 'languages', 'meetingFormat',
  'parallelLimit', 'displayTimeZones', 'annex', 'name', 'meeting', 'symbol', 'from', 'to', 'dates', 'body', 'number',
  'annexTitle', 'shortTitle', 'joint', 'annotation', 'documents', 'times', 'convener', 'conventions', 'seeAnnotationOf',
]);

/**
 * "the title (English) of item 5 of …" for a field key as shared/merge/fields.ts writes it:
 * `title.en` is one language of a text, `title` the whole field. Fields this version does not
 * know (from a newer file) go by their key.
 */
export function fieldWhat(key: string, of: Message): Message {
  const [field = key, lang] = key.split('.');
  const fieldText = KNOWN_FIELDS.has(field) ? message(`merge:field.${field}`) : verbatim(field);
  if (lang === undefined) return message('merge:what.field', { field: fieldText, of });
  const langText = (LANGS as readonly string[]).includes(lang) ? message(`merge:lang.${lang}`) : verbatim(lang);
  return message('merge:what.fieldLang', { field: fieldText, lang: langText, of });
}

/** A field's value as a change list shows it: quoted text, lists joined, "(none)" when absent. */
export function valueText(value: unknown): Message {
  if (value === undefined || value === null) return message('merge:name.none');
  if (typeof value === 'string') return message('merge:name.quoted', { text: value });
  if (typeof value === 'number' || typeof value === 'boolean') return verbatim(String(value));
  if (Array.isArray(value)) {
    // Documents are named by their symbols; other lists (languages, time zones) by their values.
    const parts = value.map((v) => (typeof v === 'object' && v !== null && 'symbol' in v ? String(v.symbol) : typeof v === 'string' ? v : JSON.stringify(v)));
    return parts.length === 0 ? message('merge:name.none') : verbatim(parts.join(', '));
  }
  return verbatim(JSON.stringify(value));
}

/** The item's title in each language, quoted; for lines such as "Added item 8 of …: “…”". */
export function itemTitle(item: Item): Message {
  return perLang((lang) => label('merge:name.quoted', lang, { text: textIn(item.title, lang) }));
}
