// Runs in the renderer. A hybrid session's meeting times in other time zones, as the grid and
// the session inspector name them: a city ("New York", "纽约") and the time there in the
// interface language ("New York 6–8 a.m.", "纽约 上午6时至8时"), with +1 / −1 when the day
// there is not the venue's.
import type { TFunction } from 'i18next';

/** Zones offered when adding a display time zone: where delegations of UN meetings sit. */
export const COMMON_TIME_ZONES: readonly string[] = [
  'America/Los_Angeles',
  'America/Mexico_City',
  'America/New_York',
  'America/Bogota',
  'America/Santiago',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'UTC',
  'Europe/London',
  'Africa/Lagos',
  'Europe/Paris',
  'Europe/Vienna',
  'Africa/Cairo',
  'Africa/Johannesburg',
  'Africa/Nairobi',
  'Europe/Moscow',
  'Asia/Dubai',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
];

/** The city a zone is named after, in the interface language; else the last part of its name. */
export function zoneCity(zone: string, t: TFunction): string {
  const fallback = zone.split('/').at(-1)!.replace(/_/g, ' ');
  return t(`zones.${zone.replace(/\//g, '_')}`, { defaultValue: fallback });
}

/** "+1" or "−1" for a day after or before the venue's; empty on the same day. */
export const dayShiftMark = (shift: number) => (shift > 0 ? `+${shift}` : shift < 0 ? `−${-shift}` : '');
