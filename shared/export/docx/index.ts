// Runs everywhere (shared). Word documents: the annex table alone, and the whole agenda
// document. Imported on its own (not through shared/export/index.ts) so that code which
// never writes Word does not load the docx library.
export { annexToDocx } from './annex-docx.ts';
export { documentToDocx } from './document-docx.ts';
export { annexTable, annexBlocks, annexOrientation } from './annex-table.ts';
