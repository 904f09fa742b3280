// Runs in the Electron main process (and tests). Which session files a start asked for: the
// OS passes them on the command line (Windows, Linux; a second instance's argv) or through
// `open-file` (macOS). Flags and the app's own path are not files.
import { isAbsolute, resolve } from 'node:path';
import { isSessionFileName } from '../../shared/api.ts';

export function sessionFilesIn(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && isSessionFileName(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
}
