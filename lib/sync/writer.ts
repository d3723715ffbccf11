// When to run a sync round: after a quiet moment once something changes (so a burst of edits is one
// write), never two rounds at once (changes during a round make one more round after it), and
// never more write operations than Chrome allows in any rolling minute or hour. Time comes from an
// injected scheduler, so tests drive it without real timers.

export interface Scheduler {
  now(): number;
  /** Runs `run` after `ms`; returns a function that cancels it. */
  after(ms: number, run: () => void): () => void;
}

export interface RateLimits {
  perMinute: number;
  perHour: number;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Below Chrome's 120 a minute and 1,800 an hour, leaving room for settings, which share them. */
export const DEFAULT_LIMITS: RateLimits = { perMinute: 100, perHour: 1_500 };

export type RateLimiter = ReturnType<typeof createRateLimiter>;

/**
 * Counts write operations and says when `ops` more may start without passing either limit.
 * `earlier` is the log kept from before (the background's worker stops when idle, and Chrome's
 * windows outlive it), so the count carries on where it was.
 */
export function createRateLimiter(limits: RateLimits, earlier: readonly number[] = []) {
  const times: number[] = earlier.filter(Number.isFinite).sort((a, b) => a - b);
  const within = (t: number, span: number) => times.filter((x) => x > t - span);
  /** The earliest time at or after `t` when enough older operations have left the window. */
  const wait = (t: number, ops: number, span: number, limit: number) => {
    const recent = within(t, span);
    const over = recent.length + ops - limit;
    return over > 0 ? (recent[over - 1] ?? t) + span : t;
  };
  return {
    earliest(t: number, ops: number): number {
      let at = t;
      for (let moved = true; moved; ) {
        const next = Math.max(wait(at, ops, MINUTE, limits.perMinute), wait(at, ops, HOUR, limits.perHour));
        moved = next !== at;
        at = next;
      }
      return at;
    },
    record(t: number, ops: number) {
      for (let i = 0; i < ops; i++) times.push(t);
      while (times.length && (times[0] ?? t) <= t - HOUR) times.shift();
    },
    /** The operations of the last hour, oldest first, to keep for the next limiter. */
    log: (): number[] => [...times],
    /** Gives back operations reserved at `t` but not used. */
    refund(t: number, ops: number) {
      for (let i = times.length - 1; i >= 0 && ops > 0; i--) {
        if (times[i] !== t) continue;
        times.splice(i, 1);
        ops--;
      }
    },
  };
}

export interface WriterOptions {
  scheduler: Scheduler;
  /** One sync round (syncRound with this device's state): how many write operations it made. */
  round: () => Promise<number>;
  /** The most operations one round can make, reserved before it starts. */
  opsPerRound: number;
  quietMs?: number;
  /** However busy the person is, a change is synced within this long (rate limits permitting). */
  maxWaitMs?: number;
  limits?: RateLimits;
  /** A limiter to share (one for the whole extension, with its log carried over); else a new one. */
  limiter?: RateLimiter;
  /** After each round, with the limiter's log: for keeping it. */
  onCounted?: (log: number[]) => void;
}

export function createWriter({ scheduler, round, opsPerRound, quietMs = 2_000, maxWaitMs = 20_000, limits = DEFAULT_LIMITS, limiter = createRateLimiter(limits), onCounted }: WriterOptions) {
  let cancel: (() => void) | undefined;
  let firstChange: number | undefined;
  let running: Promise<void> | undefined;
  let pending = false;
  let stopped = false;

  const plan = () => {
    if (stopped || running || firstChange === undefined) return;
    cancel?.();
    const now = scheduler.now();
    const due = Math.min(now + quietMs, firstChange + maxWaitMs);
    const at = limiter.earliest(Math.max(now, due), opsPerRound);
    cancel = scheduler.after(at - now, fire);
  };

  const fire = () => {
    cancel = undefined;
    const now = scheduler.now();
    if (limiter.earliest(now, opsPerRound) > now) return plan();
    firstChange = undefined;
    pending = false;
    limiter.record(now, opsPerRound);
    running = round()
      .then((used) => limiter.refund(now, opsPerRound - Math.min(used, opsPerRound)))
      .catch(() => undefined) // a failed round keeps its reservation, reports its own problem, and the next change retries
      .finally(() => {
        running = undefined;
        onCounted?.(limiter.log());
        if (pending) changed();
      });
  };

  function changed() {
    if (stopped) return;
    firstChange ??= scheduler.now();
    if (running) pending = true;
    else plan();
  }

  return {
    changed,
    /** Resolves when no round is running (for tests and for a page about to close). */
    idle: async () => {
      while (running) await running;
    },
    stop() {
      stopped = true;
      cancel?.();
    },
  };
}
