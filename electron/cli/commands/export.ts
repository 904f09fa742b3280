// Runs in Node (CLI). `orgwork export FILE --format F --lang zh|en|both [-o OUT]`: every export
// of shared/export from the command line. Word and PDF files are bytes and need -o: they are
// never written to a terminal. PDF is printed by a Chromium on this machine.
import { DOCUMENT_LANGUAGES } from '../../../shared/export/document-language.ts';
import { BINARY_FORMATS, EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/export-formats.ts';
import { exportSession } from '../../../shared/export/export-session.ts';
import { ChromiumNotFoundError, htmlToPdf } from '../../export/pdf.ts';
import type { Command } from '../command.ts';
import { choice, loadSession, oneFile, output, type CommandContext } from '../context.ts';
import { InputError, UsageError } from '../errors.ts';

function requiredFormat(ctx: CommandContext): ExportFormat {
  if (ctx.values.format === undefined) throw new UsageError('usage.missingOption', { option: 'format' });
  return choice(ctx, 'format', EXPORT_FORMATS, 'annex-html');
}

export const exportCommand: Command = {
  options: { format: { type: 'string' }, lang: { type: 'string' }, output: { type: 'string', short: 'o' } },
  async run(ctx) {
    const file = oneFile(ctx);
    const format = requiredFormat(ctx);
    const lang = choice(ctx, 'lang', DOCUMENT_LANGUAGES, 'zh');
    const out = ctx.values.output as string | undefined;
    if (BINARY_FORMATS.has(format) && out === undefined) throw new UsageError('usage.binaryNeedsOutput', { format });
    const session = await loadSession(ctx, file);
    let data: string | Uint8Array;
    try {
      data = await exportSession(session, format, lang, { printPdf: (html) => htmlToPdf(html) });
    } catch (error) {
      if (error instanceof ChromiumNotFoundError) throw new InputError([ctx.t('error.noChromium', { paths: error.searched.join(', ') })]);
      throw error;
    }
    await output(ctx, data, out);
  },
};
