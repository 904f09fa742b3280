// The c3voc schedule.json export against the published schema (draft-06), with ajv.
import { describe, expect, it } from 'vitest';
import { acronymOf, sessionToC3voc } from '../../shared/export/c3voc.ts';
import { fixtureSession } from './fixtures.ts';
import { c3vocValidator } from './export-helpers.ts';

describe('c3voc schedule', () => {
  const validate = c3vocValidator();
  const schedule = JSON.parse(sessionToC3voc(fixtureSession(), 'en'));
  const conference = schedule.schedule.conference;
  const events = conference.days.flatMap((day: any) => Object.values(day.rooms).flat()) as any[];

  it('validates against the published schema, in every language choice', () => {
    for (const lang of ['zh', 'en', 'both'] as const) {
      const valid = validate(JSON.parse(sessionToC3voc(fixtureSession(), lang)));
      expect(validate.errors ?? [], lang).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('has one room per body and one event per item placement', () => {
    expect(conference.rooms.map((room: any) => room.name)).toEqual(['Working Group on International Cooperation', 'Working Group of Government Experts on Technical Assistance']);
    const placements = fixtureSession().days.flatMap((day) => day.slots.flatMap((slot) => slot.rows.flatMap((row) => Object.keys(row))));
    expect(events).toHaveLength(placements.length);
    expect(conference.daysCount).toBe(5);
    expect(conference.time_zone_name).toBe('Europe/Vienna');
  });

  it('shares a slot out among its rows, so a joint row is at the same time in both rooms', () => {
    const wednesday = conference.days[2].rooms;
    const wg2 = wednesday['Working Group of Government Experts on Technical Assistance'];
    const wg3 = wednesday['Working Group on International Cooperation'];
    expect(wg2.slice(0, 3).map((e: any) => [e.start, e.duration, e.title])).toEqual([
      ['10:00', '1:00', '1(a) Opening of the meeting'],
      ['11:00', '1:00', '1(b) Adoption of the agenda and organization of work'],
      ['12:00', '1:00', expect.stringMatching(/^2 Development of the questionnaire .* \(joint item\)$/)],
    ]);
    expect(wg3[0]).toMatchObject({ date: '2017-10-11T12:00:00+02:00', start: '12:00', duration: '1:00', type: 'meeting', language: 'en' });
  });

  it('derives the acronym from the symbol within the strict pattern, and keeps guids stable', () => {
    expect(conference.acronym).toBe('ctoc_cop_wg_3_2017_1');
    expect(acronymOf({ ...fixtureSession(), bodies: [] })).toMatch(/^orgwork_[0-9a-f]{8}$/);
    const again = JSON.parse(sessionToC3voc(fixtureSession(), 'zh')).schedule.conference;
    expect(again.days[0].rooms[again.rooms[0].name].map((e: any) => e.guid)).toEqual(conference.days[0].rooms[conference.rooms[0].name].map((e: any) => e.guid));
    expect(new Set(events.map((e) => e.guid)).size).toBe(events.length);
  });

  it('leaves out a time zone name the schema would refuse, and stays valid without one', () => {
    const fixedOffset = JSON.parse(sessionToC3voc({ ...fixtureSession(), timeZone: 'Etc/GMT-2' }, 'en'));
    expect(fixedOffset.schedule.conference.time_zone_name).toBeUndefined();
    expect(validate(fixedOffset)).toBe(true);
    expect(fixedOffset.schedule.conference.days[0].day_start).toBe('2017-10-09T10:00:00+02:00');
    expect(validate(JSON.parse(sessionToC3voc({ ...fixtureSession(), timeZone: undefined }, 'en')))).toBe(true);
  });
});
