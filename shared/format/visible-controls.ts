// Runs everywhere (shared). Text from a file quoted in a message (a date, a title, a file
// name) can hold terminal escapes (ESC [ … m recolours or clears a terminal, BEL rings),
// NUL, line breaks that forge a line of output, or bidi overrides that show "txt.exe" as
// "exe.txt". In a message they are shown as escapes — "\u001b" — never sent raw.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const ALL_CONTROLS = new RegExp(CONTROL.source, 'gu');

const escaped = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` with every control, line-break and bidi-control character written as `\uXXXX`. */
export function withVisibleControls(text: string): string {
  return CONTROL.test(text) ? text.replace(ALL_CONTROLS, escaped) : text;
}

/** Does `text` hold a bidi control (an override, embedding, isolate or mark)? */
export function hasBidiControl(text: string): boolean {
  return /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(text);
}
