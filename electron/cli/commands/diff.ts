// Runs in Node (CLI). `orgwork diff A B [--lang zh|en] [--json]`: what changed from session A
// to session B, one readable line per change (shared/merge/diff.ts). Exit codes as diff(1):
// 0 the same, 1 different, 2 a usage error or a file that does not load.
import { LANGS } from '../../../shared/i18n.ts';
import { diffSessions } from '../../../shared/merge/index.ts';
import type { Command } from '../command.ts';
import { choice, loadSession } from '../context.ts';
import { EXIT_INVALID_INPUT, EXIT_OK, UsageError } from '../errors.ts';
import { troubleExits2 } from '../trouble.ts';

export const diff: Command = {
  options: { lang: { type: 'string' }, json: { type: 'boolean' } },
  run: (ctx) =>
    troubleExits2(ctx, async () => {
      const [a, b, extra] = ctx.positionals;
      if (a === undefined || b === undefined) throw new UsageError('usage.twoFiles');
      if (extra !== undefined) throw new UsageError('usage.extraArgument', { value: extra });
      const lang = choice(ctx, 'lang', LANGS, ctx.lang);
      const changes = diffSessions(await loadSession(ctx, a), await loadSession(ctx, b));
      if (ctx.values.json) ctx.io.stdout(`${JSON.stringify({ a, b, identical: changes.length === 0, changes }, null, 2)}\n`);
      else for (const change of changes) ctx.io.stdout(`${change.message[lang]}\n`);
      return changes.length === 0 ? EXIT_OK : EXIT_INVALID_INPUT;
    }),
};
