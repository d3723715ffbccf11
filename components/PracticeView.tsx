import type { Practice } from '../lib/content/types';
import { BreathingPacer, type BreathingProps } from './BreathingPacer';
import { GroundingExercise, type GroundingProps } from './GroundingExercise';
import type { BackAction } from './PracticeEnd';
// The practices' look travels with them: any page that shows one loads it (see practice.css).
import './styles/practice.css';

interface Props {
  kind: Practice;
  breathing: BreathingProps;
  grounding: GroundingProps;
  back: BackAction;
}

/** The practice being done: the breathing pacer or 5-4-3-2-1 grounding. */
export function PracticeView({ kind, breathing, grounding, back }: Props) {
  return kind === 'breathing' ? <BreathingPacer {...breathing} back={back} /> : <GroundingExercise {...grounding} back={back} />;
}
