import type { ComponentChildren } from 'preact';
import { SettingRow } from './SettingRow';

interface Props {
  id: string;
  label: string;
  help?: ComponentChildren;
  on: boolean;
  onToggle: (on: boolean) => void;
  /** The switch moves only once the caller changes `on` (turning the pause reminder on asks first). */
  confirmFirst?: boolean;
  disabled?: boolean;
}

/** An on/off setting: a native checkbox with the switch role, drawn as a 44×26 track, named by its label alone (the help describes it). */
export function Switch({ id, label, help, on, onToggle, confirmFirst, disabled }: Props) {
  return (
    <SettingRow id={id} label={label} help={help} labelFor={`${id}-switch`}>
      <input
        id={`${id}-switch`}
        type="checkbox"
        role="switch"
        class="switch"
        checked={on}
        disabled={disabled}
        aria-describedby={help ? `${id}-help` : undefined}
        onClick={(e) => {
          if (confirmFirst) e.preventDefault();
          onToggle(!on);
        }}
      />
    </SettingRow>
  );
}
