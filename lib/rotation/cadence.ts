// How often the new tab's item changes. Pure: times are arguments; days are the local calendar's.
import type { Cadence } from '../settings/model';

const HOUR = 3_600_000;

/** Whether a new tab opened at `now` keeps showing the item first shown at `shownAt`. */
export function keepsCurrent(shownAt: number, now: number, cadence: Cadence): boolean {
  if (cadence === 'every-tab' || now < shownAt) return false;
  if (cadence === 'hourly') return now - shownAt < HOUR;
  const a = new Date(shownAt);
  const b = new Date(now);
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}
