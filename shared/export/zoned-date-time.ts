// Runs everywhere (shared). A session's wall-clock time in its time zone, in the shape of a
// Temporal.ZonedDateTime as ical-generator reads it (its documented Temporal support). Native
// Dates will not do: with a TZID, ical-generator prints a Date in the time zone of the
// computer running the export, so a file made in Beijing would move every meeting.
import type { ICalTemporalInstantStub, ICalTemporalPlainDateStub, ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { instantOf, wallClockMs } from './time-zone.ts';

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function fieldsOf(date: string, time: string): Fields {
  const wall = new Date(wallClockMs(date, time));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: 0 };
}

function instant(epochMs: number, zone: string, date: string, time: string): ICalTemporalInstantStub {
  const iso = new Date(epochMs).toISOString();
  return { epochMilliseconds: epochMs, toJSON: () => iso, toString: () => iso, toZonedDateTimeISO: () => zonedDateTime(date, time, zone) };
}

function plainDateTime(date: string, time: string, zone: string): ICalTemporalPlainDateTimeStub {
  const fields = fieldsOf(date, time);
  const text = `${date}T${time}:00`;
  const plainDate: ICalTemporalPlainDateStub = { year: fields.year, month: fields.month, day: fields.day, toJSON: () => date, toString: () => date };
  return { ...fields, toJSON: () => text, toString: () => text, toPlainDate: () => plainDate, toZonedDateTime: () => zonedDateTime(date, time, zone) };
}

/** `date` ("2017-10-09") at `time` ("10:00") as clocks in `zone` read it. */
export function zonedDateTime(date: string, time: string, zone: string): ICalTemporalZonedDateTimeStub {
  const text = `${date}T${time}:00[${zone}]`;
  const self: ICalTemporalZonedDateTimeStub = {
    ...fieldsOf(date, time),
    timeZoneId: zone,
    toInstant: () => instant(instantOf(date, time, zone), zone, date, time),
    toJSON: () => text,
    toString: () => text,
    toPlainDateTime: () => plainDateTime(date, time, zone),
    // ical-generator only ever asks for the zone the value already has.
    withTimeZone: () => self,
  };
  return self;
}
