// Runs everywhere (shared). The one escaping function of the HTML exports, and the `html`
// template tag built on it: every interpolated string is escaped unless it is already an
// Html fragment, so user text cannot reach the page unescaped by forgetting a call.
import { withoutInvalidChars } from '../safe-text.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content or a quoted attribute value. */
const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  const clean = withoutInvalidChars(text);
  return SPECIAL.test(clean) ? clean.replace(/[&<>"']/g, (char) => ENTITIES[char]!) : clean;
}

/** Markup that is already safe: made only by `html` (or `rawHtml` for fixed markup). */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export type HtmlValue = string | number | Html | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  return new Html(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i]!) : ''), ''));
}

/** Fixed markup written in our own code (the style sheet), never user text. */
export function rawHtml(markup: string): Html {
  return new Html(markup);
}
