import type { Settings } from '../lib/settings/model';
import { BackgroundOptions } from './BackgroundOptions';
import { SettingChoice } from './SettingChoice';
import { SettingGroup } from './SettingRow';
import { Switch } from './Switch';

interface Props {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

/** Theme, text size, motion, and the new tab's background. */
export function AppearanceOptions({ settings, onChange }: Props) {
  return (
    <SettingGroup>
      <SettingChoice
        id="theme"
        label="Theme"
        value={settings.theme}
        choices={[
          { value: 'system', label: 'Match my system' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        onChange={(theme) => onChange({ theme })}
      />
      <SettingChoice
        id="textSize"
        label="Text size"
        value={settings.textSize}
        choices={[
          { value: 'small', label: 'Small' },
          { value: 'medium', label: 'Medium' },
          { value: 'large', label: 'Large' },
          { value: 'x-large', label: 'Extra large' },
        ]}
        onChange={(textSize) => onChange({ textSize })}
      />
      <Switch
        id="motion"
        label="Always reduce motion"
        help="Off follows your system’s setting."
        on={settings.motion === 'reduced'}
        onToggle={(on) => onChange({ motion: on ? 'reduced' : 'system' })}
      />
      <BackgroundOptions settings={settings} onChange={onChange} />
    </SettingGroup>
  );
}
