// Runs in Node (main process, browser host, tests). The library database: one lowdb JSON file
// in the app's data folder (<dataDir>/library.json) for what the officer's work accumulates —
// today the term base's own terms (`terms`), later the library of past sessions and bodies.
// One Low instance per file for the whole process, so every window reads and writes the same
// data; lowdb writes through a temporary file and a rename, so a crash never leaves half a file.
// `new Low(new JSONFile(…))`, not JSONFilePreset: the preset keeps data in memory only when
// NODE_ENV=test, which would hide storage from the tests.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';
import { openSettingAsideDamagedAsync } from '../files/corrupt-file.ts';
import { DOC_LANGS } from '../../shared/i18n.ts';
import { TERM_SOURCES, type Term } from '../../shared/termbase/types.ts';

/** Fields other code may add (sessions, bodies) are kept as they are. */
export interface LibraryData {
  terms: Term[];
  [other: string]: unknown;
}

export const LIBRARY_FILE = 'library.json';

/**
 * A stored term: its text in two or more of the six languages. Files written before there were
 * six hold `{ en, zh, source }`, which is one of these; unknown fields are dropped.
 */
const storedTerm = z
  .object({
    ...Object.fromEntries(DOC_LANGS.map((lang) => [lang, z.string().min(1).optional()])),
    source: z.enum(TERM_SOURCES).exclude(['glossary']),
  })
  .refine((term) => DOC_LANGS.filter((lang) => typeof (term as Record<string, unknown>)[lang] === 'string').length >= 2);

/** Terms that are still usable; a hand-edited entry that is not is skipped, not fatal. */
function usableTerms(value: unknown): Term[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = storedTerm.safeParse(entry);
    return parsed.success ? [parsed.data as Term] : [];
  });
}

const opened = new Map<string, Promise<Low<LibraryData>>>();

async function read(file: string): Promise<Low<LibraryData>> {
  const db = new Low<LibraryData>(new JSONFile<LibraryData>(file), { terms: [] });
  await db.read();
  db.data = { ...db.data, terms: usableTerms(db.data.terms) };
  return db;
}

async function open(file: string): Promise<Low<LibraryData>> {
  await mkdir(dirname(file), { recursive: true });
  // A file that is not JSON is kept aside (library.corrupt-<date>.json), never written over,
  // and the library starts empty: the app works on; only past terms and revisions are missing.
  const { value, setAside } = await openSettingAsideDamagedAsync(file, () => read(file));
  if (setAside) console.warn(`orgwork: the library ${file} was damaged; kept as ${setAside}, starting with an empty library`);
  return value;
}

/** The library of `dataDir`, read once per process. Rejects (every time) when the file cannot be read. */
export function openLibrary(dataDir: string): Promise<Low<LibraryData>> {
  const file = join(dataDir, LIBRARY_FILE);
  let db = opened.get(file);
  if (!db) {
    db = open(file);
    opened.set(file, db);
    // A failed read is tried again next time (the officer may have repaired the file).
    db.catch(() => opened.delete(file));
  }
  return db;
}

/**
 * Reads and changes the library in one step: `change` runs synchronously on the data as it is
 * now and lowdb writes the result, so two changes at the same time (two term-base imports) each
 * see the other's result. Reading in one await and writing in another lost one of them.
 */
export async function updateLibrary<T>(dataDir: string, change: (data: LibraryData) => T): Promise<T> {
  const db = await openLibrary(dataDir);
  let result!: T;
  await db.update((data) => {
    result = change(data);
  });
  return result;
}
