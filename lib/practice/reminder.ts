// When the next gentle "one-minute pause?" reminder is due, pure: at most every N hours, and only
// within the local hours the person chose (a window may cross midnight, e.g. 22 to 2).
import type { PauseReminder } from '../settings/model';

const HOUR = 3_600_000;

/** Local wall-clock time, passed in so the schedule is tested without the machine's time zone. */
export interface LocalTime {
  /** The local hour (0..23) at the instant `at`. */
  hourOf(at: number): number;
  /** The first instant after `at` whose local time is exactly `hour`:00. */
  nextHourStart(at: number, hour: number): number;
}

/** The machine's own time zone (what the background uses); daylight-saving changes included. */
export const systemTime: LocalTime = {
  hourOf: (at) => new Date(at).getHours(),
  nextHourStart(at, hour) {
    const day = new Date(at);
    for (let i = 0; i < 3; i++) {
      const candidate = new Date(day.getFullYear(), day.getMonth(), day.getDate() + i, hour).getTime();
      if (candidate > at) return candidate;
    }
    return at + 24 * HOUR; // unreachable: one of three days always has that hour ahead
  },
};

export type ReminderHours = Pick<PauseReminder, 'everyHours' | 'from' | 'to'>;

/** Whether `at` falls within the chosen hours: from ≤ hour < to, or across midnight when from > to. */
export function withinHours(reminder: ReminderHours, at: number, local: LocalTime = systemTime): boolean {
  const hour = local.hourOf(at);
  const { from, to } = reminder;
  return from < to ? hour >= from && hour < to : hour >= from || hour < to;
}

/** The next reminder after `now`: N hours on if that is within the hours, else the window's next start. */
export function nextReminderAt(reminder: ReminderHours, now: number, local: LocalTime = systemTime): number {
  const candidate = now + reminder.everyHours * HOUR;
  return withinHours(reminder, candidate, local) ? candidate : local.nextHourStart(candidate, reminder.from);
}

const ALARM_PREFIX = 'tend-pause';

/**
 * The alarm's name carries the choice it was made for, so a background that wakes up can tell a
 * still-right alarm (keep it: do not push it later) from one made for other settings (replace it).
 */
export const alarmNameFor = (reminder: ReminderHours): string => `${ALARM_PREFIX}:${reminder.everyHours}:${reminder.from}-${reminder.to}`;

export const isReminderAlarm = (name: string): boolean => name === ALARM_PREFIX || name.startsWith(`${ALARM_PREFIX}:`);
