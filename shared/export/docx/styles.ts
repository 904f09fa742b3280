// Runs everywhere (shared). The document's styles: the defaults every paragraph starts from
// (Times New Roman and SimSun, 10 pt, British English and simplified Chinese), and the
// style of the annex table's cells (9 pt, no space between paragraphs). A cell names its
// style instead of repeating its size and spacing, which also sizes an empty cell right.
import type { IStylesOptions } from 'docx';
import { FONTS, SIZE } from './text.ts';

export const TABLE_TEXT = 'OrgworkTableText';

export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONTS, size: SIZE.body, language: { value: 'en-GB', eastAsia: 'zh-CN' } },
    },
  },
  paragraphStyles: [
    {
      id: TABLE_TEXT,
      name: 'Orgwork table text',
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: FONTS, size: SIZE.table },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
  ],
};
