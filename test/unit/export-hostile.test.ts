// Exports of a session whose every text is hostile: markup and quotes, control characters,
// a 10 000-character title, right-to-left text with a direction override, emoji and a lone
// surrogate. Each format must stay valid and say the text, less only what no file can hold.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { annexToCsv } from '../../shared/export/annex-csv.ts';
import { sessionToC3voc } from '../../shared/export/c3voc.ts';
import { documentsList } from '../../shared/export/documents-list.ts';
import { annexToHtml } from '../../shared/export/html/annex-html.ts';
import { documentToHtml } from '../../shared/export/html/document-html.ts';
import { sessionToIcs } from '../../shared/export/ics.ts';
import { withoutInvalidChars } from '../../shared/export/safe-text.ts';
import { deriveAnnex } from '../../shared/schedule/annex.ts';
import { c3vocValidator, CONTROL_CLEANED, EMOJI, hostileSession, INJECTION, LONG, markupProblems, RTL, SCRIPT, unescapeHtml } from './export-helpers.ts';

const session = hostileSession();
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

describe('text no file may hold', () => {
  it('is dropped, while tabs, line breaks, RTL marks and emoji stay', () => {
    expect(withoutInvalidChars(`a\u0000b\u0007\tc\r\n${EMOJI}\uD800${RTL}\uFFFF`)).toBe(`ab\tc\r\n${EMOJI}${RTL}`);
  });
});

describe('the markup check used below', () => {
  it('catches a stray bracket, an unknown tag and an unclosed element', () => {
    const page = (body: string) => `<!DOCTYPE html>\n<html><head><style>p{}</style></head><body>${body}</body></html>`;
    expect(markupProblems(page('<p>ok &amp; fine</p>'))).toEqual([]);
    expect(markupProblems(page('<p>a < b</p>'))[0]).toMatch(/stray </);
    expect(markupProblems(page('<script>x</script>'))).toContain('tag <script>');
    expect(markupProblems(page('<p><span>x</p>'))[0]).toMatch(/closes/);
    expect(markupProblems(page('<p title="a"b">x</p>')).length).toBeGreaterThan(0);
  });
});

describe('hostile text in HTML', () => {
  for (const [name, page] of [
    ['annex zh', annexToHtml(session, 'zh')],
    ['annex both', annexToHtml(session, 'both')],
    ['document both', documentToHtml(session, 'both')],
  ] as const) {
    it(`${name}: well-formed, no script, every text escaped and whole`, () => {
      expect(markupProblems(page)).toEqual([]);
      expect(page).not.toMatch(/<script/i);
      expect(page).not.toMatch(FORBIDDEN);
      expect(page).toContain(`&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;`);
      const text = unescapeHtml(page);
      expect(text).toContain(EMOJI);
      expect(text).toContain(RTL);
      expect(text).toContain(CONTROL_CLEANED);
      if (name.startsWith('document')) expect(text).toContain(LONG);
    });
  }
});

describe('hostile text in iCalendar', () => {
  const text = sessionToIcs(session, 'both', { now: new Date('2026-01-01T00:00:00Z') });

  it('parses, with every line folded and nothing forbidden', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(10);
    expect(text).not.toMatch(FORBIDDEN);
    expect(Math.max(...text.split('\r\n').map((line) => new TextEncoder().encode(line).length))).toBeLessThanOrEqual(75);
    const descriptions = events.map((event) => event.description).join('\n');
    expect(descriptions).toContain(LONG);
    expect(descriptions).toContain(SCRIPT);
    expect(descriptions).toContain(EMOJI);
    expect(descriptions).toContain(CONTROL_CLEANED);
    expect(events[0]!.location).toBe(`${EMOJI} / Vienna, "A&B" <b>`);
  });

  it('escapes line breaks everywhere, also in the calendar name, which the library writes as given', () => {
    const name = new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue('x-wr-calname');
    expect(name).toContain(SCRIPT);
    expect(text).not.toContain(INJECTION);
    expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')[0]!.getFirstPropertyValue('x-injected')).toBeNull();
  });
});

describe('hostile text in c3voc, CSV and the list of documents', () => {
  it('c3voc stays valid against the schema and keeps the text', () => {
    const validate = c3vocValidator();
    const json = sessionToC3voc(session, 'both');
    expect(json).not.toMatch(FORBIDDEN);
    const schedule = JSON.parse(json);
    expect(validate(schedule), JSON.stringify(validate.errors)).toBe(true);
    const titles = schedule.schedule.conference.days.flatMap((day: any) => Object.values(day.rooms).flat()).map((event: any) => event.title);
    expect(titles.join('\n')).toContain(LONG);
    expect(schedule.schedule.conference.acronym).toMatch(/^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/);
  });

  it('CSV quotes and cleans every field', () => {
    const csv = annexToCsv(deriveAnnex(session, 'en'));
    expect(csv).not.toMatch(FORBIDDEN);
    expect(csv).toContain(`"${SCRIPT.replace(/"/g, '""')} & ""quoted"" 'single' ${CONTROL_CLEANED}${INJECTION}"`);
  });

  it('the list of documents is clean text', () => {
    const list = documentsList(session, 'both');
    expect(list).not.toMatch(FORBIDDEN);
    expect(list).toContain(`(${SCRIPT}/0)`);
  });
});
