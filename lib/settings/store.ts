// The one owner of stored settings: browser.storage.sync through WXT's storage API, so settings
// follow the person across their signed-in browsers. Reads are always complete and valid.
import { storage } from 'wxt/utils/storage';
import { normalizeSettings, validatePatch, type Settings } from './schema';
import { writeMirror } from './mirror';

/** Stored as given (partial: only what the person changed); version 1, migrations added here. */
const item = storage.defineItem<Record<string, unknown> | null>('sync:settings', {
  fallback: null,
  version: 1,
  migrations: {},
});

function mirror(settings: Settings): Settings {
  if (typeof localStorage !== 'undefined') writeMirror(localStorage, settings);
  return settings;
}

export async function loadSettings(): Promise<Settings> {
  return mirror(normalizeSettings(await item.getValue()));
}

/** Applies a change after checking every field; bad input throws a SettingsError and changes nothing. */
export async function updateSettings(patch: unknown): Promise<Settings> {
  const change = validatePatch(patch);
  const stored = (await item.getValue()) ?? {};
  const next = { ...normalizeSettings(stored), ...change };
  await item.setValue({ ...stored, ...change });
  return mirror(next);
}

/** Back to defaults: removes what was stored. */
export async function resetSettings(): Promise<Settings> {
  await item.removeValue();
  return mirror(normalizeSettings(null));
}

/** Calls back with complete settings whenever any page (or another device) changes them. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return item.watch((value) => callback(mirror(normalizeSettings(value))));
}

/**
 * Settings that follow every change, for code that reads them often (a page's session, the
 * background's rotation): `now()` is always complete, defaults when storage cannot be read.
 * `onChange` also runs once with the first settings.
 */
export async function followSettings(onChange: (settings: Settings) => void = () => undefined): Promise<{ now: () => Settings; stop: () => void }> {
  let current = await loadSettings().catch(() => normalizeSettings(null));
  onChange(current);
  const stop = watchSettings((next) => {
    current = next;
    onChange(next);
  });
  return { now: () => current, stop };
}
