// Runs in Node (CLI). `orgwork import-agenda FILE [--lang ar|en|es|fr|ru|zh]`: an agenda as
// text (copied from a UN document, in any of the six languages; guessed when --lang is not
// given) read into agenda items, printed as JSON on standard output — what the app's import
// preview shows. Warnings (lines left out, numbers skipped, footnote marks taken as joint
// markers) go to standard error, one per line; a text with no items at all is invalid input.
import { DOC_LANGS } from '../../../shared/i18n.ts';
import { guessLang, parseAgenda } from '../../../shared/import/index.ts';
import type { Command } from '../command.ts';
import { choice, oneFile, readText } from '../context.ts';
import { InputError } from '../errors.ts';

export const importAgenda: Command = {
  options: { lang: { type: 'string' } },
  async run(ctx) {
    const file = oneFile(ctx);
    const text = await readText(ctx, file);
    const lang = choice(ctx, 'lang', DOC_LANGS, guessLang(text));
    const { items, warnings } = parseAgenda(text, lang);
    const lines = warnings.map((warning) => `${file}: ${warning.message[ctx.lang]}`);
    if (items.length === 0) throw new InputError(lines);
    if (lines.length > 0) ctx.io.stderr(`${lines.join('\n')}\n`);
    ctx.io.stdout(`${JSON.stringify(items, null, 2)}\n`);
  },
};
