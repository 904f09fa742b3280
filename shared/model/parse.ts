// Runs everywhere (shared). Text of a .orgwork file -> a session, or every reason it is not one.
import type { z } from 'zod';
import { label, LANGS } from '../i18n.ts';
import { parseError, type ParseError } from './errors.ts';
import { migrate, type RawSession } from './migrate.ts';
import type { PathSegment } from './path.ts';
import { checkReferences } from './references.ts';
import { KEY_PREFIX, schemaMatchesTypes, sessionSchema } from './schema.ts';
import { CURRENT_VERSION, SESSION_FORMAT, type Session } from './types.ts';

export type ParseResult = { ok: true; session: Session } | { ok: false; errors: ParseError[] };

const fail = (...errors: ParseError[]): ParseResult => ({ ok: false, errors });

export function parseSession(text: string): ParseResult {
  if (text.trim() === '') return fail(parseError([], 'json.empty'));
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(parseError([], 'json.invalid', { detail: withoutQuotedText((error as Error).message) }));
  }
  return parseSessionValue(raw);
}

/**
 * JSON.parse's reason without the piece of the text it quotes ('Unexpected token 'r',
 * "root:x:0:0:"... is not valid JSON'): a message never shows a file's contents, which may
 * not be a session at all.
 */
function withoutQuotedText(reason: string): string {
  const quoted = reason.indexOf(', "');
  const tail = reason.lastIndexOf(' is not valid JSON');
  const cut = quoted >= 0 && tail > quoted ? reason.slice(0, quoted) + reason.slice(tail) : reason;
  return cut.replace(/^Unexpected token '.+?'/su, 'Unexpected character');
}

/** The same checks for a value already decoded from JSON. */
export function parseSessionValue(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(parseError([], 'root.notObject'));
  // Kept unknown fields are compared and merged by recursive walkers: a file nested thousands
  // of levels deep would overflow their stack, so it is refused here, with the limit said.
  if (nestingDepth(raw) > MAX_NESTING) return fail(parseError([], 'json.tooDeep', { limit: MAX_NESTING }));
  const record = raw as RawSession;
  if (record.format !== SESSION_FORMAT) {
    return fail(parseError(['format'], 'format.wrong', { found: JSON.stringify(record.format) ?? 'nothing' }));
  }
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(parseError(['version'], 'version.invalid', { found: JSON.stringify(version) ?? 'nothing' }));
  }
  if (version > CURRENT_VERSION) {
    return fail(parseError(['version'], 'version.newer', { found: version, supported: CURRENT_VERSION }));
  }
  const migrated = migrate(record, version);
  const shaped = sessionSchema.safeParse(migrated);
  if (!shaped.success) return fail(...shaped.error.issues.map((issue) => issueToError(issue, migrated)));
  const session = schemaMatchesTypes(shaped.data);
  const errors = checkReferences(session);
  return errors.length > 0 ? fail(...errors) : { ok: true, session };
}

/** Deeper than any session needs (a row sits 7 levels down), shallow enough for every recursive walker. */
export const MAX_NESTING = 100;

/** How many objects and arrays deep `value` goes, walked without recursion. */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_NESTING) return deepest;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return deepest;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const kind = typeof value;
  return ['string', 'number', 'boolean', 'object'].includes(kind) ? kind : 'unknown';
}

/** The type name in both languages, e.g. { en: 'text', zh: '文本' }. */
function kindName(kind: string) {
  return Object.fromEntries(LANGS.map((lang) => [lang, label(`model:type.${kind}`, lang)]));
}

function issueToError(issue: z.core.$ZodIssue, root: unknown): ParseError {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  const value = valueAt(root, path);
  if (issue.message.startsWith(KEY_PREFIX)) {
    return parseError(path, issue.message.slice(KEY_PREFIX.length), { value: String(value) });
  }
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return parseError(path, 'type.missing');
      return parseError(path, 'type.expected', { expected: kindName(issue.expected), found: kindName(kindOf(value)) });
    case 'invalid_value':
      return parseError(path, 'value.oneOf', { options: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    default:
      return parseError(path, 'value.invalid', { detail: issue.message });
  }
}
