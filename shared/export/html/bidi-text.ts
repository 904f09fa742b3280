// Runs everywhere (shared). User text in an HTML part of a right-to-left language: each
// left-to-right stretch (a document symbol, an English title, "10 a.m.") in a span of its
// own with dir="ltr", which browsers isolate (unicode-bidi: isolate), so that its digits and
// punctuation never join the Arabic around it. Text of a left-to-right language is escaped
// as it is.
import type { DocLang } from '../../i18n.ts';
import { directionalRuns, isRightToLeft } from '../bidi.ts';
import { html, type Html } from './escape.ts';

export function bidiText(text: string | undefined, lang: DocLang): Html {
  if (text === undefined || !isRightToLeft(lang)) return html`${text}`;
  return html`${directionalRuns(text).map((run) => (run.direction === 'ltr' ? html`<span dir="ltr">${run.text}</span>` : html`${run.text}`))}`;
}
