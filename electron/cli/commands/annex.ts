// Runs in Node (CLI). `orgwork annex FILE`: the annex table as JSON, CSV or Markdown.
import { annexToCsv, annexToJson, annexToMarkdown } from '../../../shared/export/index.ts';
import { LANGS } from '../../../shared/i18n.ts';
import { deriveAnnex } from '../../../shared/schedule/index.ts';
import type { Command } from '../command.ts';
import { choice, loadSession, oneFile, output } from '../context.ts';

const ANNEX_FORMATS = { json: annexToJson, csv: annexToCsv, md: annexToMarkdown } as const;
type AnnexFormat = keyof typeof ANNEX_FORMATS;

export const annex: Command = {
  options: { lang: { type: 'string' }, format: { type: 'string' }, output: { type: 'string', short: 'o' } },
  async run(ctx) {
    const file = oneFile(ctx);
    const lang = choice(ctx, 'lang', LANGS, 'zh');
    const format = choice(ctx, 'format', Object.keys(ANNEX_FORMATS) as AnnexFormat[], 'json');
    const session = await loadSession(ctx, file);
    await output(ctx, ANNEX_FORMATS[format](deriveAnnex(session, lang)), ctx.values.output as string | undefined);
  },
};
