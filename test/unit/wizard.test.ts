// Runs in Node (tests). The new-session wizard's proposals: the next meeting of a series in both
// languages, the skeleton agenda, slot templates, and a past session carried to a new week.
import { describe, expect, it } from 'vitest';
import { weekdayOf } from '../../shared/model/calendar.ts';
import { parseSession, serializeSession } from '../../shared/model/index.ts';
import {
  chineseNumeral,
  englishOrdinal,
  HYBRID_SLOTS,
  newSession,
  ordinalIn,
  proposeNextMeeting,
  sessionFromPast,
  skeletonAgenda,
  SLOT_TEMPLATES,
  STANDARD_SLOTS,
  translateMeeting,
} from '../../shared/schedule/index.ts';
import { expectOk, fixtureSession } from './fixtures.ts';

// Written out, not generated: the test must not share the code's mistakes.
const ENGLISH = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth',
  'thirty-first',
];
const CHINESE = [
  '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
  '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十',
  '二十一', '二十二', '二十三', '二十四', '二十五', '二十六', '二十七', '二十八', '二十九', '三十',
  '三十一',
];

describe('ordinals', () => {
  it('writes and reads English and Chinese ordinals from 1 to 31', () => {
    for (let n = 1; n <= 31; n++) {
      expect([englishOrdinal(n), chineseNumeral(n)]).toEqual([ENGLISH[n - 1], CHINESE[n - 1]]);
      expect([ordinalIn(`${ENGLISH[n - 1]} meeting`, 'en'), ordinalIn(`第${CHINESE[n - 1]}次会议`, 'zh')]).toEqual([n, n]);
    }
    expect([englishOrdinal(45), chineseNumeral(45), englishOrdinal(99), chineseNumeral(99)]).toEqual(['forty-fifth', '四十五', 'ninety-ninth', '九十九']);
  });

  it('finds no ordinal where there is none', () => {
    expect([ordinalIn('Working Group', 'en'), ordinalIn('工作组会议', 'zh'), ordinalIn('the first of its kind in 2017', 'zh')]).toEqual([null, null, null]);
  });
});

describe('proposeNextMeeting', () => {
  it('proposes the ninth meeting after the eighth, in both languages', () => {
    expect(proposeNextMeeting({ en: 'eighth meeting', zh: '第八次会议' })).toEqual({ en: 'ninth meeting', zh: '第九次会议' });
  });

  it('proposes meeting n + 1 in both languages from either language alone, for every n from 1 to 30', () => {
    for (let n = 1; n <= 30; n++) {
      const next = { en: `${ENGLISH[n]} meeting`, zh: `第${CHINESE[n]}次会议` };
      expect(proposeNextMeeting({ en: `${ENGLISH[n - 1]} meeting` })).toEqual(next);
      expect(proposeNextMeeting({ zh: `第${CHINESE[n - 1]}次会议` })).toEqual(next);
    }
  });

  it('keeps the wording and style of each language: capitals, figures, sessions', () => {
    expect(proposeNextMeeting({ en: 'Eighth meeting', zh: '第8次会议' })).toEqual({ en: 'Ninth meeting', zh: '第9次会议' });
    expect(proposeNextMeeting({ en: '21st meeting' })).toEqual({ en: '22nd meeting', zh: '第二十二次会议' });
    expect(proposeNextMeeting({ en: 'eleventh session', zh: '第十一届会议' })).toEqual({ en: 'twelfth session', zh: '第十二届会议' });
  });

  it('proposes nothing when no language names an ordinal', () => {
    expect(proposeNextMeeting({ en: 'resumed meeting', zh: '续会' })).toBeNull();
    expect(proposeNextMeeting({})).toBeNull();
  });

  it('names a meeting in the other language by its ordinal', () => {
    expect([translateMeeting('Tenth meeting', 'en', 'zh'), translateMeeting('第十次会议', 'zh', 'en'), translateMeeting('续会', 'zh', 'en')]).toEqual([
      '第十次会议',
      'tenth meeting',
      null,
    ]);
  });
});

describe('skeletonAgenda', () => {
  it('gives the standard items in both languages, worded as the glossary', () => {
    expect(skeletonAgenda()).toEqual([
      { number: '1', title: { en: 'Organizational matters', zh: '组织事项' } },
      { number: '1(a)', title: { en: 'Opening of the meeting', zh: '会议开幕' } },
      { number: '1(b)', title: { en: 'Adoption of the agenda and organization of work', zh: '通过议程和工作安排' } },
      { number: '2', title: { en: 'Other matters', zh: '其他事项' } },
      { number: '3', title: { en: 'Adoption of the report', zh: '通过报告' } },
    ]);
  });

  it('gives one language when asked', () => {
    expect(skeletonAgenda(['en']).map((item) => item.title)).toEqual([
      { en: 'Organizational matters' },
      { en: 'Opening of the meeting' },
      { en: 'Adoption of the agenda and organization of work' },
      { en: 'Other matters' },
      { en: 'Adoption of the report' },
    ]);
  });
});

describe('slot templates', () => {
  it('holds two three-hour meetings in person and two two-hour meetings when hybrid', () => {
    expect(SLOT_TEMPLATES).toEqual({
      'in-person': [
        { start: '10:00', end: '13:00' },
        { start: '15:00', end: '18:00' },
      ],
      hybrid: [
        { start: '12:00', end: '14:00' },
        { start: '16:00', end: '18:00' },
      ],
    });
  });

  it('gives a new session the template\'s slots', () => {
    const hybrid = newSession({ id: 'h', bodies: 1, from: '2020-07-07', to: '2020-07-08', slots: HYBRID_SLOTS });
    expect(hybrid.days.map((day) => day.slots.map((slot) => `${slot.start}-${slot.end}`))).toEqual([
      ['12:00-14:00', '16:00-18:00'],
      ['12:00-14:00', '16:00-18:00'],
    ]);
    expect(newSession({ id: 'p', bodies: 1, from: '2020-07-07', to: '2020-07-07' }).days[0]!.slots.map(({ start, end }) => ({ start, end }))).toEqual(STANDARD_SLOTS);
  });
});

describe('sessionFromPast', () => {
  const past = fixtureSession();
  const next = sessionFromPast(past, { from: '2018-05-14', id: 'new-id' });

  it('moves every day to the new week, each keeping its weekday', () => {
    expect(next.days.map((day) => day.date)).toEqual(['2018-05-14', '2018-05-15', '2018-05-16', '2018-05-17', '2018-05-18']);
    expect(next.days.map((day) => weekdayOf(day.date))).toEqual(past.days.map((day) => weekdayOf(day.date)));
    expect(next.bodies.map((body) => [body.from, body.to])).toEqual([
      ['2018-05-14', '2018-05-18'],
      ['2018-05-16', '2018-05-18'],
    ]);
  });

  it('takes the week of any day given: a Wednesday in it gives the same dates as its Monday', () => {
    expect(sessionFromPast(past, { from: '2018-05-16', id: 'x' }).days.map((day) => day.date)).toEqual(next.days.map((day) => day.date));
  });

  it('advances each body\'s meeting in both languages and the year of its symbol', () => {
    expect(next.bodies.map((body) => [body.meeting, body.symbol])).toEqual([
      [{ en: 'ninth meeting', zh: '第九次会议' }, 'CTOC/COP/WG.3/2018/1'],
      [{ en: 'eleventh meeting', zh: '第十一次会议' }, 'CTOC/COP/WG.2/2018/1'],
    ]);
  });

  it('keeps ids, items and placements, drops the past meeting\'s documents, and takes the new id', () => {
    expect(next.id).toBe('new-id');
    expect(next.items.map((item) => item.id)).toEqual(past.items.map((item) => item.id));
    expect(next.items.map(({ documents: _, ...item }) => item)).toEqual(past.items.map(({ documents: _, ...item }) => item));
    expect(next.items.some((item) => item.documents)).toBe(false);
    expect(next.days.map((day) => day.slots)).toEqual(past.days.map((day) => day.slots));
    expect(next.bodies.map((body) => [body.id, body.name])).toEqual(past.bodies.map((body) => [body.id, body.name]));
  });

  it('gives a session that saves and loads, and leaves the past session as it was', () => {
    expect(expectOk(parseSession(serializeSession(next))).session).toEqual(next);
    expect(past).toEqual(fixtureSession());
  });

  it('refuses a date that is not one', () => {
    expect(() => sessionFromPast(past, { from: '2018-02-30', id: 'x' })).toThrow('"2018-02-30" is not a calendar date (YYYY-MM-DD)');
  });
});

describe('the standard agenda skeleton in other languages', () => {
  it('takes the glossary titles confirmed in a language and leaves the others out', () => {
    const [organizational, opening, adoption] = skeletonAgenda(['fr', 'es', 'ar']);
    expect(organizational!.title).toEqual({ fr: 'Questions d’organisation', es: 'Cuestiones de organización' });
    expect(adoption!.title.es).toBe('Aprobación del programa y organización de los trabajos');
    expect(opening!.title.ar).toBeDefined();
    expect(skeletonAgenda()[0]!.title).toEqual({ en: 'Organizational matters', zh: '组织事项' });
  });
});
