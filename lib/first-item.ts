// What a new tab shows in its first frame, decided synchronously from localStorage alone.
import { keepsCurrent } from './cadence';
import { isEligible } from './settings/model';
import { readMirror } from './settings/mirror';
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
