// Runs everywhere (shared). Edit operations on a session (immutable) and the annex derived from it.
export { type EditResult, Refusal, uniqueId } from './edit.ts';
export type { SlotRef, RowRef } from './refs.ts';
export * from './ops/placements.ts';
export * from './ops/days.ts';
export * from './ops/agenda.ts';
export * from './annex.ts';
export * from './new-session.ts';
