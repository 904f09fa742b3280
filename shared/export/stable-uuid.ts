// Runs everywhere (shared). Name-based UUIDs: the same name always gives the same UUID, so an
// event exported twice keeps its identity (iCalendar UID, c3voc guid) and a calendar or
// schedule viewer updates it instead of showing a copy. Version 8 with SHA-256 (RFC 9562
// §5.8 and appendix B.2), so one hash serves here and in the lineage of saved files.
import { sha256 } from '../hash/sha256.ts';

const encoder = new TextEncoder();

/** Orgwork's own namespace for its name-based UUIDs (itself a random version 4 UUID). */
const ORGWORK_NAMESPACE = hexBytes('6f2a1c4e8b3d4f0a9e7c5b2d1a0f3e8c');

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g)!, (pair) => parseInt(pair, 16));
}

/** A version 8 UUID ("8f14e45f-…") of the parts, which are joined unambiguously. */
export function stableUuid(parts: readonly string[]): string {
  const name = encoder.encode(JSON.stringify(parts));
  const input = new Uint8Array(ORGWORK_NAMESPACE.length + name.length);
  input.set(ORGWORK_NAMESPACE);
  input.set(name, ORGWORK_NAMESPACE.length);
  const bytes = sha256(input).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
