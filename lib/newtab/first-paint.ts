// What a new tab shows in its first frame, decided synchronously from localStorage alone.
import { keepsCurrent } from '../rotation/cadence';
import { isEligible, type QuietMode } from '../settings/model';
import { readMirror } from '../settings/mirror';
import { readCurrent, readWaiting, setCurrent, takeNext, type Upcoming } from './snapshot';
import type { Card } from '../content/types';
import { NO_MARKS } from '../records';

/** What the new tab's first frame shows: the item (undefined: choose after loading), and whether the calm view hides it. */
export interface FirstPaint {
  initial?: Upcoming;
  quiet: QuietMode;
  /** The reading list's count as last known, so the top bar shows it in the first frame. */
  waiting?: number;
}

/**
 * With an hourly or daily cadence the current item stays; otherwise the prepared next item is
 * taken. When nothing was prepared (a first run, or storage blocked or cleared), `fallback`, a short
 * tip bundled with the page, is painted if the settings allow it, so the first frame is never empty.
 */
export function firstPaint(storage: Storage | undefined, version: string, now: number, fallback?: Card | null): FirstPaint {
  const prefs = readMirror(storage);
  const base = { quiet: prefs.quiet, waiting: readWaiting(storage) };
  const current = storage && readCurrent(storage, version);
  if (current && keepsCurrent(current.at, now, prefs.cadence) && isEligible(current.card, prefs)) {
    const { at: _at, ...initial } = current;
    return { ...base, initial };
  }
  const next = storage && takeNext(storage, version, now, (u) => u.savedAt !== undefined || isEligible(u.card, prefs));
  if (next) return { ...base, initial: next };
  if (!fallback || !isEligible(fallback, prefs)) return base;
  const initial: Upcoming = { card: fallback, marks: NO_MARKS };
  if (storage) setCurrent(storage, version, initial, now);
  return { ...base, initial };
}
