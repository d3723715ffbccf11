// Today's scene for certain: the kept copy, or generated now. Whenever tomorrow's is not kept yet,
// today's and tomorrow's are kept together, so the first new tab of a day paints its landscape in
// its first frame too.
import { generate } from './generate';
import type { Scene } from './scene';
import { dayKey, keptScene, nextDay, SCENE_KEY } from './today';

/** Today's scene; storage that is missing, refused or full only costs the (sub-millisecond) generation. */
export function todaysScene(storage: Storage | undefined, now: Date): Scene {
  const today = keptScene(storage, now) ?? generate(dayKey(now));
  const next = nextDay(now);
  if (!keptScene(storage, next)) {
    try {
      storage?.setItem(SCENE_KEY, JSON.stringify([today, generate(dayKey(next))]));
    } catch {
      // Full or refused: the next tab generates again; nothing else depends on the copy.
    }
  }
  return today;
}
