// Runs in Node (tests). Runs `orgwork` commands in-process, capturing what they print.
import { runCli } from '../../electron/cli.ts';
import { nodeIo } from '../../electron/cli/io.ts';

export async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { ...nodeIo, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), newId: () => 'new-id' });
  return { code, stdout, stderr };
}
