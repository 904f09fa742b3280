// Runs in Node (CLI). What a command of `orgwork` is: its options and how it runs.
import type { CommandContext } from './context.ts';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface Command {
  options: OptionSpec;
  run(ctx: CommandContext): Promise<void>;
}
