// Runs in Node (CLI). What every command gets: its parsed arguments, the outside world and
// the language to speak; and the file helpers all commands share.
import type { TFunction } from 'i18next';
import type { Lang } from '../../shared/i18n.ts';
import { parseSession } from '../../shared/model/index.ts';
import type { Session } from '../../shared/model/types.ts';
import { fsReason } from '../files/fs-errors.ts';
import { InputError, UsageError } from './errors.ts';
import type { CliIo } from './io.ts';

export interface CommandContext {
  io: CliIo;
  lang: Lang;
  t: TFunction;
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export function oneFile(ctx: CommandContext): string {
  const [file, extra] = ctx.positionals;
  if (file === undefined) throw new UsageError('usage.missingFile');
  if (extra !== undefined) throw new UsageError('usage.extraArgument', { value: extra });
  return file;
}

export function requiredOption(ctx: CommandContext, option: string): string {
  const value = ctx.values[option];
  if (typeof value !== 'string') throw new UsageError('usage.missingOption', { option });
  return value;
}

export function choice<T extends string>(ctx: CommandContext, option: string, choices: readonly T[], fallback: T): T {
  const value = ctx.values[option];
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError('usage.badChoice', { option, choices: choices.join(', '), value: String(value) });
}

export async function readText(ctx: CommandContext, file: string): Promise<string> {
  try {
    return await ctx.io.readFile(file);
  } catch (error) {
    const { key, code } = fsReason(error);
    throw new InputError([ctx.t('error.read', { file, reason: ctx.t(`error.${key}`, { code }) })]);
  }
}

/** Reads and parses a session file; every reason it does not load is one `path: message` line. */
export async function loadSession(ctx: CommandContext, file: string): Promise<Session> {
  return sessionOfText(ctx, await readText(ctx, file));
}

/** A session file's text, already read, parsed; every reason it does not load is one line. */
export function sessionOfText(ctx: CommandContext, text: string): Session {
  const result = parseSession(text);
  if (!result.ok) throw new InputError(result.errors.map((e) => `${e.path}: ${e.message[ctx.lang]}`));
  return result.session;
}

/** Writes to `-o` when given, else (text only: callers refuse bytes first) to standard output. */
export async function output(ctx: CommandContext, data: string | Uint8Array, out: string | undefined): Promise<void> {
  if (out === undefined) {
    if (typeof data !== 'string') throw new Error('binary output needs a file');
    ctx.io.stdout(data);
    return;
  }
  try {
    await ctx.io.writeFile(out, data);
  } catch (error) {
    const { key, code } = fsReason(error, true);
    throw new InputError([ctx.t('error.write', { file: out, reason: ctx.t(`error.${key}`, { code }) })]);
  }
  ctx.io.stderr(`${ctx.t('ok.written', { file: out })}\n`);
}
