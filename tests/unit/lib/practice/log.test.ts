import { describe, expect, it } from 'vitest';
import { practiceLine, practiceWeek } from '@/lib/practice/log';

const t = (iso: string) => Date.parse(iso);
const LONDON = 'Europe/London';
// Friday 27 November 2026, 10:00 in London; the week began on Monday 23 November.
const now = t('2026-11-27T10:00:00Z');

describe('practiceWeek', () => {
  it('counts this week’s practices and their calm minutes, nothing from before Monday', () => {
    const events = [
      { at: t('2026-11-27T09:00:00Z'), seconds: 64 },
      { at: t('2026-11-23T00:30:00Z'), seconds: 171 },
      { at: t('2026-11-22T23:30:00Z'), seconds: 600 }, // Sunday: last week
    ];
    expect(practiceWeek(events, now, LONDON)).toEqual({ count: 2, minutes: 4 });
  });

  it('follows the time zone: Sunday night in London is already Monday in Tokyo', () => {
    const events = [{ at: t('2026-11-22T23:30:00Z'), seconds: 60 }];
    expect(practiceWeek(events, now, LONDON).count).toBe(0);
    expect(practiceWeek(events, now, 'Asia/Tokyo').count).toBe(1);
  });

  it('gives at least one minute once anything was done, and zero for nothing', () => {
    expect(practiceWeek([{ at: now - 1000, seconds: 20 }], now, LONDON)).toEqual({ count: 1, minutes: 1 });
    expect(practiceWeek([], now, LONDON)).toEqual({ count: 0, minutes: 0 });
  });
});

describe('practiceLine', () => {
  it('says what was done, gently, with no streak', () => {
    expect(practiceLine({ count: 1, minutes: 1 })).toBe('You took 1 calm minute this week (1 practice).');
    expect(practiceLine({ count: 3, minutes: 5 })).toBe('You took 5 calm minutes this week (3 practices).');
    expect(practiceLine({ count: 3, minutes: 5 })).not.toMatch(/streak|days? in a row/i);
  });

  it('invites, kindly, when nothing was done', () => {
    expect(practiceLine({ count: 0, minutes: 0 })).toMatch(/whenever you want/);
  });
});
