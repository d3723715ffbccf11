// Where settings live in storage.sync: one key per field ("settings.theme"), so two pages or two
// devices changing different fields at once never overwrite each other. Older versions kept every
// field in one "settings" key; it is read until the first write moves it (see store.ts).
// Tiny and dependency-free: a still new tab checks storage changes with it before anything loads.

/** The single key of older versions (and the meta key WXT's storage kept beside it). */
export const LEGACY_KEYS = ['settings', 'settings$'] as const;

export const FIELD_PREFIX = 'settings.';

/** Whether a storage.sync key holds settings (a field's own key, or the old single key). */
export const isSettingsKey = (key: string): boolean => key === LEGACY_KEYS[0] || key.startsWith(FIELD_PREFIX);

/** Whether a storage.onChanged event changed any setting. */
export const touchesSettings = (changes: Record<string, unknown>): boolean => Object.keys(changes).some(isSettingsKey);
