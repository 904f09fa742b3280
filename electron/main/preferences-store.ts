// Runs in the Electron main process. Preferences in electron-store (the platform's app-data
// folder, written atomically by the library), read through completePreferences so a damaged
// or older store never breaks start-up.
import Store from 'electron-store';
import type { Preferences } from '../../shared/api.ts';
import { completePreferences, preferencesPatchSchema, type PreferencesStore } from '../handlers/preferences.ts';

export function electronPreferences(onChange: (prefs: Preferences) => void): PreferencesStore {
  const store = new Store<Record<string, unknown>>({ name: 'preferences' });
  return {
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
