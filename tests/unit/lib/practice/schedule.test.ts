import { describe, expect, it } from 'vitest';
import { cyclesFor, PATTERNS, PHASE_LABEL, phaseAt, samePhaseView, sessionMs, type PatternId, type SessionMinutes } from '@/lib/practice/schedule';

const s = (seconds: number) => seconds * 1000;
const { box } = PATTERNS;
const longer = PATTERNS['longer-exhale'];
const p478 = PATTERNS['4-7-8'];

describe('the patterns', () => {
  it.each([
    ['box', ['inhale 4', 'hold 4', 'exhale 4', 'rest 4']],
    ['longer-exhale', ['inhale 4', 'exhale 6']],
    ['4-7-8', ['inhale 4', 'hold 7', 'exhale 8']],
  ] as [PatternId, string[]][])('%s is %j', (id, steps) => {
    expect(PATTERNS[id].steps.map((st) => `${st.phase} ${st.seconds}`)).toEqual(steps);
  });

  it('says every phase in words', () => {
    expect(PHASE_LABEL).toEqual({ inhale: 'Breathe in', hold: 'Hold', exhale: 'Breathe out', rest: 'Rest' });
  });
});

describe('session length: whole breaths, as close to the minutes chosen as possible', () => {
  it.each([
    ['box', 1, 4, 64],
    ['box', 2, 8, 128],
    ['box', 3, 11, 176],
    ['longer-exhale', 1, 6, 60],
    ['longer-exhale', 3, 18, 180],
    ['4-7-8', 1, 3, 57],
    ['4-7-8', 2, 6, 114],
    ['4-7-8', 3, 9, 171],
  ] as [PatternId, SessionMinutes, number, number][])('%s for %i min: %i breaths, %is', (id, minutes, cycles, seconds) => {
    expect(cyclesFor(PATTERNS[id], minutes)).toBe(cycles);
    expect(sessionMs(PATTERNS[id], minutes)).toBe(s(seconds));
  });
});

describe('phaseAt', () => {
  it.each([
    // elapsed, phase, step, secondsLeft, cycle
    [0, 'inhale', 0, 4, 1],
    [1, 'inhale', 0, 4, 1], // 1 ms in: still "4"
    [s(0.999), 'inhale', 0, 4, 1],
    [s(1), 'inhale', 0, 3, 1],
    [s(3.5), 'inhale', 0, 1, 1],
    [s(4) - 1, 'inhale', 0, 1, 1],
    [s(4), 'hold', 1, 4, 1], // a boundary belongs to the next phase
    [s(8), 'exhale', 2, 4, 1],
    [s(12), 'rest', 3, 4, 1],
    [s(15.9), 'rest', 3, 1, 1],
    [s(16), 'inhale', 0, 4, 2],
    [s(63.999), 'rest', 3, 1, 4],
  ] as const)('box at %d ms: %s (step %d), %d left, breath %d', (elapsed, phase, step, left, cycle) => {
    expect(phaseAt(box, elapsed, 1)).toMatchObject({ phase, step, secondsLeft: left, cycle, cycles: 4, done: false });
  });

  it('is done at the end and after, with nothing left', () => {
    for (const t of [s(64), s(64) + 1, s(600)]) {
      expect(phaseAt(box, t, 1)).toMatchObject({ done: true, secondsLeft: 0, progress: 1, cycle: 4 });
    }
  });

  it('treats a negative or broken elapsed time as the start', () => {
    expect(phaseAt(longer, -500, 1)).toMatchObject({ phase: 'inhale', secondsLeft: 4, cycle: 1, progress: 0 });
    expect(phaseAt(longer, Number.NaN, 1)).toMatchObject({ phase: 'inhale', cycle: 1, progress: 0 });
  });

  it('reports progress through the session and through the phase', () => {
    expect(phaseAt(longer, s(30), 1).progress).toBeCloseTo(0.5);
    const mid = phaseAt(p478, s(4 + 3.5), 1);
    expect(mid).toMatchObject({ phase: 'hold', phaseSeconds: 7, secondsLeft: 4 });
    expect(mid.phaseElapsed).toBeCloseTo(3.5);
  });

  it('walks a whole 3-minute 4-7-8 session second by second: the right phases, in order, ending after the last out-breath', () => {
    const seen: string[] = [];
    for (let t = 0; t < sessionMs(p478, 3); t += 250) {
      const info = phaseAt(p478, t, 3);
      const label = `${info.cycle}:${info.phase}`;
      if (seen[seen.length - 1] !== label) seen.push(label);
      expect(info.secondsLeft).toBeGreaterThanOrEqual(1);
      expect(info.secondsLeft).toBeLessThanOrEqual(info.phaseSeconds);
    }
    const expected = Array.from({ length: 9 }, (_, i) => [`${i + 1}:inhale`, `${i + 1}:hold`, `${i + 1}:exhale`]).flat();
    expect(seen).toEqual(expected);
    expect(phaseAt(p478, s(171), 3).done).toBe(true);
  });

  it('counts down one whole second at a time within a phase, never skipping a number', () => {
    const counts: number[] = [];
    for (let t = s(4); t < s(10); t += 100) {
      const n = phaseAt(longer, t, 1).secondsLeft;
      if (counts[counts.length - 1] !== n) counts.push(n);
    }
    expect(counts).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it('does not drift: the phase at a time depends only on that time, not on what was asked before', () => {
    const times = Array.from({ length: 400 }, (_, i) => i * 437.3);
    const inOrder = times.map((t) => phaseAt(box, t, 3));
    // Ask again in a scrambled order (as uneven frames, pauses and hidden tabs would): same answers.
    const scrambled = times.map((_, i) => (i * 7919) % times.length);
    for (const i of scrambled) expect(phaseAt(box, times[i]!, 3)).toEqual(inOrder[i]);
    // And the answers are exact however late in the session: 100 s is 6 whole breaths (96 s) and
    // 4 s, the hold of breath 7; the last millisecond of a 3-minute session is the last rest.
    expect(phaseAt(box, s(100), 3)).toMatchObject({ phase: 'hold', cycle: 7, secondsLeft: 4 });
    expect(phaseAt(box, s(176) - 1, 3)).toMatchObject({ phase: 'rest', cycle: 11, cycles: 11, secondsLeft: 1, done: false });
  });
});

describe('samePhaseView', () => {
  it('is true only when the screen would not change', () => {
    const a = phaseAt(box, s(1), 1);
    expect(samePhaseView(undefined, a)).toBe(false);
    expect(samePhaseView(a, phaseAt(box, s(1.5), 1))).toBe(true);
    expect(samePhaseView(a, phaseAt(box, s(2), 1))).toBe(false);
    expect(samePhaseView(a, phaseAt(box, s(17), 1))).toBe(false); // same count, next breath
  });
});
