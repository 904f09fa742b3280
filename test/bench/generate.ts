// Runs in Node (benchmark and unit tests). Synthetic sessions shaped like the CTOC 2017 fixture
// but n times its size, so timings at 1x, 10x and 100x can be compared. Seeded, never
// Math.random: a figure that moves between two runs must be the code's doing, not the data's.
import { addDays } from 'date-fns';
import { dateOf, isoDate } from '../../shared/model/calendar.ts';
import { CURRENT_VERSION, SESSION_FORMAT, type Body, type Item, type LangText, type Row, type Session } from '../../shared/model/types.ts';

/** mulberry32: tiny, fast and good enough to vary test data; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// What 1x means, taken from the fixture: 5 meeting days of two standard meetings, 3 rows a
// day (15 in the fixture), and items appearing in about one row each.
const DAYS_PER_SCALE = 5;
/**
 * Rows per meeting of a day. Each split sums to 3 so the row count is exactly linear; some
 * days put everything in the morning and leave the afternoon empty or out, as 2017-10-10
 * and 2017-10-12 do in the fixture.
 */
const DAY_SPLITS: readonly number[][] = [[2, 1], [1, 2], [2, 1], [3, 0], [3]];
const START_DATE = '2030-01-07';

/**
 * Bodies double per tenfold scale (2 at 1x, 4 at 10x, 8 at 100x) instead of growing linearly:
 * the annex has one column pair per body, so every row costs one cell per body, and real
 * sessions never have more than a handful of bodies. With bodies nearly flat, days, rows
 * and items carry the growth and the cost of each operation should grow ~linearly in scale.
 */
export function bodiesAt(scale: number): number {
  return Math.max(2, Math.round(2 * 2 ** Math.log10(Math.max(1, scale))));
}

const BODY_NAMES: { name: LangText; symbol: string }[] = [
  { name: { en: 'Working Group on International Cooperation', zh: '国际合作工作组' }, symbol: 'CTOC/COP/WG.3' },
  { name: { en: 'Working Group of Government Experts on Technical Assistance', zh: '技术援助问题政府专家工作组' }, symbol: 'CTOC/COP/WG.2' },
  { name: { en: 'Working Group on Trafficking in Persons', zh: '贩运人口问题工作组' }, symbol: 'CTOC/COP/WG.4' },
  { name: { en: 'Working Group on the Smuggling of Migrants', zh: '偷运移民问题工作组' }, symbol: 'CTOC/COP/WG.7' },
  { name: { en: 'Working Group on Firearms', zh: '枪支问题工作组' }, symbol: 'CTOC/COP/WG.6' },
  { name: { en: 'Working Group on Asset Recovery', zh: '追回资产问题工作组' }, symbol: 'CAC/COSP/WG.2' },
  { name: { en: 'Implementation Review Group', zh: '实施情况审议组' }, symbol: 'CAC/COSP/IRG' },
  { name: { en: 'Working Group on the Prevention of Corruption', zh: '预防腐败问题工作组' }, symbol: 'CAC/COSP/WG.4' },
];

const TOPICS: LangText[] = [
  { en: 'International cooperation in criminal matters', zh: '刑事事项国际合作' },
  { en: 'Transfer of criminal proceedings', zh: '移交刑事诉讼' },
  { en: 'Mutual legal assistance', zh: '司法协助' },
  { en: 'Extradition', zh: '引渡' },
  { en: 'International cooperation for the purpose of confiscation', zh: '为没收事宜开展国际合作' },
  { en: 'Use of special investigative techniques', zh: '使用特殊侦查手段' },
  { en: 'Gathering and sharing of electronic evidence', zh: '电子证据的收集和共享' },
  { en: 'Protection of witnesses and victims', zh: '保护证人和被害人' },
  { en: 'Technical assistance and capacity-building', zh: '技术援助和能力建设' },
  { en: 'Mechanism for the review of the implementation of the Convention', zh: '公约实施情况审议机制' },
];

const ASPECTS: LangText[] = [
  { en: 'practical considerations, good practices and challenges', zh: '实际考虑因素、良好做法和挑战' },
  { en: 'the role of central authorities', zh: '中央机关的作用' },
  { en: 'bilateral consultations between central authorities', zh: '中央机关之间的双边协商' },
  { en: 'use of the Convention as a legal basis', zh: '将公约用作法律依据' },
  { en: 'the needs of States parties', zh: '缔约国的需要' },
  { en: 'coordination with other bodies', zh: '与其他机构的协调' },
];

/** Items every session has; several bodies often take them together (joint). */
const STANDING: LangText[] = [
  { en: 'Other matters', zh: '其他事项' },
  { en: 'Adoption of the report', zh: '通过报告' },
  { en: 'Implementation of the questionnaire on the Convention', zh: '关于公约的调查表的实施' },
];

type Rng = () => number;
const pick = <T>(rng: Rng, values: readonly T[]): T => values[Math.floor(rng() * values.length)]!;
const chance = (rng: Rng, p: number) => rng() < p;

/** A joint discussion is one unit; otherwise a unit is one item of one body. */
type Unit = Item[];

interface BodyState {
  body: Body;
  main: number;
  subs: string[];
  docs: number;
}

export function generateSession(scale: number, seed: number): Session {
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`scale must be a positive integer, got ${scale}`);
  const rng = mulberry32(seed);
  const dayCount = DAYS_PER_SCALE * scale;
  const dates = Array.from({ length: dayCount }, (_, i) => isoDate(addDays(dateOf(START_DATE), i)));
  const year = START_DATE.slice(0, 4);

  const bodies: Body[] = Array.from({ length: bodiesAt(scale) }, (_, i) => {
    const known = BODY_NAMES[i % BODY_NAMES.length]!;
    const round = Math.floor(i / BODY_NAMES.length);
    const suffix = round === 0 ? '' : ` ${round + 1}`;
    return {
      id: `b${i + 1}`,
      name: { en: known.name.en + suffix, zh: known.name.zh + suffix },
      meeting: { en: `meeting ${i + 1}`, zh: `第${i + 1}次会议` },
      symbol: `${known.symbol}/${year}/1`,
      from: dates[0]!,
      to: dates.at(-1)!,
    };
  });
  const states = bodies.map((body): BodyState => ({ body, main: 0, subs: [], docs: 1 }));
  const items: Item[] = [];

  const makeItem = (state: BodyState, number: string, title: LangText, extra: Partial<Item> = {}): Item => {
    const item: Item = { id: `${state.body.id}-${number.replace(/[()]/g, '')}`, body: state.body.id, number, title, ...extra };
    if (chance(rng, 0.25)) {
      state.docs += 1;
      item.documents = [
        {
          symbol: `${state.body.symbol!.replace(/\/1$/, '')}/${state.docs}`,
          title: {
            en: `Background paper prepared by the Secretariat on ${title.en!.toLowerCase()}`,
            zh: `秘书处编写的关于${title.zh!}的背景文件`,
          },
        },
      ];
    }
    if (chance(rng, 0.1)) {
      item.annotation = {
        en: `The working group may wish to consider ${title.en!.toLowerCase()} and to make recommendations.`,
        zh: `工作组不妨审议${title.zh!}并提出建议。`,
      };
    }
    items.push(item);
    return item;
  };

  // Long titles get a shortTitle, which the annex shows on continued appearances.
  const subjectTitle = (): { title: LangText; shortTitle?: LangText } => {
    const topic = pick(rng, TOPICS);
    const aspect = pick(rng, ASPECTS);
    if (!chance(rng, 0.5)) return { title: topic };
    return {
      title: { en: `${topic.en}: ${aspect.en}`, zh: `${topic.zh}：${aspect.zh}` },
      shortTitle: { en: capitalize(aspect.en!), zh: aspect.zh! },
    };
  };

  // The next item number of a body; now and then a new heading is split into sub-items,
  // its parent item (like "1" above "1(a)") never placed itself, as in the fixture.
  const nextNumber = (state: BodyState): string => {
    const sub = state.subs.shift();
    if (sub !== undefined) return sub;
    state.main += 1;
    if (!chance(rng, 0.15)) return String(state.main);
    makeItem(state, String(state.main), pick(rng, TOPICS));
    state.subs = ['a', 'b', 'c'].slice(0, 2 + Math.floor(rng() * 2)).map((letter) => `${state.main}(${letter})`);
    return state.subs.shift()!;
  };

  const newUnit = (): Unit => {
    if (chance(rng, 0.25)) {
      const size = states.length > 2 && chance(rng, 0.3) ? 3 : 2;
      const chosen = shuffled(rng, states).slice(0, size);
      const { title, shortTitle } = chance(rng, 0.4) ? { title: pick(rng, STANDING) } : subjectTitle();
      const joint = `joint-${items.length + 1}`;
      return chosen.map((state) => makeItem(state, nextNumber(state), title, shortTitle ? { shortTitle, joint } : { joint }));
    }
    const state = pick(rng, states);
    const { title, shortTitle } = subjectTitle();
    return [makeItem(state, nextNumber(state), title, shortTitle ? { shortTitle } : {})];
  };

  // Continuing discussions are carried to the next slot that has rows; each is its own
  // unit, so no item can land twice in one slot.
  let carried: { unit: Unit; left: number }[] = [];
  const rowOf = (unit: Unit): Row => Object.fromEntries(unit.map((item) => [item.body, item.id]));

  const days = dates.map((date) => {
    const split = pick(rng, DAY_SPLITS);
    const slots = split.map((count, s) => {
      const rows: Row[] = [];
      const next: typeof carried = [];
      for (const entry of carried) {
        if (rows.length === count) {
          next.push(entry);
          continue;
        }
        rows.push(rowOf(entry.unit));
        if (entry.left > 1) next.push({ unit: entry.unit, left: entry.left - 1 });
      }
      carried = next;
      while (rows.length < count) {
        const unit = newUnit();
        rows.push(rowOf(unit));
        // The last discussion of a meeting is the one likely to run over into the next.
        if (rows.length === count && chance(rng, 0.4)) carried.push({ unit, left: 1 + Math.floor(rng() * 2) });
      }
      return s === 0 ? { start: '10:00', end: '13:00', rows } : { start: '15:00', end: '18:00', rows };
    });
    return { date, slots };
  });

  return {
    format: SESSION_FORMAT,
    version: CURRENT_VERSION,
    id: `bench-${scale}x-${seed}`,
    title: { en: 'Provisional agenda and annotations', zh: '临时议程和说明' },
    venue: { en: 'Vienna', zh: '维也纳' },
    timeZone: 'Europe/Vienna',
    annex: { showYear: false, markJoint: true },
    bodies,
    items,
    days,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shuffled<T>(rng: Rng, values: readonly T[]): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The shape issue 5 asks checkSession to handle in under 5 ms. */
export const LARGE_SESSION_SHAPE = { bodies: 6, itemsPerBody: 40, days: 10, slotsPerDay: 3 } as const;
/** Two-hour meetings, as a hybrid session's remote interpretation allows. */
const HYBRID_SLOTS = [
  { start: '09:00', end: '11:00' },
  { start: '12:00', end: '14:00' },
  { start: '16:00', end: '18:00' },
] as const;
const LARGE_PARALLEL_LIMIT = 2;

/** Weekdays from START_DATE (a Monday) on: two working weeks for ten days. */
function weekdays(count: number): string[] {
  const dates: string[] = [];
  for (let offset = 0; dates.length < count; offset++) {
    const date = addDays(dateOf(START_DATE), offset);
    if (date.getDay() !== 0 && date.getDay() !== 6) dates.push(isoDate(date));
  }
  return dates;
}

/**
 * A finished plan of LARGE_SESSION_SHAPE: six bodies taking their agendas side by side in a
 * hybrid fortnight, two interpretation teams, some items joint between two bodies, "Other
 * matters" and the report taken by all six together at the end. Every item is placed in
 * agenda order and some discussions run over into the next meeting, so the rules have the
 * whole schedule to read and, as for a plan ready to go out, nothing to report.
 */
export function generateLargeSession(seed: number): Session {
  const rng = mulberry32(seed);
  const { bodies: bodyCount, itemsPerBody, days: dayCount, slotsPerDay } = LARGE_SESSION_SHAPE;
  const dates = weekdays(dayCount);
  const year = START_DATE.slice(0, 4);
  const bodies: Body[] = BODY_NAMES.slice(0, bodyCount).map((known, i) => ({
    id: `b${i + 1}`,
    name: known.name,
    meeting: { en: `meeting ${i + 1}`, zh: `第${i + 1}次会议` },
    symbol: `${known.symbol}/${year}/1`,
    from: dates[0]!,
    to: dates.at(-1)!,
  }));

  // Agenda positions shared by every body: 1 (a heading over 1(a) and 1(b)), subjects, then
  // other matters and the report; 3 + subjects + 2 = itemsPerBody.
  const subjects = itemsPerBody - 5;
  const closing = STANDING.slice(0, 2);
  const positions: { number: string; title: LangText; joint?: string; placed: boolean }[] = [
    { number: '1', title: { en: 'Organizational matters', zh: '组织事项' }, placed: false },
    { number: '1(a)', title: { en: 'Opening of the meeting', zh: '会议开幕' }, placed: true },
    { number: '1(b)', title: { en: 'Adoption of the agenda and organization of work', zh: '通过议程和工作安排' }, placed: true },
    ...Array.from({ length: subjects }, (_, k) => ({ number: String(k + 2), title: pick(rng, TOPICS), placed: true })),
    ...closing.map((title, k) => ({ number: String(subjects + 2 + k), title, joint: k === 0 ? 'other-matters' : 'report', placed: true })),
  ];

  const items: Item[] = [];
  const units: Item[][] = [];
  for (const position of positions) {
    // Now and then two neighbouring bodies take a subject together.
    const subject = position.placed && !position.joint && /^\d+$/.test(position.number);
    const pair = subject && chance(rng, 0.2) ? Math.floor(rng() * (bodyCount - 1)) : -1;
    const made = bodies.map((body, b) => {
      const joint = position.joint ?? (pair >= 0 && (b === pair || b === pair + 1) ? `joint-${position.number}` : undefined);
      const item: Item = { id: `${body.id}-${position.number.replace(/[()]/g, '')}`, body: body.id, number: position.number, title: position.title };
      if (joint) item.joint = joint;
      if (subject && chance(rng, 0.25)) {
        item.documents = [{ symbol: `${body.symbol!.replace(/\/1$/, '')}/${position.number}`, title: { en: `Background paper on ${position.title.en!.toLowerCase()}`, zh: `关于${position.title.zh!}的背景文件` } }];
      }
      items.push(item);
      return item;
    });
    if (!position.placed) continue;
    const byJoint = new Map<string, Item[]>();
    for (const item of made) {
      if (!item.joint) units.push([item]);
      else if (byJoint.has(item.joint)) byJoint.get(item.joint)!.push(item);
      else {
        const unit = [item];
        byJoint.set(item.joint, unit);
        units.push(unit);
      }
    }
  }

  // Rows of up to LARGE_PARALLEL_LIMIT discussions, never two items of one body.
  const rows: Row[] = [];
  let row: Row = {};
  let discussions = 0;
  for (const unit of units) {
    if (discussions === LARGE_PARALLEL_LIMIT || unit.some((item) => row[item.body] !== undefined)) {
      rows.push(row);
      [row, discussions] = [{}, 0];
    }
    for (const item of unit) row[item.body] = item.id;
    discussions += 1;
  }
  rows.push(row);

  const slotCount = dayCount * slotsPerDay;
  const slotRows = Array.from({ length: slotCount }, (_, s) => rows.slice(Math.floor((s * rows.length) / slotCount), Math.floor(((s + 1) * rows.length) / slotCount)));
  // A discussion that runs over opens the next meeting again (continued).
  for (let s = 0; s + 1 < slotCount; s++) if (chance(rng, 0.3)) slotRows[s + 1]!.unshift({ ...slotRows[s]!.at(-1)! });

  return {
    format: SESSION_FORMAT,
    version: CURRENT_VERSION,
    id: `bench-large-${seed}`,
    title: { en: 'Provisional agenda and annotations', zh: '临时议程和说明' },
    venue: { en: 'Vienna', zh: '维也纳' },
    timeZone: 'Europe/Vienna',
    meetingFormat: 'hybrid',
    parallelLimit: LARGE_PARALLEL_LIMIT,
    annex: { showYear: false, markJoint: true },
    bodies,
    items,
    days: dates.map((date, d) => ({
      date,
      slots: HYBRID_SLOTS.map((times, s) => ({ ...times, rows: slotRows[d * slotsPerDay + s]! })),
    })),
  };
}
