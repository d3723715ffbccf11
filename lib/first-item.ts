// What a new tab shows in its first frame, decided synchronously from localStorage alone.
import { keepsCurrent } from './cadence';
import { isEligible } from './settings/model';
import { readMirror } from './settings/mirror';
import type { QuietMode } from './settings/model';
import { readCurrent, takeNext, type Upcoming } from './upcoming';

/**
 * With an hourly or daily cadence the current item stays; otherwise the prepared next item is taken.
 * Undefined means the page must pick after loading (first run, or nothing eligible was prepared).
 */
export function firstItem(storage: Storage, version: string, now: number): Upcoming | undefined {
  const prefs = readMirror(storage);
  const current = readCurrent(storage, version);
  if (current && keepsCurrent(current.at, now, prefs.cadence) && isEligible(current.card, prefs)) {
    return current.savedAt === undefined ? { card: current.card } : { card: current.card, savedAt: current.savedAt };
  }
  return takeNext(storage, version, now, (u) => u.savedAt !== undefined || isEligible(u.card, prefs));
}

/** What the new tab's first frame shows: the item, and whether the calm view hides it. */
export interface FirstPaint {
  initial?: Upcoming;
  quiet: QuietMode;
}

export function decideFirstPaint(storage: Storage, version: string, now: number): FirstPaint {
  return { initial: firstItem(storage, version, now), quiet: readMirror(storage).quiet };
}
