import type { ComponentChildren } from 'preact';
import { SettingRow } from './SettingRow';

interface Props {
  id: string;
  label: string;
  help?: ComponentChildren;
  on: boolean;
  /** Called with the wanted state; the switch shows `on` until the caller changes it. */
  onToggle: (on: boolean) => void;
}

/** An on/off setting: a native checkbox with the switch role, drawn as a 44×26 track. */
export function Switch({ id, label, help, on, onToggle }: Props) {
  return (
    <SettingRow id={id} label={label} help={help}>
      <input
        type="checkbox"
        role="switch"
        class="switch"
        checked={on}
        aria-labelledby={`${id}-label`}
        aria-describedby={help ? `${id}-help` : undefined}
        // The state changes only when the caller says so (turning the pause reminder on asks first).
        onClick={(e) => {
          e.preventDefault();
          onToggle(!on);
        }}
      />
    </SettingRow>
  );
}
