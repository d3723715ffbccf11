import type { Settings } from '../lib/settings/model';
import { ChoiceGroup } from './ChoiceGroup';

interface Props {
  settings: Pick<Settings, 'background' | 'followTime'>;
  onChange: (patch: Partial<Settings>) => void;
}

/** What sits behind the new tab, and whether its light follows the hour. */
export function BackgroundOptions({ settings, onChange }: Props) {
  return (
    <div class="background-options">
      <ChoiceGroup
        legend="Background"
        name="background"
        value={settings.background}
        choices={[
          { value: 'landscape', label: 'Landscape', hint: 'Sky, sun or moon and hills, new each day' },
          { value: 'sky', label: 'Soft sky', hint: 'The sky alone' },
          { value: 'plain', label: 'Plain', hint: 'Just the page color' },
        ]}
        onChange={(background) => onChange({ background })}
      />
      <label class="choice">
        <input type="checkbox" checked={settings.followTime} onChange={(e) => onChange({ followTime: e.currentTarget.checked })} />
        <span>
          Follow the time of day
          <span class="choice__hint">Morning, day, evening and night light. Off: always day (light theme) or night (dark theme).</span>
        </span>
      </label>
    </div>
  );
}
