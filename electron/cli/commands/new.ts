// Runs in Node (CLI). `orgwork new`: an empty back-to-back week to start from.
import { serializeSession } from '../../../shared/model/index.ts';
import { newSession, Refusal } from '../../../shared/schedule/index.ts';
import type { Command } from '../command.ts';
import { output, requiredOption as required } from '../context.ts';
import { InputError, UsageError } from '../errors.ts';

const MAX_BODIES = 26;

export const create: Command = {
  options: {
    bodies: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError('usage.extraArgument', { value: ctx.positionals[0]! });
    const bodiesText = required(ctx, 'bodies');
    const bodies = Number(bodiesText);
    if (!/^\d+$/.test(bodiesText) || bodies < 1 || bodies > MAX_BODIES) throw new UsageError('usage.badBodies', { value: bodiesText });
    const [from, to] = [required(ctx, 'from'), required(ctx, 'to')];
    const out = required(ctx, 'output');
    let text: string;
    try {
      text = serializeSession(newSession({ id: ctx.io.newId(), bodies, from, to }));
    } catch (error) {
      if (error instanceof Refusal) throw new UsageError('usage.badOption', { detail: error.reason[ctx.lang] });
      throw error;
    }
    if (!ctx.values.force && (await ctx.io.exists(out))) throw new InputError([ctx.t('error.exists', { file: out })]);
    await output(ctx, text, out);
  },
};

