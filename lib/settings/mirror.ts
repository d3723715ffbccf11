// What a page needs before its first paint, copied from settings into localStorage (which pages
// read synchronously). public/boot.js applies the look from it; the new tab reads the rest.
// Reading it must stay tiny (it is on the new tab's critical path), so no validator library here.
import { TOPICS } from '../content/types';
import { CADENCES, DEFAULT_SETTINGS, QUIET_MODES, type Settings } from './model';

/** The localStorage key of the copy (clearing all data removes it). */
export const MIRROR_KEY = 'tend.settings';

export type Mirror = Pick<Settings, 'theme' | 'textSize' | 'motion' | 'background' | 'followTime' | 'quiet' | 'cadence' | 'topics' | 'kinds'>;

export function writeMirror(storage: Storage, settings: Settings): void {
  const { theme, textSize, motion, background, followTime, quiet, cadence, topics, kinds } = settings;
  try {
    storage.setItem(MIRROR_KEY, JSON.stringify({ theme, textSize, motion, background, followTime, quiet, cadence, topics, kinds } satisfies Mirror));
  } catch {
    // Full or blocked storage only costs the first frame its exact look; settings are safe.
  }
}

const pick = <T>(allowed: readonly T[], value: unknown, fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

const pickList = <T>(allowed: readonly T[], value: unknown, fallback: T[]): T[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => allowed.includes(v as T)) ? (value as T[]) : fallback;

/** The fields the new tab decides with before anything loads; anything odd falls back to defaults. */
export function readMirror(storage: Storage | undefined): Pick<Mirror, 'quiet' | 'cadence' | 'topics' | 'kinds'> {
  let raw: Record<string, unknown> = {};
  try {
    const value: unknown = JSON.parse(storage?.getItem(MIRROR_KEY) ?? '{}');
    // `null`, a list or a number are as good as nothing: defaults.
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) raw = value as Record<string, unknown>;
  } catch {
    // unreadable or blocked: defaults
  }
  return {
    quiet: pick(QUIET_MODES, raw.quiet, DEFAULT_SETTINGS.quiet),
    cadence: pick(CADENCES, raw.cadence, DEFAULT_SETTINGS.cadence),
    topics: pickList(TOPICS.map((t) => t.id), raw.topics, DEFAULT_SETTINGS.topics),
    kinds: pickList(['tip', 'article'] as const, raw.kinds, DEFAULT_SETTINGS.kinds),
  };
}
