// Runs everywhere (shared). The session file format: types, parse, serialize, migrate.
export * from './types.ts';
export * from './calendar.ts';
export * from './errors.ts';
export { parseSession, parseSessionValue, type ParseResult } from './parse.ts';
export { serializeSession } from './serialize.ts';
export { migrate, MIGRATIONS, type Migration } from './migrate.ts';
