import { describe, expect, it } from 'vitest';
import { elapsedOf, isPaused, pauseClock, resumeClock, startClock } from '@/lib/practice/clock';

describe('practice clock (pause and resume accounting)', () => {
  it('counts time from the start', () => {
    const clock = startClock(1000);
    expect(elapsedOf(clock, 1000)).toBe(0);
    expect(elapsedOf(clock, 4500)).toBe(3500);
  });

  it('stands still while paused, and leaves the paused time out after resuming', () => {
    let clock = startClock(0);
    clock = pauseClock(clock, 3000);
    expect(isPaused(clock)).toBe(true);
    expect(elapsedOf(clock, 3000)).toBe(3000);
    expect(elapsedOf(clock, 60_000)).toBe(3000);
    clock = resumeClock(clock, 10_000);
    expect(isPaused(clock)).toBe(false);
    expect(elapsedOf(clock, 10_000)).toBe(3000);
    expect(elapsedOf(clock, 11_000)).toBe(4000);
  });

  it('adds up several pauses', () => {
    let clock = startClock(0);
    clock = resumeClock(pauseClock(clock, 1000), 2000); // 1 s paused
    clock = resumeClock(pauseClock(clock, 5000), 9000); // 4 s paused
    expect(elapsedOf(clock, 10_000)).toBe(5000);
  });

  it('ignores a second pause or a resume without a pause', () => {
    const paused = pauseClock(startClock(0), 1000);
    expect(pauseClock(paused, 5000)).toBe(paused);
    const running = startClock(0);
    expect(resumeClock(running, 5000)).toBe(running);
  });

  it('never reports negative time (a clock read before its start)', () => {
    expect(elapsedOf(startClock(1000), 500)).toBe(0);
  });
});
