import { useEffect, useRef } from 'preact/hooks';
import { GROUNDING_STEPS } from '../lib/practice/grounding';
import { PracticeBack, PracticeEnd, type BackAction } from './PracticeEnd';

export interface GroundingProps {
  /** The step shown (0-based). */
  step: number;
  /** What was jotted for this step (in memory only). */
  note: string;
  done: boolean;
  endLine: string;
  onNote: (text: string) => void;
  onNext: () => void;
  onBack: () => void;
  onSkip: () => void;
  onFinish: () => void;
  /** Saves the notes to a file the person keeps; absent when nothing was jotted. */
  onKeep?: () => void;
  onAgain: () => void;
}

/** 5-4-3-2-1 grounding: one sense at a time, at the person's pace, with an optional place to jot. */
export function GroundingExercise(props: GroundingProps & { back: BackAction }) {
  const { step, note, done, back } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);
  if (done) {
    return (
      <PracticeEnd title="You are here, now" line={props.endLine} back={back}>
        {props.onKeep && (
          <button type="button" class="button" onClick={props.onKeep}>
            Save my notes to a file
          </button>
        )}
        <button type="button" class="button" onClick={props.onAgain}>
          Start again
        </button>
      </PracticeEnd>
    );
  }
  const current = GROUNDING_STEPS[step];
  if (!current) return null;
  const last = step === GROUNDING_STEPS.length - 1;
  return (
    <section class="practice grounding" aria-labelledby="practice-heading" data-testid="grounding">
      <p class="practice__kicker">
        5-4-3-2-1 grounding · step {step + 1} of {GROUNDING_STEPS.length}
      </p>
      <h1 id="practice-heading" class="practice__title" tabIndex={-1} ref={heading}>
        {current.title}
      </h1>
      <p class="practice__lead">{current.hint}</p>
      <label class="grounding__label" for="grounding-note">
        Jot them down, if you like
        <span class="choice__hint">Optional. Nothing you write here is saved unless you choose to keep it at the end.</span>
      </label>
      <textarea id="grounding-note" class="grounding__note" rows={3} value={note} onInput={(e) => props.onNote(e.currentTarget.value)} />
      <div class="actions__row">
        <button type="button" class="button button--primary" onClick={props.onNext}>
          {last ? 'Finish' : 'Next'}
        </button>
        <button type="button" class="button" onClick={props.onSkip}>
          Skip this one
        </button>
        <button type="button" class="button" onClick={props.onBack} disabled={step === 0}>
          Back
        </button>
        {!last && (
          <button type="button" class="button button--quiet" onClick={props.onFinish}>
            I feel done
          </button>
        )}
      </div>
      <p class="grounding__out">
        <PracticeBack back={back} />
      </p>
    </section>
  );
}
