// Runs everywhere (shared). What a printed page of the whole document carries besides its
// text, as the Word export has it: from page 2 the document's symbols at the head of the
// page (on the side the text starts from) and the page number at its foot; the first page,
// the masthead's, has neither. CSS page-margin boxes, which Chromium prints (the CLI's PDF
// and Electron's printToPDF); a browser showing the file on screen ignores them.

/**
 * `text` as a CSS string: every character but plain letters, digits, spaces and the
 * punctuation of symbols is a hexadecimal escape, so a symbol from a file can neither end
 * the string nor the style element ("</style>") it stands in.
 */
export function cssString(text: string): string {
  const escaped = Array.from(text, (char) => (/^[A-Za-z0-9 ./-]$/.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `)).join('');
  return `"${escaped}"`;
}

export function pageFurnitureCss(symbols: readonly string[], rightToLeft: boolean): string {
  const head = rightToLeft ? 'top-right' : 'top-left';
  // "\A" is a line break in generated content; white-space keeps it one.
  const header = symbols.length > 0 ? `@${head} { content: ${symbols.map(cssString).join(' "\\A" ')}; white-space: pre; font-weight: bold; font-size: 9pt; vertical-align: bottom; }` : '';
  return [
    `@page { ${header} @bottom-center { content: counter(page); font-size: 9pt; } }`,
    `@page :first { ${symbols.length > 0 ? `@${head} { content: none; }` : ''} @bottom-center { content: none; } }`,
  ].join('\n');
}
