// Runs everywhere (shared). Session -> file text. Keys always in one order, 2-space indent,
// trailing newline: two versions of a session mailed back and forth diff line by line.
// Fields this version does not know (from a newer minor version) follow the known ones.
import { DOC_LANGS } from '../i18n.ts';
import type { Session } from './types.ts';

type Value = unknown;
type Shape = { keys: readonly string[]; children?: Record<string, (value: Value) => Value> };

// DOC_LANGS is alphabetical: en before zh, as files written before the other four had it.
const LANG_TEXT: Shape = { keys: DOC_LANGS };
const langText = (value: Value) => ordered(value, LANG_TEXT);
const each = (shape: Shape) => (value: Value) => (Array.isArray(value) ? value.map((v) => ordered(v, shape)) : value);

const DOCUMENT: Shape = { keys: ['symbol', 'title'], children: { title: langText } };
const BODY: Shape = {
  keys: ['id', 'name', 'meeting', 'symbol', 'from', 'to'],
  children: { name: langText, meeting: langText },
};
const ITEM_CONVENTIONS: Shape = { keys: ['jointMarkPlace', 'jointMarkForm', 'jointBodyOrder', 'jointNote'] };
const CONVENTIONS: Shape = { keys: [...ITEM_CONVENTIONS.keys, 'titleVariant', 'annexBodiesHeader'] };
const ITEM: Shape = {
  keys: ['id', 'body', 'number', 'title', 'annexTitle', 'shortTitle', 'joint', 'annotation', 'documents', 'seeAnnotationOf', 'conventions'],
  children: {
    title: langText,
    annexTitle: langText,
    shortTitle: langText,
    annotation: langText,
    documents: each(DOCUMENT),
    conventions: (v) => ordered(v, ITEM_CONVENTIONS),
  },
};
const ANNEX: Shape = { keys: ['showYear', 'markJoint'] };
const LINEAGE: Shape = { keys: ['revision', 'parent', 'merged'] };
const NAMED_VERSION: Shape = { keys: ['name', 'sent', 'changes', 'content'], children: { changes: each(LANG_TEXT) } };

function sessionShape(bodyOrder: readonly string[]): Shape {
  // Cells of a row follow the order of the bodies, as the annex columns do.
  const rowOrder = (row: Value) => ordered(row, { keys: bodyOrder });
  const slot: Shape = {
    keys: ['start', 'end', 'rows'],
    children: { rows: (rows) => (Array.isArray(rows) ? rows.map(rowOrder) : rows) },
  };
  const day: Shape = { keys: ['date', 'slots'], children: { slots: each(slot) } };
  return {
    keys: ['format', 'version', 'id', 'lineage', 'title', 'convener', 'venue', 'timeZone', 'issued', 'distribution', 'originalLanguage', 'languages', 'meetingFormat', 'parallelLimit', 'displayTimeZones', 'annex', 'conventions', 'bodies', 'items', 'days', 'versions'],
    children: {
      title: langText,
      convener: langText,
      venue: langText,
      lineage: (v) => ordered(v, LINEAGE),
      annex: (v) => ordered(v, ANNEX),
      conventions: (v) => ordered(v, CONVENTIONS),
      bodies: each(BODY),
      items: each(ITEM),
      days: each(day),
      // A version's content was written in this order when it was marked (markVersion).
      versions: each(NAMED_VERSION),
    },
  };
}

function ordered(value: Value, shape: Shape): Value {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const source = value as Record<string, Value>;
  const out: Record<string, Value> = {};
  const known = new Set(shape.keys);
  const put = (key: string) => {
    const v = source[key];
    if (v === undefined) return;
    const child = shape.children?.[key];
    out[key] = child ? child(v) : v;
  };
  shape.keys.forEach(put);
  Object.keys(source).filter((key) => !known.has(key)).forEach(put);
  return out;
}

export function serializeSession(session: Session): string {
  const shape = sessionShape(session.bodies.map((body) => body.id));
  return `${JSON.stringify(ordered(session, shape), null, 2)}\n`;
}
