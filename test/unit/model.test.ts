import { describe, expect, it } from 'vitest';
import { migrate, parseSession, serializeSession } from '../../shared/model/index.ts';
import { expectOk, fixtureJson, fixtureSession, fixtureText } from './fixtures.ts';

const parse = (value: unknown) => parseSession(typeof value === 'string' ? value : JSON.stringify(value));

function errorsOf(value: unknown) {
  const result = parse(value);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('parseSession', () => {
  it('loads the 2017 fixture', () => {
    const session = fixtureSession();
    expect(session.bodies.map((b) => b.id)).toEqual(['wg3', 'wg2']);
    expect(session.items).toHaveLength(16);
    expect(session.days[2]!.slots[0]!.rows[2]).toEqual({ wg3: 'wg3-5', wg2: 'wg2-2' });
  });

  it('accepts a byte order mark, as Windows editors write one', () => {
    expectOk(parse(`\uFEFF${fixtureText}`));
  });

  it('refuses text that is not JSON, saying so in both languages', () => {
    const [error] = errorsOf('{ "format": "orgwork-session", ');
    expect(error!.path).toBe('$');
    expect(error!.message.en).toMatch(/not valid JSON/);
    expect(error!.message.zh).toMatch(/不是有效的 JSON/);
  });

  it('refuses an empty file and a file that is not an object', () => {
    expect(errorsOf('')[0]!.message.en).toMatch(/empty/);
    expect(errorsOf('[1, 2]')[0]!.message.en).toMatch(/expected a JSON object/);
  });

  it('refuses a wrong format', () => {
    const errors = errorsOf({ ...fixtureJson(), format: 'frab-schedule' });
    expect(errors).toEqual([
      { path: '$.format', message: expect.objectContaining({ en: expect.stringContaining('not an Orgwork session file') }) },
    ]);
  });

  it('refuses a newer major version with a clear message, and a nonsense version', () => {
    const [newer] = errorsOf({ ...fixtureJson(), version: 2 });
    expect(newer!.path).toBe('$.version');
    expect(newer!.message.en).toMatch(/newer Orgwork.*up to version 1.*Update Orgwork/);
    expect(newer!.message.zh).toMatch(/较新版本/);
    expect(errorsOf({ ...fixtureJson(), version: '1' })[0]!.message.en).toMatch(/whole number/);
    expect(errorsOf({ ...fixtureJson(), version: 0 })[0]!.path).toBe('$.version');
  });

  it('names the path of a missing field and of a wrong type', () => {
    const json = fixtureJson();
    delete json.items[3].title;
    json.bodies[0].name = 'Working Group';
    const errors = errorsOf(json);
    expect(errors).toContainEqual({ path: '$.items[3].title', message: { en: 'required field is missing', zh: '缺少必填字段' } });
    expect(errors).toContainEqual({
      path: '$.bodies[0].name',
      message: { en: 'expected an object, found text', zh: '应为对象，实际为文本' },
    });
  });

  it('refuses an impossible calendar date such as 2017-02-30', () => {
    const json = fixtureJson();
    json.days[0].date = '2017-02-30';
    expect(errorsOf(json)).toEqual([
      { path: '$.days[0].date', message: expect.objectContaining({ en: '"2017-02-30" is not a calendar date (YYYY-MM-DD)' }) },
    ]);
  });

  it('refuses a malformed time and a slot that ends before it starts', () => {
    const json = fixtureJson();
    json.days[0].slots[0].start = '25:00';
    json.days[1].slots[0].end = '09:00';
    const errors = errorsOf(json);
    expect(errors[0]).toMatchObject({ path: '$.days[0].slots[0].start' });
    const json2 = fixtureJson();
    json2.days[1].slots[0].end = '09:00';
    expect(errorsOf(json2)).toEqual([
      {
        path: '$.days[1].slots[0].end',
        message: { en: 'the slot ends (09:00) before it starts (10:00)', zh: '时段结束时间（09:00）早于开始时间（10:00）' },
      },
    ]);
  });

  it('refuses a row naming an unknown body or an unknown item', () => {
    const json = fixtureJson();
    json.days[0].slots[0].rows[0] = { wg9: 'wg3-1a' };
    json.days[0].slots[1].rows[0] = { wg3: 'wg3-99' };
    const errors = errorsOf(json);
    expect(errors).toContainEqual({ path: '$.days[0].slots[0].rows[0].wg9', message: expect.objectContaining({ en: 'there is no body with id "wg9"' }) });
    expect(errors).toContainEqual({ path: '$.days[0].slots[1].rows[0].wg3', message: expect.objectContaining({ en: 'there is no item with id "wg3-99"' }) });
  });

  it('refuses an item placed in the column of another body', () => {
    const json = fixtureJson();
    json.days[0].slots[0].rows[0] = { wg2: 'wg3-1a' };
    expect(errorsOf(json)).toEqual([
      {
        path: '$.days[0].slots[0].rows[0].wg2',
        message: expect.objectContaining({ en: 'item "wg3-1a" belongs to body "wg3", so it cannot be placed in the column of body "wg2"' }),
      },
    ]);
  });

  it('refuses two rows of one item in the same slot', () => {
    const json = fixtureJson();
    json.days[0].slots[0].rows.push({ wg3: 'wg3-1a' });
    expect(errorsOf(json)).toEqual([
      { path: '$.days[0].slots[0].rows[3].wg3', message: expect.objectContaining({ en: 'item "wg3-1a" is placed twice in this slot (rows 1 and 4)' }) },
    ]);
  });

  it('refuses an item number used twice in one body, but not across bodies', () => {
    const json = fixtureJson();
    json.items[4].number = '2';
    expect(errorsOf(json)).toEqual([
      { path: '$.items[4].number', message: expect.objectContaining({ en: 'item number "2" is used twice in body "wg3"' }) },
    ]);
    expect(fixtureSession().items.filter((i) => i.number === '2')).toHaveLength(2);
  });

  it('refuses duplicate ids, an item of an unknown body, reversed body dates and empty rows', () => {
    const json = fixtureJson();
    json.items[1].id = 'wg3-1';
    json.items.push({ id: 'x', body: 'nobody', number: '1', title: {} });
    json.bodies[1].to = '2017-10-01';
    json.days[1].slots[0].rows.push({});
    const paths = errorsOf(json).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['$.items[1].id', '$.items[16].body', '$.bodies[1].to', '$.days[1].slots[0].rows[2]']));
  });

  it('loads a minimal file with only the required fields', () => {
    const session = expectOk(parse({ format: 'orgwork-session', version: 1, id: 'x', title: {}, bodies: [], items: [], days: [] })).session;
    expect(serializeSession(session)).toBe(
      '{\n  "format": "orgwork-session",\n  "version": 1,\n  "id": "x",\n  "title": {},\n  "bodies": [],\n  "items": [],\n  "days": []\n}\n',
    );
  });
});

describe('serializeSession', () => {
  it('round-trips the fixture: parse(serialize(s)) equals s', () => {
    const session = fixtureSession();
    const text = serializeSession(session);
    expect(expectOk(parseSession(text)).session).toEqual(session);
    expect(serializeSession(expectOk(parseSession(text)).session)).toBe(text);
  });

  it('writes 2-space indent, a trailing newline and keys in one fixed order', () => {
    const text = serializeSession(fixtureSession());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "orgwork-session",');
    // The fixture writes zh before en in some document titles and joint before annexTitle;
    // the serialized file always says en, zh and id, body, number, title, annexTitle, …
    const item = JSON.parse(text).items.find((i: { id: string }) => i.id === 'wg3-5');
    expect(Object.keys(item)).toEqual(['id', 'body', 'number', 'title', 'annexTitle', 'shortTitle', 'joint', 'documents']);
    expect(Object.keys(item.documents[0].title)).toEqual(['en', 'zh']);
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'id', 'title', 'venue', 'timeZone', 'annex', 'bodies', 'items', 'days']);
  });

  it('writes the cells of a row in the order of the bodies', () => {
    const session = fixtureSession();
    const reordered = { ...session, days: [{ date: '2017-10-09', slots: [{ start: '10:00', end: '13:00', rows: [{ wg2: 'wg2-2', wg3: 'wg3-5' }] }] }] };
    expect(serializeSession(reordered)).toContain('{\n              "wg3": "wg3-5",\n              "wg2": "wg2-2"\n            }');
  });

  it('keeps fields it does not know, after the known ones, through load and save', () => {
    const json = fixtureJson();
    json.webcast = 'https://webtv.un.org';
    json.items[0].footnote = { en: 'A note' };
    json.days[0].slots[0].room = 'M-Building, Board Room';
    json.bodies[0].name.fr = 'Groupe de travail';
    const text = serializeSession(expectOk(parse(json)).session);
    const saved = JSON.parse(text);
    expect(saved.webcast).toBe('https://webtv.un.org');
    expect(Object.keys(saved).at(-1)).toBe('webcast');
    expect(saved.items[0].footnote).toEqual({ en: 'A note' });
    expect(saved.days[0].slots[0].room).toBe('M-Building, Board Room');
    expect(saved.bodies[0].name).toEqual({ en: 'Working Group on International Cooperation', zh: '国际合作工作组', fr: 'Groupe de travail' });
  });
});

describe('migrate', () => {
  it('runs each step from the file version up to the current one', () => {
    const steps = { 1: (raw: Record<string, unknown>) => ({ ...raw, renamed: raw.old }), 2: (raw: Record<string, unknown>) => ({ ...raw, third: true }) };
    expect(migrate({ version: 1, old: 'x' }, 1, steps, 3)).toEqual({ version: 3, old: 'x', renamed: 'x', third: true });
    expect(migrate({ version: 1, a: 1 }, 1)).toEqual({ version: 1, a: 1 });
  });

  it('fails loudly when a step is missing rather than loading a half-migrated file', () => {
    expect(() => migrate({ version: 1 }, 1, {}, 2)).toThrow(/no migration from format version 1/);
  });
});
