// Runs in Node (CLI). `orgwork validate FILE`: does the file load?
import type { Command } from '../command.ts';
import { loadSession, oneFile } from '../context.ts';

export const validate: Command = {
  options: {},
  async run(ctx) {
    const file = oneFile(ctx);
    await loadSession(ctx, file);
    ctx.io.stdout(`${ctx.t('ok.valid', { file })}\n`);
  },
};
