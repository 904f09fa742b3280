// Runs everywhere (shared). How problem messages name what they are about, in every language:
// "item 5 of the Working Group on International Cooperation" / "国际合作工作组议程项目5",
// days and meeting times as the annex writes them. Names are built only for problems found,
// never for every item, so a clean session costs nothing here.
import { LANGS, type Lang, type Message } from '../i18n.ts';
import { dayLabel, timeLabel } from '../format/labels.ts';
import { textIn } from '../format/text.ts';
import { annexOptions, type Item, type Slot } from '../model/types.ts';
import type { Placement, SessionIndex } from './session-index.ts';
import { ruleMessage } from './templates.ts';

export function inEveryLang(text: (lang: Lang) => string): Message {
  return Object.fromEntries(LANGS.map((lang) => [lang, text(lang)])) as Message;
}

/** A body's name; English templates put "the" before it, as UN documents do. */
export function bodyName(index: SessionIndex, bodyId: string): Message {
  const body = index.bodies.get(bodyId);
  return inEveryLang((lang) => textIn(body?.name, lang) || bodyId);
}

export function itemName(index: SessionIndex, item: Item): Message {
  return ruleMessage('name.item', { number: item.number, body: bodyName(index, item.body) });
}

// A day label goes through date-fns (some 40 µs in each language) and checkSession runs on
// every edit, naming the same days each time: remember them. A session has a few dozen
// dates; the cap only keeps an app open for weeks from growing the map without end.
const dayNames = new Map<string, Message>();
const DAY_NAMES_KEPT = 5000;

/** "Monday, 9 October" / "10月9日，星期一", with the year when the annex shows it. */
export function dayName(index: SessionIndex, date: string): Message {
  const { showYear } = annexOptions(index.session);
  const key = `${showYear ? 'year' : ''}${date}`;
  let name = dayNames.get(key);
  if (!name) {
    if (dayNames.size >= DAY_NAMES_KEPT) dayNames.clear();
    name = inEveryLang((lang) => dayLabel(date, lang, { showYear }));
    dayNames.set(key, name);
  }
  return name;
}

export function timeName(slot: Pick<Slot, 'start' | 'end'>): Message {
  return inEveryLang((lang) => timeLabel(slot.start, slot.end, lang));
}

/** A meeting: "10 a.m.–1 p.m. on Monday, 9 October" / "10月9日，星期一，上午10时至下午1时". */
export function slotName(index: SessionIndex, dayIndex: number, slotIndex: number): Message {
  const day = index.session.days[dayIndex]!;
  return ruleMessage('name.slot', { day: dayName(index, day.date), time: timeName(day.slots[slotIndex]!) });
}

export function placementSlotName(index: SessionIndex, placement: Placement): Message {
  return slotName(index, placement.day, placement.slot);
}

// UN English leaves out the serial comma ("A, B and C"), as British English does.
const LIST_LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-Hans' };
const listFormats = new Map<Lang, Intl.ListFormat>();

/** "A, B and C" / "A、B和C". */
export function listOf(names: readonly Message[]): Message {
  return inEveryLang((lang) => {
    let format = listFormats.get(lang);
    if (!format) {
      format = new Intl.ListFormat(LIST_LOCALE[lang], { type: 'conjunction' });
      listFormats.set(lang, format);
    }
    return format.format(names.map((name) => name[lang]));
  });
}
