// Runs in Node (main process, browser host, tests). The files one window may open or save
// by name. The renderer is not trusted to name files: a page that went wrong could otherwise
// overwrite any file the user can write, or read one back through an error message. Main
// grants a path only when it handed it out itself — a file dialog's answer, the file the
// window was started for (command line, open-file, second-instance), a journal entry it
// recovered — and the Open Recent list, kept in main's own preferences, counts too.
import { resolve } from 'node:path';
import type { Message } from '../../shared/i18n.ts';
import { hostMessage } from './messages.ts';

export class PathGrants {
  private readonly granted = new Set<string>();

  /** Lets this window name `path` from now on; returns it. */
  grant<T extends string | null | undefined>(path: T): T {
    if (path) this.granted.add(resolve(path));
    return path;
  }

  allows(path: string, recentFiles: readonly string[] = []): boolean {
    const full = resolve(path);
    return this.granted.has(full) || recentFiles.some((recent) => resolve(recent) === full);
  }
}

/** Said when the renderer names a file main never handed out. The path is the renderer's, the file's contents never. */
export const notGrantedMessage = (path: string): Message => hostMessage('error.notGranted', { file: path });
