// Runs in Node. A session opened straight from an email attachment lives in a folder the mail
// program empties when it likes; saving there would lose the work. These are such folders.
import { tmpdir } from 'node:os';
import { sep } from 'node:path';

/** Folder names mail programs use for opened attachments, wherever they sit. */
const ATTACHMENT_CACHES = ['Content.Outlook', 'INetCache', 'Temporary Internet Files', 'Outlook Temp'];

export function defaultTemporaryFolders(): string[] {
  return [tmpdir()];
}

export function isTemporaryLocation(path: string, temporaryFolders: readonly string[]): boolean {
  const inFolder = temporaryFolders.some((folder) => folder !== '' && (path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep)));
  return inFolder || path.split(/[\\/]/).some((part) => ATTACHMENT_CACHES.includes(part));
}
