// Runs in Node (main process and CLI). File system errors as a person would say them.
const REASONS: Record<string, string> = {
  ENOENT: 'notFound',
  EISDIR: 'isDirectory',
  EACCES: 'denied',
  EPERM: 'denied',
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EROFS: 'readOnly',
  EREADONLYFILE: 'readOnlyFile',
  ELOOP: 'linkLoop',
};

/** The key (under `error.`) of the reason for a failed file operation, and its code. */
export function fsReason(error: unknown, forWrite = false): { key: string; code: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN';
  // A missing folder is what ENOENT means when writing.
  if (code === 'ENOENT' && forWrite) return { key: 'noFolder', code };
  return { key: REASONS[code] ?? 'other', code };
}
