// Runs in the Electron main process. Preferences in electron-store (the platform's app-data
// folder, written atomically by the library), read through completePreferences so a damaged
// or older store never breaks start-up.
import { join } from 'node:path';
import { app } from 'electron';
import Store from 'electron-store';
import { openSettingAsideDamaged } from '../files/corrupt-file.ts';
import type { Preferences } from '../../shared/api.ts';
import { completePreferences, preferencesPatchSchema, type PreferencesStore } from '../handlers/preferences.ts';

/**
 * The preferences store. A damaged file (conf throws at construction, before any window) is
 * kept aside as `preferences.corrupt-<date>.json` and the app starts with defaults;
 * `damaged` says where the file went, for main to tell the user once.
 */
export function electronPreferences(onChange: (prefs: Preferences) => void): PreferencesStore & { damaged: string | null } {
  const file = join(app.getPath('userData'), 'preferences.json');
  const { value: store, setAside } = openSettingAsideDamaged(file, () => new Store<Record<string, unknown>>({ name: 'preferences' }));
  return {
    damaged: setAside,
    get: async () => completePreferences(store.store),
    async set(patch) {
      const checked = preferencesPatchSchema.parse(patch);
      for (const [key, value] of Object.entries(checked)) store.set(key, value);
      const next = completePreferences(store.store);
      onChange(next);
      return next;
    },
  };
}
