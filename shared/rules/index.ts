// Runs everywhere (shared). Plan checks: what is wrong with a schedule, in every language, and
// where; and the times of a hybrid session's meetings in participants' time zones.
export { checkSession, countBySeverity, type CheckOptions } from './check.ts';
export { RULES, SEVERITIES, type Problem, type ProblemLocation, type RuleId, type Severity } from './types.ts';
export { locationText } from './location.ts';
export { isTimeZone, slotTimesInZones, type LocalTime, type ZonedSlot } from './hybrid.ts';
export { looksLikeUnSymbol } from './text.ts';
export { HYBRID_MAX_MINUTES, SERVICE_HOURS } from './time.ts';
