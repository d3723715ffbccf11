import type { Settings } from '../lib/settings/model';
import { SettingChoice } from './SettingChoice';
import { SettingGroup, SettingRow } from './SettingRow';
import { Switch } from './Switch';

interface Props {
  settings: Settings;
  /** Where the help page explains getting the browser's own new tab back. */
  helpHref: string;
  onChange: (patch: Partial<Settings>) => void;
}

/** Reminders of saved articles, a quieter new tab, and how to get the browser's own back. */
export function NewTabOptions({ settings, helpHref, onChange }: Props) {
  return (
    <SettingGroup>
      <Switch
        id="reminders"
        label="Bring back saved articles"
        help="Now and then, one you saved but have not read, such as “You saved this 3 days ago.”"
        on={settings.reminders}
        onToggle={(reminders) => onChange({ reminders })}
      />
      <SettingChoice
        id="quiet"
        label="A quieter new tab"
        help="The rest is one click away."
        value={settings.quiet}
        choices={[
          { value: 'off', label: 'Whole item' },
          { value: 'title', label: 'Title only' },
          { value: 'mark', label: 'Sky only' },
        ]}
        onChange={(quiet) => onChange({ quiet })}
      />
      <SettingRow
        id="own-tab"
        label="Your browser’s own new tab"
        help={
          <>
            Browsers let an extension replace the new tab only while it is on. To get yours back, turn Tend off or remove
            it. <a href={helpHref}>How to do that</a>
          </>
        }
      >
        {null}
      </SettingRow>
    </SettingGroup>
  );
}
