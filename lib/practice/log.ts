// This week's practices for the gentle log, pure: a count and calm minutes, never a streak.
import { dayKey, weekStart } from '../history';
import { plural } from '../format';

export interface PracticeWeek {
  /** Finished practices this week (Monday to now, in the person's time zone). */
  count: number;
  /** Their time together, in whole minutes (at least 1 once anything was done). */
  minutes: number;
}

export function practiceWeek(events: readonly { at: number; seconds: number }[], now: number, timeZone: string): PracticeWeek {
  const thisWeek = weekStart(dayKey(now, timeZone));
  const mine = events.filter((e) => e.at <= now && weekStart(dayKey(e.at, timeZone)) === thisWeek);
  const seconds = mine.reduce((sum, e) => sum + e.seconds, 0);
  return { count: mine.length, minutes: mine.length === 0 ? 0 : Math.max(1, Math.round(seconds / 60)) };
}

/** The log's line about practice: kind either way, with nothing to keep up. */
export function practiceLine(week: PracticeWeek): string {
  if (week.count === 0) return 'A one-minute pause is here whenever you want one: try “Breathe for a minute” on a new tab.';
  return `You took ${plural(week.minutes, 'calm minute')} this week (${plural(week.count, 'practice')}).`;
}
