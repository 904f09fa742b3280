// Runs in Node (CLI). What a command of `orgwork` is: its options and how it runs.
import type { CommandContext } from './context.ts';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface Command {
  options: OptionSpec;
  /** Returns the exit code when it is not 0 and not said by throwing (validate's verdict). */
  run(ctx: CommandContext): Promise<number | void>;
}
