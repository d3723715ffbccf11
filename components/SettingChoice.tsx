import type { ComponentChildren } from 'preact';
import { SettingRow } from './SettingRow';
import { Segmented, type Segment } from './Segmented';

export type Choice<T extends string> = Segment<T>;

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

/** A settings row whose control is a segmented choice, named by the row's label and described by its help. */
export function SettingChoice<T extends string>({ id, label, help, value, choices, onChange, disabled }: Props<T>) {
  return (
    <SettingRow id={id} label={label} help={help}>
      <Segmented
        name={id}
        value={value}
        segments={choices}
        onChange={onChange}
        disabled={disabled}
        labelledBy={`${id}-label`}
        describedBy={help ? `${id}-help` : undefined}
      />
    </SettingRow>
  );
}
