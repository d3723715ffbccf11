// The breathing pacer's state: setup → running → end. The phase is recomputed from elapsed time on
// every animation frame (and when the tab comes back into view), never counted by chained timers,
// so a long session, a slow frame or a hidden tab cannot make it drift.
import { useEffect, useRef, useState } from 'preact/hooks';
import { PATTERNS, PHASE_LABEL, phaseAt, samePhaseView, sessionMs, type PatternId, type PhaseInfo, type SessionMinutes } from '../practice/schedule';
import { elapsedOf, isPaused, pauseClock, resumeClock, startClock, type PracticeClock } from '../practice/clock';
import { BREATHING_DONE, BREATHING_STOPPED, PAUSED } from '../practice/words';
import type { BreathingProps, BreathingStage } from '../../components/BreathingPacer';

export interface FrameClock {
  /** Monotonic milliseconds; keeps counting while the tab is hidden. */
  now(): number;
  frame(callback: () => void): number;
  cancelFrame(id: number): void;
}

const browserFrames: FrameClock = {
  now: () => performance.now(),
  frame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (id) => cancelAnimationFrame(id),
};

export interface Breathing {
  props: BreathingProps;
  /** What the status region says: the phase (changing once per phase), "Paused.", or the end line. */
  announcement: string;
  /** Back to the setup, as when the pacer is opened again. */
  reset: () => void;
}

/** @param onFinished called once when a session runs to its end, with its length in seconds */
export function useBreathing(onFinished: (seconds: number) => void, frames: FrameClock = browserFrames): Breathing {
  const [pattern, setPattern] = useState<PatternId>('longer-exhale');
  const [minutes, setMinutes] = useState<SessionMinutes>(1);
  const [stage, setStage] = useState<BreathingStage>('setup');
  const [clock, setClock] = useState<PracticeClock>();
  const [view, setView] = useState<PhaseInfo>();
  const [completed, setCompleted] = useState(false);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    if (stage !== 'running' || !clock || isPaused(clock)) return undefined;
    let frame: number | undefined;
    let over = false;
    const tick = () => {
      if (over) return;
      if (frame !== undefined) frames.cancelFrame(frame);
      frame = undefined;
      const info = phaseAt(PATTERNS[pattern], elapsedOf(clock, frames.now()), minutes);
      setView((shown) => (samePhaseView(shown, info) ? shown : info));
      if (!info.done) {
        frame = frames.frame(tick);
        return;
      }
      over = true;
      setCompleted(true);
      setStage('end');
      finished.current(Math.round(sessionMs(PATTERNS[pattern], minutes) / 1000));
    };
    // A hidden tab gets no frames: this timer still ends the session (a little late, as browsers
    // slow hidden timers), and coming back into view recomputes at once.
    const timer = setTimeout(tick, sessionMs(PATTERNS[pattern], minutes) - elapsedOf(clock, frames.now()) + 20);
    document.addEventListener('visibilitychange', tick);
    tick();
    return () => {
      over = true;
      if (frame !== undefined) frames.cancelFrame(frame);
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [stage, clock, pattern, minutes]);

  const start = () => {
    setClock(startClock(frames.now()));
    setView(phaseAt(PATTERNS[pattern], 0, minutes));
    setCompleted(false);
    setStage('running');
  };
  const reset = () => {
    setStage('setup');
    setClock(undefined);
    setView(undefined);
  };

  const paused = clock !== undefined && isPaused(clock);
  let announcement = '';
  if (stage === 'running' && view) announcement = paused ? PAUSED : PHASE_LABEL[view.phase];
  if (stage === 'end') announcement = completed ? BREATHING_DONE : BREATHING_STOPPED;

  return {
    announcement,
    reset,
    props: {
      stage,
      pattern,
      minutes,
      onPattern: setPattern,
      onMinutes: setMinutes,
      onStart: start,
      view,
      paused,
      onPause: () => setClock((c) => c && pauseClock(c, frames.now())),
      onResume: () => setClock((c) => c && resumeClock(c, frames.now())),
      onStop: () => {
        if (stage !== 'running') return;
        setCompleted(false);
        setStage('end');
      },
      endLine: completed ? BREATHING_DONE : BREATHING_STOPPED,
      onAgain: reset,
    },
  };
}
