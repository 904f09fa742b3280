// Runs in Node (CLI). `diff` and `merge` give exit code 1 a meaning of their own (the files
// differ; conflicts remain), so, as diff(1) does, trouble — a file that does not load or
// cannot be written — exits 2 there, like a usage error, and never passes for an answer.
import type { CommandContext } from './context.ts';
import { EXIT_USAGE, InputError } from './errors.ts';

export const EXIT_TROUBLE = EXIT_USAGE;

export async function troubleExits2(ctx: CommandContext, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    ctx.io.stderr(`${error.lines.join('\n')}\n`);
    return EXIT_TROUBLE;
  }
}
