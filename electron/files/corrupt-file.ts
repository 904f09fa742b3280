// Runs in Node (main process, browser host, tests). Our own data files (preferences, the
// library) can be damaged: a disk that filled up, a hand edit, another program. Start-up must
// not crash on them, and the file must not be lost either: it is kept aside beside the
// original as `<name>.corrupt-<date>.json`, for a colleague or support to look at, and the
// store starts again from its defaults. The caller says so once.
import { existsSync, renameSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/** `preferences.json` → `preferences.corrupt-2026-12-06T04-30-00.json`, beside it. */
export function corruptCopyPath(file: string, now: Date): string {
  const extension = extname(file);
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  return join(dirname(file), `${basename(file, extension)}.corrupt-${stamp}${extension || '.json'}`);
}

/** Not JSON: what JSON.parse (lowdb) and conf (electron-store) throw for a damaged file. */
const isDamaged = (error: unknown) => error instanceof Error && error.name === 'SyntaxError';

export interface Opened<T> {
  value: T;
  /** Where the damaged file was kept, when it was; null when it opened as it was. */
  setAside: string | null;
}

/** Opens a store of `file`; when the file is damaged, keeps it aside and opens afresh. */
export function openSettingAsideDamaged<T>(file: string, open: () => T, now = new Date()): Opened<T> {
  try {
    return { value: open(), setAside: null };
  } catch (error) {
    if (!isDamaged(error) || !existsSync(file)) throw error;
    const aside = corruptCopyPath(file, now);
    renameSync(file, aside);
    return { value: open(), setAside: aside };
  }
}

/** The same for a store that opens asynchronously (lowdb). */
export async function openSettingAsideDamagedAsync<T>(file: string, open: () => Promise<T>, now = new Date()): Promise<Opened<T>> {
  try {
    return { value: await open(), setAside: null };
  } catch (error) {
    if (!isDamaged(error) || !existsSync(file)) throw error;
    const aside = corruptCopyPath(file, now);
    await rename(file, aside);
    return { value: await open(), setAside: aside };
  }
}
