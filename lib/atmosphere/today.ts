// The scene for today, from a copy kept in localStorage (one per day) or freshly generated. What is
// read back is checked first: a damaged or foreign copy only means generating again.
import { dayKey, generate, type Scene } from './generate';

export const SCENE_KEY = 'tend.scene';

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

/** Today's scene; storage that is missing, refused or full only costs the (sub-millisecond) generation. */
export function todaysScene(storage: Storage | undefined, now: Date): Scene {
  const day = dayKey(now);
  try {
    const kept: unknown = JSON.parse(storage?.getItem(SCENE_KEY) ?? 'null');
    if (isScene(kept, day)) return kept;
  } catch {
    // Unreadable: generate below.
  }
  const scene = generate(day);
  try {
    storage?.setItem(SCENE_KEY, JSON.stringify(scene));
  } catch {
    // Full or refused: tomorrow's tab generates again, nothing else depends on the copy.
  }
  return scene;
}

/** Clearing all data forgets the copy too (it tells which day Tend last ran). */
export function forgetScene(storage: Storage): void {
  try {
    storage.removeItem(SCENE_KEY);
  } catch {
    // Refused storage holds no copy.
  }
}
