// Runs in Node (tests). What the export tests share: sessions moved to other dates or filled
// with hostile text, and checks that an HTML export is well-formed markup of our own tags.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import addFormats from 'ajv-formats';
import { fixtureSession } from './fixtures.ts';
import type { Session } from '../../shared/model/types.ts';

/** The 2017 fixture with its days moved to `dates` (one per fixture day, in order). */
export function sessionOnDates(dates: readonly string[]): Session {
  const session = fixtureSession();
  return { ...session, days: session.days.map((day, i) => ({ ...day, date: dates[i]! })) };
}

export const SCRIPT = '<script>alert("x")</script>';
export const CONTROL = 'A\u0000B\u0001C\u0007D\u000bE\u001fF\u007fG\uD800H';
export const CONTROL_CLEANED = 'ABCDEFGH';
export const RTL = 'مرحبا بالعالم \u202Eevil\u202C שלום';
export const EMOJI = '会议 😀 👩‍👩‍👧 🇦🇹';
/** A line break followed by what would be a property of its own in an unescaped iCalendar line. */
export const INJECTION = '\r\nX-INJECTED:1';
export const LONG = 'Long title '.repeat(1000).trim();

/** The fixture with hostile text in every kind of field an export writes. */
export function hostileSession(): Session {
  const session = fixtureSession();
  const hostile = { en: `${SCRIPT} & "quoted" 'single' ${CONTROL}${INJECTION}`, zh: `${EMOJI} ${RTL}` };
  return {
    ...session,
    title: hostile,
    venue: { en: `Vienna, "A&B" <b>`, zh: EMOJI },
    bodies: session.bodies.map((body, i) => ({ ...body, name: i === 0 ? hostile : { en: RTL, zh: SCRIPT }, symbol: `../CTOC/"${i}"<x>` })),
    items: session.items.map((item, i) => ({
      ...item,
      title: i === 1 ? { en: LONG, zh: LONG } : i === 2 ? { en: CONTROL, zh: CONTROL } : hostile,
      annexTitle: undefined,
      shortTitle: i % 2 ? { en: EMOJI, zh: RTL } : undefined,
      annotation: hostile,
      documents: [{ symbol: `${SCRIPT}/${i}`, title: hostile }],
    })),
  };
}

const VOID = new Set(['meta', 'br', 'wbr', 'col']);
const ALLOWED = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'div', 'header', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'p', 'span', 'br', 'wbr', 'sup', 'a', 'ol', 'li', 'table', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>/y;

/**
 * Problems with an HTML export as markup: a `<` that does not start one of our tags, a tag
 * outside the allowed set, an attribute value holding quotes or angle brackets, or elements
 * not closed in order. User text is all escaped, so a single stray character shows up here.
 */
export function markupProblems(page: string): string[] {
  const problems: string[] = [];
  // The style sheet is our own constant; what matters is that nothing else hides in it.
  const styles = page.match(/<style>[^<]*<\/style>/g) ?? [];
  if (styles.length !== 1) problems.push(`${styles.length} style elements`);
  const body = page.replace(/^<!DOCTYPE html>\n/, '').replace(/<style>[^<]*<\/style>/, '<style></style>');
  const open: string[] = [];
  let at = 0;
  while (at < body.length) {
    const lt = body.indexOf('<', at);
    const text = body.slice(at, lt < 0 ? body.length : lt);
    if (text.includes('>')) problems.push(`raw > in text near ${JSON.stringify(text.slice(0, 40))}`);
    if (/&(?!(amp|lt|gt|quot|#39);)/.test(text)) problems.push(`bare & in text near ${JSON.stringify(text.slice(0, 40))}`);
    if (lt < 0) break;
    TAG.lastIndex = lt;
    const match = TAG.exec(body);
    if (!match) {
      problems.push(`stray < near ${JSON.stringify(body.slice(lt, lt + 40))}`);
      at = lt + 1;
      continue;
    }
    const [, closing, name] = match as unknown as [string, string, string];
    const tag = name.toLowerCase();
    if (!ALLOWED.has(tag)) problems.push(`tag <${tag}>`);
    if (closing) {
      if (open.at(-1) !== tag) problems.push(`</${tag}> closes <${open.at(-1)}>`);
      else open.pop();
    } else if (!VOID.has(tag)) open.push(tag);
    at = TAG.lastIndex;
  }
  if (open.length > 0) problems.push(`unclosed: ${open.join(', ')}`);
  return problems;
}

/** Entities back to text, for comparing what an HTML file says with what was put in. */
export function unescapeHtml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

const SCHEMA_FILE = fileURLToPath(new URL('../../../shared/schemas/c3voc-schedule-v1.schema.json', import.meta.url));

/** A validator for the schema as published: its own keywords ($oneOf, $todo) and the "color" format are not ajv's. */
export function c3vocValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  addFormats.default(ajv);
  ajv.addFormat('color', true);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
}
