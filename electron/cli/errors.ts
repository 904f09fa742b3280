// Runs in Node (CLI). The two ways a command fails, and their exit codes.
export const EXIT_OK = 0;
export const EXIT_INVALID_INPUT = 1;
export const EXIT_USAGE = 2;

type Params = Record<string, string | number>;

/** The command line itself is wrong: exit 2, with a pointer to --help. */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Params = {},
  ) {
    super(key);
  }
}

/** The input (a file, its contents) is wrong: exit 1. `lines` are already translated. */
export class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}
