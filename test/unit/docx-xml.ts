// Runs in Node (tests). Reading a .docx in tests: fflate (the zip library docx itself packs
// with) unzips it, and a few regular expressions pick tables, rows, cells, runs and text out
// of WordprocessingML — enough to assert structure without an XML library.
import { strFromU8, unzipSync } from 'fflate';

export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([path]) => /\.(xml|rels)$/.test(path)).map(([path, data]) => [path, strFromU8(data)]));
}

export function documentXml(bytes: Uint8Array): string {
  const xml = docxParts(bytes)['word/document.xml'];
  if (xml === undefined) throw new Error('no word/document.xml in the package');
  return xml;
}

const all = (xml: string, pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => m[0]);

/** Our documents never nest tables, so a lazy match finds each one whole. */
export const tablesOf = (xml: string) => all(xml, /<w:tbl>[\s\S]*?<\/w:tbl>/g);
export const rowsOf = (table: string) => all(table, /<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g);
export const cellsOf = (row: string) => all(row, /<w:tc>[\s\S]*?<\/w:tc>/g);
/** `<w:r>` and `<w:r …>`, not `<w:rPr>` or `<w:rFonts>`. */
export const runsOf = (xml: string) => all(xml, /<w:r(?:\s[^>]*)?>[\s\S]*?<\/w:r>/g);
export const paragraphsOf = (xml: string) => all(xml, /<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g);

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The text of a piece of WordprocessingML: its w:t contents, a tab for w:tab. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? '\t' : unescape(m[1]))).join('');
}

export function gridSpanOf(cell: string): number {
  return Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell)?.[1] ?? 1);
}

/** The text of a paragraph without its superscripts (footnote numbers). */
export function plainTextOf(paragraph: string): string {
  return runsOf(paragraph)
    .filter((run) => !run.includes('<w:vertAlign w:val="superscript"/>'))
    .map(textOf)
    .join('');
}

/** The expected texts that are not, in this order, whole entries of `texts` (others may come between). */
export function missingInOrder(texts: readonly string[], expected: readonly string[]): string[] {
  let at = 0;
  const missing: string[] = [];
  for (const want of expected) {
    const found = texts.indexOf(want, at);
    if (found < 0) missing.push(want);
    else at = found + 1;
  }
  return missing;
}
