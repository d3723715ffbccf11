import { useEffect, useMemo, useRef } from 'preact/hooks';
import { PHASE_LABEL, type PhaseInfo } from '../lib/practice/schedule';

interface Props {
  view: PhaseInfo;
  paused: boolean;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
}

/**
 * The running pacer: a shape that grows and shrinks with the breath (CSS, and still under reduced
 * motion), the phase in words, the count, and Pause/Stop. Phase changes are announced by the page's
 * status region, once per phase; nothing here is live.
 */
export function BreathingGuide({ view, paused, onPause, onResume, onStop }: Props) {
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => toggle.current?.focus(), []);
  // The phase's animation starts where the phase really is (after a hidden tab, part-way through),
  // fixed once per phase: changing it later would shift a running animation.
  const delay = useMemo(() => -view.phaseElapsed, [view.cycle, view.step]);
  const style = { animationDuration: `${view.phaseSeconds}s`, animationDelay: `${delay}s` };
  return (
    <section class="practice pacer" aria-labelledby="practice-heading" data-testid="pacer">
      <h1 id="practice-heading" class="practice__kicker">
        A breathing pause
      </h1>
      <div class="pacer__stage" aria-hidden="true">
        <div class={`pacer__shape pacer__shape--${view.phase}${paused ? ' pacer__shape--paused' : ''}`} style={style} data-testid="pacer-shape" />
      </div>
      <p class="pacer__phase" data-testid="pacer-phase">
        {PHASE_LABEL[view.phase]}
        {paused && <span class="pacer__paused"> · paused</span>}
      </p>
      <p class="pacer__count" data-testid="pacer-count">
        {view.secondsLeft}
      </p>
      <p class="pacer__cycle muted">
        Breath {view.cycle} of {view.cycles}
      </p>
      <div class="actions__row pacer__actions">
        <button type="button" class="button button--primary" ref={toggle} onClick={paused ? onResume : onPause}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" class="button" onClick={onStop}>
          Stop <kbd aria-hidden="true">Esc</kbd>
        </button>
      </div>
    </section>
  );
}
