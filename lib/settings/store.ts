// The one owner of stored settings: browser.storage.sync, so settings follow the person across
// their signed-in browsers. Reads are always complete and valid.
//
// Each field has its own key ("settings.theme", see keys.ts), holding only a value that differs
// from the default, and written only when it changes. So two pages (or two devices) changing
// different fields at once both keep their change (one shared key lost one: case 36), an import
// that leaves settings as they are writes nothing (it works with the sync write quota used up),
// and a later change to a default reaches everyone who never chose otherwise (case 39).
import { storageApi } from './storage-api';
import { DEFAULT_SETTINGS, FIELDS, normalizeSettings, validatePatch, type Settings } from './schema';
import { FIELD_PREFIX, LEGACY_KEYS, touchesSettings } from './keys';
import { writeMirror } from './mirror';
import { knownTopics, SEEN_KEY, withNewTopics } from './new-topics';
import { pageStorage } from '../newtab/snapshot';
import * as v from 'valibot';

type Field = keyof Settings;
type Stored = Record<string, unknown>;

const FIELD_NAMES = Object.keys(FIELDS) as Field[];
const keyOf = (field: Field): string => `${FIELD_PREFIX}${field}`;
const ALL_KEYS = [...LEGACY_KEYS, ...FIELD_NAMES.map(keyOf), SEEN_KEY];

const area = () => storageApi().sync;

/** Compares stored values by content (object keys in any order). */
function same(a: unknown, b: unknown): boolean {
  const canonical = (x: unknown): unknown =>
    x !== null && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([p], [q]) => (p < q ? -1 : 1)).map(([k, y]) => [k, canonical(y)]))
      : x;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

const isRecord = (x: unknown): x is Stored => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Each field as storage holds it: its own key first, else the old single key's value (not yet moved). */
function storedFields(stored: Stored): Partial<Record<Field, unknown>> {
  const legacy = isRecord(stored[LEGACY_KEYS[0]]) ? (stored[LEGACY_KEYS[0]] as Stored) : {};
  const out: Partial<Record<Field, unknown>> = {};
  for (const field of FIELD_NAMES) {
    const own = stored[keyOf(field)];
    if (own !== undefined) out[field] = own;
    else if (Object.hasOwn(legacy, field)) out[field] = legacy[field];
  }
  if (out.topics !== undefined) out.topics = withNewTopics(out.topics, stored[SEEN_KEY]);
  return out;
}

const readStored = (): Promise<Stored> => area().get(ALL_KEYS) as Promise<Stored>;

function mirror(settings: Settings): Settings {
  const storage = pageStorage(); // none in the background, or where the browser refuses it
  if (storage) writeMirror(storage, settings);
  return settings;
}

export async function loadSettings(): Promise<Settings> {
  return mirror(normalizeSettings(storedFields(await readStored())));
}

/**
 * The writes that bring storage from `stored` to `next`: a field's key is set when its value
 * differs from the default and from what is there, removed when it holds the default or a broken
 * value. The old single key goes once its valid values are in their own keys (set before remove,
 * so a failure part-way never loses a value).
 */
export function settingsWrites(stored: Stored, next: Settings): { set: Stored; remove: string[] } {
  const set: Stored = {};
  const remove: string[] = [];
  for (const field of FIELD_NAMES) {
    const key = keyOf(field);
    const value = next[field];
    const isDefault = same(value, DEFAULT_SETTINGS[field]);
    if (!isDefault && !same(value, stored[key])) set[key] = value;
    else if (isDefault && stored[key] !== undefined) remove.push(key);
  }
  // A topic list goes with the topics its writer knew; none is needed beside no list.
  if (set[keyOf('topics')] !== undefined) set[SEEN_KEY] = knownTopics();
  else if (remove.includes(keyOf('topics')) && stored[SEEN_KEY] !== undefined) remove.push(SEEN_KEY);
  for (const key of LEGACY_KEYS) if (stored[key] !== undefined) remove.push(key);
  return { set, remove };
}

/** Applies a change after checking every field; bad input throws a SettingsError and changes nothing. */
export async function updateSettings(patch: unknown): Promise<Settings> {
  const change = validatePatch(patch);
  const stored = await readStored();
  const fields = storedFields(stored);
  // Only the fields this change names are written from it; the others keep what storage holds
  // (moved to their own keys when they were in the old single key, dropped when broken).
  const current: Partial<Record<Field, unknown>> = {};
  for (const field of FIELD_NAMES) if (v.safeParse(FIELDS[field], fields[field]).success) current[field] = fields[field];
  const next = { ...normalizeSettings(current), ...change };
  const { set, remove } = settingsWrites(stored, next);
  if (Object.keys(set).length > 0) await area().set(set);
  if (remove.length > 0) await area().remove(remove);
  return mirror(next);
}

/** Back to defaults: removes what was stored. */
export async function resetSettings(): Promise<Settings> {
  await area().remove(ALL_KEYS);
  return mirror(normalizeSettings(null));
}

/** Calls back with complete settings whenever any page (or another device) changes them. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  let stopped = false;
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName !== 'sync' || !touchesSettings(changes)) return;
    // Read again rather than apply the change: one event may carry only some of the fields.
    void loadSettings().then(
      (settings) => stopped || callback(settings),
      (error: unknown) => console.warn('Tend: could not read changed settings', error),
    );
  };
  storageApi().onChanged.addListener(listener);
  return () => {
    stopped = true;
    storageApi().onChanged.removeListener(listener);
  };
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
