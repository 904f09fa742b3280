// Runs in Node (CLI). `orgwork merge BASE OURS THEIRS -o OUT [--prefer ours|theirs]`: the
// three-way merge of two copies of a session that both started from BASE (shared/merge). With
// two files (OURS THEIRS) there is no common version and every difference is a conflict.
// Conflicts are listed and nothing is written unless --prefer picks a side for all of them.
// Exit codes: 0 merged and written, 1 conflicts remain, 2 a usage error or a file that does
// not load or cannot be written.
import { LANGS, type Lang } from '../../../shared/i18n.ts';
import { mergeSessions, resolveMerge, type Conflict, type Side } from '../../../shared/merge/index.ts';
import { serializeSession } from '../../../shared/model/index.ts';
import type { Command } from '../command.ts';
import { choice, loadSession, output, requiredOption, type CommandContext } from '../context.ts';
import { EXIT_INVALID_INPUT, EXIT_OK, UsageError } from '../errors.ts';
import { troubleExits2 } from '../trouble.ts';

const SIDES: readonly Side[] = ['ours', 'theirs'];

function files(ctx: CommandContext): { base: string | null; ours: string; theirs: string } {
  const [first, second, third, extra] = ctx.positionals;
  if (extra !== undefined) throw new UsageError('usage.extraArgument', { value: extra });
  if (first === undefined || second === undefined) throw new UsageError('usage.mergeFiles');
  return third === undefined ? { base: null, ours: first, theirs: second } : { base: first, ours: second, theirs: third };
}

function conflictLines(conflict: Conflict, lang: Lang): string {
  return `[${conflict.id}] ${conflict.message[lang]}\n    ${conflict.ours[lang]}\n    ${conflict.theirs[lang]}\n`;
}

export const merge: Command = {
  options: { output: { type: 'string', short: 'o' }, prefer: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } },
  run: (ctx) =>
    troubleExits2(ctx, async () => {
      const paths = files(ctx);
      const out = requiredOption(ctx, 'output');
      const lang = choice(ctx, 'lang', LANGS, ctx.lang);
      const prefer = ctx.values.prefer === undefined ? undefined : choice(ctx, 'prefer', SIDES, 'ours');
      const base = paths.base === null ? null : await loadSession(ctx, paths.base);
      const merged = mergeSessions(base, await loadSession(ctx, paths.ours), await loadSession(ctx, paths.theirs));
      const result = resolveMerge(merged, {}, prefer);
      if (ctx.values.json) ctx.io.stdout(`${JSON.stringify({ conflicts: merged.conflicts, written: result.ok ? out : null }, null, 2)}\n`);
      if (!result.ok) {
        if (!ctx.values.json) for (const conflict of result.unresolved) ctx.io.stdout(conflictLines(conflict, lang));
        ctx.io.stderr(`${ctx.t('error.conflicts', { count: result.unresolved.length })}\n`);
        return EXIT_INVALID_INPUT;
      }
      if (prefer && merged.conflicts.length > 0) ctx.io.stderr(`${ctx.t('ok.preferred', { count: merged.conflicts.length, side: prefer })}\n`);
      await output(ctx, serializeSession(result.session), out);
      return EXIT_OK;
    }),
};
