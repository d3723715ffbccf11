// A pausable stopwatch as plain data: the time a practice has run is "now minus start minus
// paused time", so pausing, resuming and hidden tabs never make it drift. Times are any
// monotonic milliseconds (performance.now() in pages).

export interface PracticeClock {
  startedAt: number;
  /** Set while paused: when the pause began. */
  pausedAt?: number;
  /** Time spent paused before the current pause. */
  pausedFor: number;
}

export const startClock = (now: number): PracticeClock => ({ startedAt: now, pausedFor: 0 });

export const isPaused = (clock: PracticeClock): boolean => clock.pausedAt !== undefined;

/** Pausing twice keeps the first pause's start. */
export function pauseClock(clock: PracticeClock, now: number): PracticeClock {
  return isPaused(clock) ? clock : { ...clock, pausedAt: now };
}

export function resumeClock(clock: PracticeClock, now: number): PracticeClock {
  if (clock.pausedAt === undefined) return clock;
  return { startedAt: clock.startedAt, pausedFor: clock.pausedFor + Math.max(0, now - clock.pausedAt) };
}

/** Milliseconds of practice so far: paused time does not count, and it never goes backwards past 0. */
export function elapsedOf(clock: PracticeClock, now: number): number {
  return Math.max(0, (clock.pausedAt ?? now) - clock.startedAt - clock.pausedFor);
}
