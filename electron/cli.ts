// Runs in Node (CLI). `orgwork <command> …`: the entry point behind bin/orgwork.js.
// runCli never throws for bad input: it prints a message and returns the exit code.
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../shared/i18n.ts';
import { COMMANDS } from './cli/commands/index.ts';
import { EXIT_INVALID_INPUT, EXIT_OK, EXIT_USAGE, InputError, UsageError } from './cli/errors.ts';
import { cliT } from './cli/i18n.ts';
import { nodeIo, type CliIo } from './cli/io.ts';

const COMMON_OPTIONS = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * Takes --ui-lang out of the arguments, wherever it stands, before anything else is read:
 * even a usage error is then said in the language asked for.
 */
function takeUiLang(argv: readonly string[]): { lang: Lang | string; args: string[] } {
  const args: string[] = [];
  let lang = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--ui-lang') lang = argv[++i] ?? '';
    else if (arg.startsWith('--ui-lang=')) lang = arg.slice('--ui-lang='.length);
    else args.push(arg);
  }
  return { lang, args };
}

const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

export async function runCli(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  const { lang: asked, args } = takeUiLang(argv);
  const lang = isLang(asked) ? asked : 'en';
  const t = cliT(lang);
  const [name, ...rest] = args;
  const usage = (key: string, params: Record<string, string | number>, command?: string) => {
    const helpFor = command ? `orgwork ${command}` : 'orgwork';
    io.stderr(`orgwork: ${t(key, params)}\n${t('usage.seeHelp', { command: helpFor })}\n`);
    return EXIT_USAGE;
  };

  if (!isLang(asked)) return usage('usage.badChoice', { option: 'ui-lang', choices: LANGS.join(', '), value: asked }, name);
  if (name === undefined || name.startsWith('-')) {
    if (name !== '--help' && name !== '-h') return usage('usage.noCommand', {});
    io.stdout(`${t('help.main')}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) return usage('usage.unknownCommand', { command: name });

  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: { ...COMMON_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
  } catch (error) {
    return usage('usage.badOption', { detail: (error as Error).message }, name);
  }
  if (parsed.values.help) {
    io.stdout(`${t(`help.${name}`)}\n`);
    return EXIT_OK;
  }
  try {
    const code = await command.run({ io, lang, t, positionals: parsed.positionals, values: parsed.values });
    return code ?? EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) return usage(error.key, error.params, name);
    if (error instanceof InputError) {
      io.stderr(`${error.lines.join('\n')}\n`);
      return EXIT_INVALID_INPUT;
    }
    throw error;
  }
}
