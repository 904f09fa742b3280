// Runs in Node (CLI). `orgwork annex FILE`: the annex table as JSON, CSV or Markdown, in one
// document language or several (`--lang all`: the session's languages, one after another).
import { annexTablesToCsv } from '../../../shared/export/annex-csv.ts';
import { DOCUMENT_LANGUAGES, languagesOf } from '../../../shared/export/document-language.ts';
import { annexToJson, annexToMarkdown } from '../../../shared/export/index.ts';
import { deriveAnnex, type AnnexTable } from '../../../shared/schedule/index.ts';
import type { Command } from '../command.ts';
import { choice, loadSession, oneFile, output } from '../context.ts';

const ANNEX_FORMATS = {
  // One language gives the table itself (the shape `annex` always printed); several, an array of them.
  json: (tables: AnnexTable[]) => (tables.length === 1 ? annexToJson(tables[0]!) : `${JSON.stringify(tables, null, 2)}\n`),
  csv: annexTablesToCsv,
  md: (tables: AnnexTable[]) => tables.map(annexToMarkdown).join('\n'),
} as const;
type AnnexFormat = keyof typeof ANNEX_FORMATS;

export const annex: Command = {
  options: { lang: { type: 'string' }, format: { type: 'string' }, output: { type: 'string', short: 'o' } },
  async run(ctx) {
    const file = oneFile(ctx);
    const lang = choice(ctx, 'lang', DOCUMENT_LANGUAGES, 'zh');
    const format = choice(ctx, 'format', Object.keys(ANNEX_FORMATS) as AnnexFormat[], 'json');
    const session = await loadSession(ctx, file);
    const tables = languagesOf(lang, session).map((one) => deriveAnnex(session, one));
    await output(ctx, ANNEX_FORMATS[format](tables), ctx.values.output as string | undefined);
  },
};
