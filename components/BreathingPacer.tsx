import type { PatternId, PhaseInfo, SessionMinutes } from '../lib/practice/schedule';
import { BreathingSetup } from './BreathingSetup';
import { BreathingGuide } from './BreathingGuide';
import { PracticeEnd, type BackAction } from './PracticeEnd';

export type BreathingStage = 'setup' | 'running' | 'end';

export interface BreathingProps {
  stage: BreathingStage;
  pattern: PatternId;
  minutes: SessionMinutes;
  onPattern: (pattern: PatternId) => void;
  onMinutes: (minutes: SessionMinutes) => void;
  onStart: () => void;
  /** Where the running session is (set while running). */
  view?: PhaseInfo;
  paused: boolean;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
  /** The kind line at the end. */
  endLine: string;
  onAgain: () => void;
}

/** The breathing pacer: set up, run, end. */
export function BreathingPacer(props: BreathingProps & { back: BackAction }) {
  const { stage, view, back } = props;
  if (stage === 'running' && view) {
    return <BreathingGuide view={view} paused={props.paused} onPause={props.onPause} onResume={props.onResume} onStop={props.onStop} />;
  }
  if (stage === 'end') {
    return (
      <PracticeEnd title="Thank you for pausing" line={props.endLine} back={back}>
        <button type="button" class="button" onClick={props.onAgain}>
          Breathe again
        </button>
      </PracticeEnd>
    );
  }
  return (
    <BreathingSetup
      pattern={props.pattern}
      minutes={props.minutes}
      onPattern={props.onPattern}
      onMinutes={props.onMinutes}
      onStart={props.onStart}
      back={back}
    />
  );
}
