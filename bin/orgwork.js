#!/usr/bin/env node
// The `orgwork` command. Runs the TypeScript sources through tsx, so the command in a
// checkout is always the code in it: no build step between an edit and a run.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli.ts');
try {
  process.exitCode = await runCli(process.argv.slice(2));
} catch (error) {
  // A bug, not bad input: say so in one line; ORGWORK_DEBUG=1 shows the stack.
  process.stderr.write(`orgwork: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.ORGWORK_DEBUG) console.error(error);
  process.exitCode = 70;
}
