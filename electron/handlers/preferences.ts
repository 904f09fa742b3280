// Runs in Node. Preferences behind one small interface: electron-store in the app (main.ts),
// a JSON file in the browser host and tests. Whatever is stored, what comes out is checked
// and completed with defaults: a hand-edited or older preferences file never breaks start-up.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { DEFAULT_PREFERENCES, DENSITIES, PANEL_WIDTH_RANGE, SIDE_PANELS, type Preferences } from '../../shared/api.ts';
import { DOC_LANGS, LANGS } from '../../shared/i18n.ts';
import { MAX_ZOOM, MIN_ZOOM } from '../../shared/zoom.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';

export interface PreferencesStore {
  get(): Promise<Preferences>;
  set(patch: Partial<Preferences>): Promise<Preferences>;
}

export const MAX_RECENT_FILES = 10;

const boundsSchema = z.object({
  x: z.number().optional(),
  y: z.number().optional(),
  width: z.number().min(200),
  height: z.number().min(200),
  maximized: z.boolean().optional(),
});

/** A document language choice: any of the six, both (Chinese and English) or all of the session's. Files from before the six hold zh, en or both. */
export const documentLanguage = z.enum([...DOC_LANGS, 'both', 'all']);

/** Two different languages for the inspector's side-by-side pair. */
const languagePair = z
  .array(z.enum(DOC_LANGS))
  .length(2)
  .refine(([a, b]) => a !== b);

export const preferencesPatchSchema = z
  .object({
    uiLang: z.enum(LANGS),
    docLang: documentLanguage,
    recentFiles: z.array(z.string()).max(MAX_RECENT_FILES),
    recoveryIntervalSeconds: z.number().int().min(1).max(600),
    windowBounds: boundsSchema,
    zoomFactor: z.number().min(MIN_ZOOM).max(MAX_ZOOM),
    hiddenPanels: z.array(z.enum(SIDE_PANELS)).max(SIDE_PANELS.length),
    density: z.enum(DENSITIES),
    panelWidths: z
      .object(Object.fromEntries(SIDE_PANELS.map((panel) => [panel, z.number().min(PANEL_WIDTH_RANGE.min).max(PANEL_WIDTH_RANGE.max).optional()])))
      .strict(),
    inspectorLangs: languagePair,
  })
  .partial()
  .strict();

/** Stored values that are still valid, over the defaults; invalid fields fall back one by one. */
export function completePreferences(stored: unknown): Preferences {
  const out: Preferences = { ...DEFAULT_PREFERENCES };
  if (typeof stored !== 'object' || stored === null) return out;
  const shape = preferencesPatchSchema.shape;
  for (const [key, schema] of Object.entries(shape)) {
    const parsed = schema.safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success && parsed.data !== undefined) (out as unknown as Record<string, unknown>)[key] = parsed.data;
  }
  return out;
}

/** Most recent first, no duplicates, at most MAX_RECENT_FILES. */
export function withRecentFile(recent: readonly string[], path: string): string[] {
  return [path, ...recent.filter((p) => p !== path)].slice(0, MAX_RECENT_FILES);
}

export function jsonFilePreferences(file: string): PreferencesStore {
  const read = async (): Promise<Preferences> => {
    try {
      return completePreferences(JSON.parse(await readFile(file, 'utf8')));
    } catch {
      return { ...DEFAULT_PREFERENCES };
    }
  };
  const write = async (patch: Partial<Preferences>): Promise<Preferences> => {
    const next = { ...(await read()), ...preferencesPatchSchema.parse(patch) };
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
    return next;
  };
  // Each change reads, merges and writes the file: two at once (both languages switched in
  // quick succession) would each write over the other. One at a time, in order.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    get: read,
    set(patch) {
      const done = queue.then(() => write(patch));
      queue = done.catch(() => undefined);
      return done;
    },
  };
}
