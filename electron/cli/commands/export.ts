// Runs in Node (CLI). `orgwork export FILE --format F --lang ar|en|es|fr|ru|zh|both|all [-o OUT]`: every export
// of shared/export from the command line. Word and PDF files are bytes and need -o: they are
// never written to a terminal. PDF is printed by a Chromium on this machine.
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../../shared/export/document-language.ts';
import { BINARY_FORMATS, EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/export-formats.ts';
import { exportSession } from '../../../shared/export/export-session.ts';
import { missingLabels } from '../../../shared/export/missing-labels.ts';
import { formatPath } from '../../../shared/model/path.ts';
import type { Session } from '../../../shared/model/types.ts';
import { ChromiumNotFoundError, htmlToPdf } from '../../export/pdf.ts';
import type { Command } from '../command.ts';
import { choice, loadSession, oneFile, output, type CommandContext } from '../context.ts';
import { InputError, UsageError } from '../errors.ts';

/** How many paths a warning names before "and N more". */
const PATHS_SHOWN = 5;

/**
 * Says on standard error, per document language, how many labels the export prints in the
 * other language (the fallback keeps the document whole, but the officer must know).
 * Returns whether any is missing.
 */
function warnMissingLabels(ctx: CommandContext, file: string, session: Session, lang: DocumentLanguage): boolean {
  const gaps = missingLabels(session, lang);
  for (const gap of gaps) {
    const paths = gap.paths.map(formatPath);
    const shown = paths.slice(0, PATHS_SHOWN).join(', ');
    const where = paths.length > PATHS_SHOWN ? ctx.t('warning.more', { list: shown, count: paths.length - PATHS_SHOWN }) : shown;
    const params = { file, count: paths.length, language: ctx.t(`language.${gap.lang}`), where };
    ctx.io.stderr(`${ctx.t('warning.missingLabels', params)}\n`);
  }
  return gaps.length > 0;
}

function requiredFormat(ctx: CommandContext): ExportFormat {
  if (ctx.values.format === undefined) throw new UsageError('usage.missingOption', { option: 'format' });
  return choice(ctx, 'format', EXPORT_FORMATS, 'annex-html');
}

export const exportCommand: Command = {
  options: { format: { type: 'string' }, lang: { type: 'string' }, output: { type: 'string', short: 'o' }, strict: { type: 'boolean' } },
  async run(ctx) {
    const file = oneFile(ctx);
    const format = requiredFormat(ctx);
    const lang = choice(ctx, 'lang', DOCUMENT_LANGUAGES, 'zh');
    const out = ctx.values.output as string | undefined;
    if (BINARY_FORMATS.has(format) && out === undefined) throw new UsageError('usage.binaryNeedsOutput', { format });
    const session = await loadSession(ctx, file);
    if (warnMissingLabels(ctx, file, session, lang) && ctx.values.strict === true) throw new InputError([ctx.t('warning.strictMissing')]);
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
