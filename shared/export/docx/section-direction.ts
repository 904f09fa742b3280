// Runs everywhere (shared). Right-to-left sections in the packed .docx: an Arabic section's
// properties say w:bidi, Word's "Section direction: right-to-left", so that Word and
// LibreOffice lay the section's page out from the right (its header and footer, the page's
// default paragraph direction in LibreOffice). The docx library writes no w:bidi in sectPr,
// so it is put in after packing, with fflate (the zip library docx itself packs with).
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const DOCUMENT = 'word/document.xml';
const SECTION = /<w:sectPr>[\s\S]*?<\/w:sectPr>/g;

/**
 * The package with w:bidi in the properties of each section whose flag is true (sections in
 * document order). It stands right before w:docGrid, where the schema's order of a
 * section's properties puts it (after titlePg and textDirection).
 */
export function withRightToLeftSections(docx: Uint8Array, rightToLeft: readonly boolean[]): Uint8Array {
  if (!rightToLeft.includes(true)) return docx;
  const files = unzipSync(docx);
  const xml = strFromU8(files[DOCUMENT]!);
  let index = 0;
  const marked = xml.replace(SECTION, (section) => (rightToLeft[index++] ? section.replace('<w:docGrid', '<w:bidi/><w:docGrid') : section));
  if (index !== rightToLeft.length) throw new Error(`the package has ${index} sections, ${rightToLeft.length} were laid out`);
  const repacked: Zippable = {};
  for (const [path, data] of Object.entries(files)) repacked[path] = path === DOCUMENT ? strToU8(marked) : data;
  return zipSync(repacked);
}
