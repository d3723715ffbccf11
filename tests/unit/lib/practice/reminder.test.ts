import { describe, expect, it } from 'vitest';
import { alarmNameFor, isReminderAlarm, nextReminderAt, systemTime, withinHours } from '@/lib/practice/reminder';
import { at, HOUR, utc } from './utc-time';

describe('withinHours', () => {
  it.each([
    [9, 18, 8, false],
    [9, 18, 9, true],
    [9, 18, 17, true],
    [9, 18, 18, false],
    [0, 24, 0, true],
    [0, 24, 23, true],
    [22, 2, 21, false],
    [22, 2, 22, true],
    [22, 2, 23, true],
    [22, 2, 0, true],
    [22, 2, 1, true],
    [22, 2, 2, false],
    [20, 24, 23, true],
    [20, 24, 0, false],
  ])('from %i to %i, at %i:00 → %s', (from, to, hour, inside) => {
    expect(withinHours({ everyHours: 1, from, to }, at(hour), utc)).toBe(inside);
  });
});

describe('nextReminderAt', () => {
  const office = { everyHours: 2, from: 9, to: 18 } as const;

  it('is N hours on when that is within the hours', () => {
    expect(nextReminderAt(office, at(10, 15), utc)).toBe(at(12, 15));
    expect(nextReminderAt({ ...office, everyHours: 4 }, at(9), utc)).toBe(at(13));
  });

  it('waits for the next day’s window when N hours on is past its end', () => {
    expect(nextReminderAt(office, at(16, 30), utc)).toBe(at(9, 0, 27));
    expect(nextReminderAt(office, at(23), utc)).toBe(at(9, 0, 27));
  });

  it('waits for the window to open when N hours on is before it', () => {
    expect(nextReminderAt(office, at(5), utc)).toBe(at(9));
    expect(nextReminderAt(office, at(6, 59), utc)).toBe(at(9));
    expect(nextReminderAt(office, at(7), utc)).toBe(at(9)); // exactly at the start: inside
  });

  it('handles a window crossing midnight', () => {
    const night = { everyHours: 1, from: 22, to: 2 } as const;
    expect(nextReminderAt(night, at(22, 10), utc)).toBe(at(23, 10));
    expect(nextReminderAt(night, at(23, 30), utc)).toBe(at(0, 30, 27));
    expect(nextReminderAt(night, at(1, 30, 27), utc)).toBe(at(22, 0, 27)); // 02:30 is outside: tonight at 22
    expect(nextReminderAt(night, at(12), utc)).toBe(at(22));
  });

  it('never comes sooner than every N hours', () => {
    const reminder = { everyHours: 3, from: 8, to: 20 } as const;
    let t = at(8);
    for (let i = 0; i < 50; i++) {
      const next = nextReminderAt(reminder, t, utc);
      expect(next - t).toBeGreaterThanOrEqual(3 * HOUR);
      expect(withinHours(reminder, next, utc)).toBe(true);
      t = next;
    }
  });
});

describe('systemTime (the machine’s own zone)', () => {
  it('agrees with Date about hours, and finds the next whole local hour', () => {
    const now = Date.UTC(2026, 10, 26, 10, 17);
    expect(systemTime.hourOf(now)).toBe(new Date(now).getHours());
    const next = systemTime.nextHourStart(now, 9);
    expect(next).toBeGreaterThan(now);
    expect(next - now).toBeLessThanOrEqual(25 * HOUR);
    expect(new Date(next).getHours()).toBe(9);
    expect(new Date(next).getMinutes()).toBe(0);
  });
});

describe('alarm names', () => {
  it('carry the choice they were made for, and are recognised', () => {
    expect(alarmNameFor({ everyHours: 2, from: 9, to: 18 })).toBe('tend-pause:2:9-18');
    expect(isReminderAlarm('tend-pause:2:9-18')).toBe(true);
    expect(isReminderAlarm('tend-pause')).toBe(true);
    expect(isReminderAlarm('something-else')).toBe(false);
  });
});
