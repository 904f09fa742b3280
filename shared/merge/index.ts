// Runs everywhere (shared). Compare and merge copies of a session, and the lineage that finds
// the version two copies started from.
export type { Change, ChangeDetail, ChangeKind, SlotPlace } from './change.ts';
export { diffSessions } from './diff.ts';
export type { Conflict, ConflictKind, Picks } from './conflict.ts';
export { mergeSessions, resolveMerge, type Merge, type MergeInput, type Resolution } from './merge.ts';
export type { Side } from './three-way.ts';
export {
  findCommonAncestor,
  lineageOf,
  mergedLineage,
  revisionOf,
  sourceRevision,
  withCurrentLineage,
  withoutLineage,
  type LineageLinks,
} from './lineage.ts';
export { sha256Hex } from '../hash/sha256.ts';
