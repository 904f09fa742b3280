// Runs everywhere (shared). User text made safe to write into any exported file: XML (HTML,
// DOCX), iCalendar and JSON readers all refuse or mangle C0 control characters other than
// tab and line breaks, lone UTF-16 surrogates and the non-characters U+FFFE/U+FFFF. A title
// pasted from a PDF can carry any of them; they are dropped, never escaped.
// With the u flag a surrogate range matches only unpaired halves: emoji stay.
const INVALID_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]/u;
const ALL_INVALID_IN_XML = new RegExp(INVALID_IN_XML.source, 'gu');

/** `text` without the characters no exported format may contain (tab, LF and CR are kept). */
export function withoutInvalidChars(text: string): string {
  // Nearly every text is clean: looking costs less than replacing.
  return INVALID_IN_XML.test(text) ? text.replace(ALL_INVALID_IN_XML, '') : text;
}
