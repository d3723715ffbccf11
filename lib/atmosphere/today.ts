// Today's scene as a page can paint it before anything loads: the copy kept in localStorage (today's
// and tomorrow's, written by keep.ts). What is read back is checked first: a damaged or foreign
// copy only means generating again after the first paint.
import type { Scene } from './scene';

export const SCENE_KEY = 'tend.scene';

/** The local calendar day, YYYY-MM-DD. */
export const dayKey = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The local day after `date`'s (its midnight). */
export const nextDay = (date: Date): Date => new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);

/** A path as generate() writes it: commands and numbers only (it becomes an SVG attribute). */
const PATH = /^M[-\d. CVHZ]+$/;
const num = (v: unknown, lo: number, hi: number) => typeof v === 'number' && v >= lo && v <= hi;

function isScene(v: unknown, day: string): v is Scene {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<Scene>;
  return (
    s.day === day &&
    Array.isArray(s.ridges) &&
    s.ridges.length === 4 &&
    s.ridges.every((d) => typeof d === 'string' && PATH.test(d)) &&
    num(s.sun?.x, 0, 100) &&
    num(s.sun?.y, 0, 100) &&
    Array.isArray(s.stars) &&
    s.stars.every((t) => num(t?.x, 0, 100) && num(t?.y, 0, 100) && num(t?.r, 0, 3) && num(t?.o, 0, 1))
  );
}

/** The kept scene of `date`'s day, if there is a sound one. */
export function keptScene(storage: Storage | undefined, date: Date): Scene | undefined {
  const day = dayKey(date);
  try {
    const kept: unknown = JSON.parse(storage?.getItem(SCENE_KEY) ?? 'null');
    return Array.isArray(kept) ? kept.find((s): s is Scene => isScene(s, day)) : undefined;
  } catch {
    return undefined; // unreadable or refused: generated after the first paint
  }
}

/** Clearing all data forgets the copy too (it tells which day Tend last ran). */
export function forgetScene(storage: Storage): void {
  try {
    storage.removeItem(SCENE_KEY);
  } catch {
    // Refused storage holds no copy.
  }
}
