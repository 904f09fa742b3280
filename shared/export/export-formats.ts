// Runs everywhere (shared). Every kind of file Orgwork exports, by the name the CLI and the
// desktop Export menu use for it.
export const EXPORT_FORMATS = ['annex-docx', 'document-docx', 'annex-html', 'document-html', 'annex-pdf', 'document-pdf', 'ics', 'c3voc', 'csv', 'documents', 'changelog'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats whose contents are bytes, not text: never written to a terminal. */
export const BINARY_FORMATS: ReadonlySet<ExportFormat> = new Set(['annex-docx', 'document-docx', 'annex-pdf', 'document-pdf']);

/** The Export menus (desktop and toolbar), in groups: the annex, the whole document, the other files. */
export const EXPORT_MENU_GROUPS: readonly (readonly ExportFormat[])[] = [
  ['annex-docx', 'annex-pdf', 'annex-html'],
  ['document-docx', 'document-pdf', 'document-html'],
  ['ics', 'c3voc', 'csv', 'documents', 'changelog'],
];
