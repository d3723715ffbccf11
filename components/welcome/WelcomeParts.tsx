import type { ComponentChildren } from 'preact';
import { Segmented, type Segment } from '../Segmented';

interface ChoiceProps<T extends string> {
  /** The radios' name; `${name}-label` names the group. */
  name: string;
  label: string;
  value: T;
  choices: readonly Segment<T>[];
  onChange: (value: T) => void;
}

/** A welcome step's question: its words above, the segmented choice below. */
export function WelcomeChoice<T extends string>({ name, label, value, choices, onChange }: ChoiceProps<T>) {
  return (
    <div class="welcome__field">
      <p class="welcome__legend" id={`${name}-label`}>
        {label}
      </p>
      <Segmented name={name} labelledBy={`${name}-label`} value={value} segments={choices} onChange={onChange} />
    </div>
  );
}

interface ActionsProps {
  /** The way on: "Next", "Open my first new tab". */
  next: ComponentChildren;
  onNext: () => void;
  /** Absent on the first step, which says how long the welcome takes instead. */
  onBack?: () => void;
  aside?: ComponentChildren;
}

/** The foot of every welcome step: the way on, and Back. */
export function WelcomeActions({ next, onNext, onBack, aside }: ActionsProps) {
  return (
    <div class="welcome__actions">
      <button type="button" class="welcome__next" onClick={onNext}>
        {next} <span aria-hidden="true">→</span>
      </button>
      {onBack && (
        <button type="button" class="welcome__back" onClick={onBack}>
          Back
        </button>
      )}
      {aside && <span class="welcome__aside">{aside}</span>}
    </div>
  );
}
