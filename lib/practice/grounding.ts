// The 5-4-3-2-1 grounding exercise as a pure reducer: one sense at a time, at the person's pace.
// What they jot down lives only in this state (in memory); nothing here stores it anywhere.

export type Sense = 'see' | 'touch' | 'hear' | 'smell' | 'taste';

export interface GroundingStep {
  sense: Sense;
  count: number;
  title: string;
  hint: string;
}

export const GROUNDING_STEPS: readonly GroundingStep[] = [
  { sense: 'see', count: 5, title: 'Five things you can see', hint: 'Look around slowly. A colour, a shape, a small detail you had not noticed.' },
  { sense: 'touch', count: 4, title: 'Four things you can touch', hint: 'The chair under you, your feet on the floor, the air on your skin.' },
  { sense: 'hear', count: 3, title: 'Three things you can hear', hint: 'Near or far: a fan, a voice, your own breathing.' },
  { sense: 'smell', count: 2, title: 'Two things you can smell', hint: 'If nothing comes, that is fine. You can think of a smell you like.' },
  { sense: 'taste', count: 1, title: 'One thing you can taste', hint: 'Whatever is there right now, or a sip of water.' },
];

export interface GroundingState {
  /** The step shown (0-based). */
  step: number;
  /** What was jotted for each step; in memory only. */
  notes: string[];
  /** Steps the person chose to skip. */
  skipped: boolean[];
  done: boolean;
}

export type GroundingAction =
  | { type: 'note'; text: string }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'skip' }
  | { type: 'finish' }
  | { type: 'restart' };

export const initialGrounding = (): GroundingState => ({
  step: 0,
  notes: GROUNDING_STEPS.map(() => ''),
  skipped: GROUNDING_STEPS.map(() => false),
  done: false,
});

const LAST = GROUNDING_STEPS.length - 1;

const replace = <T>(list: readonly T[], index: number, value: T): T[] => list.map((v, i) => (i === index ? value : v));

export function groundingReducer(state: GroundingState, action: GroundingAction): GroundingState {
  if (action.type === 'restart') return initialGrounding();
  if (state.done) return state;
  switch (action.type) {
    case 'note':
      return { ...state, notes: replace(state.notes, state.step, action.text) };
    case 'next':
      return state.step < LAST
        ? { ...state, step: state.step + 1, skipped: replace(state.skipped, state.step, false) }
        : { ...state, skipped: replace(state.skipped, state.step, false), done: true };
    case 'skip':
      return state.step < LAST
        ? { ...state, step: state.step + 1, skipped: replace(state.skipped, state.step, true) }
        : { ...state, skipped: replace(state.skipped, state.step, true), done: true };
    case 'back':
      return state.step > 0 ? { ...state, step: state.step - 1 } : state;
    case 'finish':
      return { ...state, done: true };
  }
}

/** Whether anything was jotted down (then the end offers to keep it). */
export const hasNotes = (state: GroundingState): boolean => state.notes.some((n) => n.trim() !== '');

/** The notes as plain text, for the person to keep if they choose to (a file they save). */
export function notesText(state: GroundingState, when: string): string {
  const lines = [`5-4-3-2-1 grounding, ${when}`, ''];
  GROUNDING_STEPS.forEach((step, i) => {
    const note = state.notes[i]?.trim() ?? '';
    if (note) lines.push(`${step.title}:`, note, '');
  });
  return lines.join('\n');
}
