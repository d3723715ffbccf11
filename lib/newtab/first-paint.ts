// What a new tab shows in its first frame, decided synchronously from localStorage alone.
import { keepsCurrent } from '../rotation/cadence';
import { isEligible, type QuietMode } from '../settings/model';
import { readMirror } from '../settings/mirror';
import { readCurrent, takeNext, type Upcoming } from './snapshot';

/** What the new tab's first frame shows: the item (undefined: choose after loading), and whether the calm view hides it. */
export interface FirstPaint {
  initial?: Upcoming;
  quiet: QuietMode;
}

/**
 * With an hourly or daily cadence the current item stays; otherwise the prepared next item is
 * taken. No storage (blocked or missing) means the page chooses after loading.
 */
export function firstPaint(storage: Storage | undefined, version: string, now: number): FirstPaint {
  const prefs = readMirror(storage);
  if (!storage) return { quiet: prefs.quiet };
  const current = readCurrent(storage, version);
  if (current && keepsCurrent(current.at, now, prefs.cadence) && isEligible(current.card, prefs)) {
    const { at: _at, ...initial } = current;
    return { initial, quiet: prefs.quiet };
  }
  const initial = takeNext(storage, version, now, (u) => u.savedAt !== undefined || isEligible(u.card, prefs));
  return { initial, quiet: prefs.quiet };
}
