import type { ComponentChildren } from 'preact';
import { SettingRow } from './SettingRow';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  /** The row's id; also the radios' name. */
  id: string;
  label: string;
  help?: ComponentChildren;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
}

/** One of a few choices as a segmented control: native radios (arrow keys move), styled as one pill. */
export function SettingChoice<T extends string>({ id, label, help, value, choices, onChange, disabled }: Props<T>) {
  return (
    <SettingRow id={id} label={label} help={help}>
      <div class="seg" role="radiogroup" aria-labelledby={`${id}-label`} aria-describedby={help ? `${id}-help` : undefined}>
        {choices.map((choice) => (
          <label key={choice.value} class="seg__option">
            <input
              type="radio"
              class="seg__input"
              name={id}
              value={choice.value}
              checked={choice.value === value}
              disabled={disabled}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </SettingRow>
  );
}
