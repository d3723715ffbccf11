// 5-4-3-2-1 grounding's state: the pure reducer, the time it took (for the log), and keeping the
// notes only if the person asks to (a file they save; Tend stores nothing they wrote).
import { useEffect, useReducer, useRef } from 'preact/hooks';
import { groundingReducer, hasNotes, initialGrounding, notesText } from '../practice/grounding';
import { downloadText, notesFilename } from '../practice/keep-notes';
import { GROUNDING_DONE } from '../practice/words';
import type { GroundingProps } from '../../components/GroundingExercise';

export interface GroundingDeps {
  now(): number;
  download(filename: string, text: string): void;
}

const DEFAULT_DEPS: GroundingDeps = { now: Date.now, download: downloadText };

export interface Grounding {
  props: GroundingProps;
  announcement: string;
  /** A fresh start, as when the exercise is opened again (the notes are forgotten). */
  restart: () => void;
}

/** @param onFinished called once each time the exercise is finished, with the seconds it took */
export function useGrounding(onFinished: (seconds: number) => void, deps: GroundingDeps = DEFAULT_DEPS): Grounding {
  const [state, dispatch] = useReducer(groundingReducer, undefined, initialGrounding);
  const startedAt = useRef(deps.now());
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    if (state.done) finished.current((deps.now() - startedAt.current) / 1000);
  }, [state.done]);

  const restart = () => {
    startedAt.current = deps.now();
    dispatch({ type: 'restart' });
  };

  return {
    announcement: state.done ? GROUNDING_DONE : '',
    restart,
    props: {
      step: state.step,
      note: state.notes[state.step] ?? '',
      done: state.done,
      endLine: GROUNDING_DONE,
      onNote: (text) => dispatch({ type: 'note', text }),
      onNext: () => dispatch({ type: 'next' }),
      onBack: () => dispatch({ type: 'back' }),
      onSkip: () => dispatch({ type: 'skip' }),
      onFinish: () => dispatch({ type: 'finish' }),
      onKeep: hasNotes(state)
        ? () => {
            const now = deps.now();
            deps.download(notesFilename(now), notesText(state, new Date(now).toLocaleString()));
          }
        : undefined,
      onAgain: restart,
    },
  };
}
