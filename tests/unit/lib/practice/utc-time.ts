// Test time for the pause reminder: local time as UTC, so hours are plain arithmetic and the tests
// do not depend on the machine's zone.
import type { LocalTime } from '@/lib/practice/reminder';

export const HOUR = 3_600_000;

export const utc: LocalTime = {
  hourOf: (at) => new Date(at).getUTCHours(),
  nextHourStart(at, hour) {
    const d = new Date(at);
    let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour);
    if (t <= at) t += 24 * HOUR;
    return t;
  },
};

/** 26 November 2026 (or `day`) at hh:mm, UTC. */
export const at = (hh: number, mm = 0, day = 26) => Date.UTC(2026, 10, day, hh, mm);
