// The breathing pacer's schedule, pure: which phase a session is in is a function of the pattern,
// the session's length and the time since it started. No timers: a page asks "where are we now?"
// as often as it likes, so nothing drifts however long the session or however late a frame is.

export type Phase = 'inhale' | 'hold' | 'exhale' | 'rest';
export type PatternId = 'box' | 'longer-exhale' | '4-7-8';
export type SessionMinutes = 1 | 2 | 3;

export interface Step {
  phase: Phase;
  seconds: number;
}

export interface Pattern {
  id: PatternId;
  label: string;
  hint: string;
  steps: readonly Step[];
}

export const PATTERNS: Readonly<Record<PatternId, Pattern>> = {
  box: {
    id: 'box',
    label: 'Box breathing (4-4-4-4)',
    hint: 'In for 4, hold for 4, out for 4, rest for 4.',
    steps: [
      { phase: 'inhale', seconds: 4 },
      { phase: 'hold', seconds: 4 },
      { phase: 'exhale', seconds: 4 },
      { phase: 'rest', seconds: 4 },
    ],
  },
  'longer-exhale': {
    id: 'longer-exhale',
    label: 'Longer out-breath (4-6)',
    hint: 'In for 4, out for 6. A gentle place to start.',
    steps: [
      { phase: 'inhale', seconds: 4 },
      { phase: 'exhale', seconds: 6 },
    ],
  },
  '4-7-8': {
    id: '4-7-8',
    label: '4-7-8 breathing',
    hint: 'In for 4, hold for 7, out for 8. Skip the hold if it feels tight.',
    steps: [
      { phase: 'inhale', seconds: 4 },
      { phase: 'hold', seconds: 7 },
      { phase: 'exhale', seconds: 8 },
    ],
  },
};

export const PATTERN_IDS = Object.keys(PATTERNS) as PatternId[];
export const SESSION_MINUTES: readonly SessionMinutes[] = [1, 2, 3];

/** What the page says for each phase: the text always carries the rhythm, shape or not. */
export const PHASE_LABEL: Readonly<Record<Phase, string>> = {
  inhale: 'Breathe in',
  hold: 'Hold',
  exhale: 'Breathe out',
  rest: 'Rest',
};

const cycleMs = (pattern: Pattern) => pattern.steps.reduce((sum, s) => sum + s.seconds, 0) * 1000;

/**
 * A session is whole breaths, as close to the chosen length as possible (at least one), so it
 * always ends after an out-breath or a rest, never halfway through breathing in.
 */
export function cyclesFor(pattern: Pattern, minutes: SessionMinutes): number {
  return Math.max(1, Math.round((minutes * 60_000) / cycleMs(pattern)));
}

/** The session's whole length in milliseconds. */
export function sessionMs(pattern: Pattern, minutes: SessionMinutes): number {
  return cyclesFor(pattern, minutes) * cycleMs(pattern);
}

export interface PhaseInfo {
  phase: Phase;
  /** The step of the pattern (0-based): two steps may share a phase name in other patterns. */
  step: number;
  /** Whole seconds left in this phase, counting down to 1 (0 once done). */
  secondsLeft: number;
  /** The length of this phase in seconds. */
  phaseSeconds: number;
  /** Seconds already spent in this phase (fractional). */
  phaseElapsed: number;
  /** The breath we are on (1-based) and how many the session has. */
  cycle: number;
  cycles: number;
  /** How much of the whole session is behind us, 0..1. */
  progress: number;
  done: boolean;
}

/** Where a session of `minutes` with `pattern` is, `elapsedMs` after it started (paused time excluded). */
export function phaseAt(pattern: Pattern, elapsedMs: number, minutes: SessionMinutes): PhaseInfo {
  const cycles = cyclesFor(pattern, minutes);
  const total = cycles * cycleMs(pattern);
  const t = Math.max(0, Number.isFinite(elapsedMs) ? elapsedMs : 0);
  const last = pattern.steps[pattern.steps.length - 1] ?? { phase: 'rest' as const, seconds: 0 };
  if (t >= total) {
    return { phase: last.phase, step: pattern.steps.length - 1, secondsLeft: 0, phaseSeconds: last.seconds, phaseElapsed: last.seconds, cycle: cycles, cycles, progress: 1, done: true };
  }
  const cycleIndex = Math.floor(t / cycleMs(pattern));
  let into = t - cycleIndex * cycleMs(pattern);
  let step = 0;
  for (; step < pattern.steps.length - 1; step++) {
    const ms = (pattern.steps[step]?.seconds ?? 0) * 1000;
    if (into < ms) break;
    into -= ms;
  }
  const { phase, seconds } = pattern.steps[step] ?? last;
  return {
    phase,
    step,
    secondsLeft: Math.max(1, Math.ceil((seconds * 1000 - into) / 1000)),
    phaseSeconds: seconds,
    phaseElapsed: into / 1000,
    cycle: cycleIndex + 1,
    cycles,
    progress: t / total,
    done: false,
  };
}

/** Whether two moments look the same on screen (same phase, same count): the page re-renders only when not. */
export function samePhaseView(a: PhaseInfo | undefined, b: PhaseInfo): boolean {
  return a !== undefined && a.step === b.step && a.cycle === b.cycle && a.secondsLeft === b.secondsLeft && a.done === b.done;
}
