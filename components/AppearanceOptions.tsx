import type { Settings } from '../lib/settings/model';
import { ChoiceGroup } from './ChoiceGroup';
import { BackgroundOptions } from './BackgroundOptions';

interface Props {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

export function AppearanceOptions({ settings, onChange }: Props) {
  return (
    <section aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">Appearance</h2>
      <ChoiceGroup
        legend="Theme"
        name="theme"
        value={settings.theme}
        choices={[
          { value: 'system', label: 'Match my system' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        onChange={(theme) => onChange({ theme })}
      />
      <ChoiceGroup
        legend="Text size"
        name="textSize"
        value={settings.textSize}
        choices={[
          { value: 'small', label: 'Small' },
          { value: 'medium', label: 'Medium' },
          { value: 'large', label: 'Large' },
          { value: 'x-large', label: 'Extra large' },
        ]}
        onChange={(textSize) => onChange({ textSize })}
      />
      <ChoiceGroup
        legend="Motion"
        name="motion"
        value={settings.motion}
        choices={[
          { value: 'system', label: 'Match my system' },
          { value: 'reduced', label: 'Always reduce motion' },
        ]}
        onChange={(motion) => onChange({ motion })}
      />
      <BackgroundOptions settings={settings} onChange={onChange} />
    </section>
  );
}
