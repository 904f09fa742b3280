// Runs everywhere (shared). Edit operations on a session (immutable) and the views derived
// from it: the annex table and the agenda document.
export { type EditResult, Refusal, uniqueId } from './edit.ts';
export type { SlotRef, RowRef } from './refs.ts';
export * from './ops/placements.ts';
export * from './ops/days.ts';
export * from './ops/retime.ts';
export * from './ops/insert-slot.ts';
export * from './ops/agenda.ts';
export * from './annex.ts';
export { jointDiscussions, discussionKeyOf, discussionOf, type JointDiscussions } from './joint-discussions.ts';
export * from './agenda-numbers.ts';
export * from './agenda-document/index.ts';
export * from './new-session.ts';
export * from './wizard.ts';
export * from './session-from-past.ts';
export { englishOrdinal, chineseNumeral, ordinalIn, withOrdinal, MAX_ORDINAL } from './ordinals.ts';
