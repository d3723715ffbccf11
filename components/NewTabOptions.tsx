import type { Settings } from '../lib/settings/model';
import { ChoiceGroup } from './ChoiceGroup';

interface Props {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

export function NewTabOptions({ settings, onChange }: Props) {
  return (
    <section aria-labelledby="newtab-heading">
      <h2 id="newtab-heading">New tab</h2>
      <fieldset class="choices">
        <legend>Reminders</legend>
        <label class="choice">
          <input type="checkbox" checked={settings.reminders} onChange={(e) => onChange({ reminders: e.currentTarget.checked })} />
          <span>
            Now and then, bring back an article I saved but have not read
            <span class="choice__hint">For example: “You saved this 3 days ago.” Never more than a gentle nudge.</span>
          </span>
        </label>
      </fieldset>
      <ChoiceGroup
        legend="A quieter new tab"
        name="quiet"
        value={settings.quiet}
        choices={[
          { value: 'off', label: 'Show the whole item' },
          { value: 'title', label: 'Only the title', hint: 'Choose “Show more” to see the rest.' },
          { value: 'mark', label: 'Only a small Tend mark', hint: 'The item is one click away.' },
        ]}
        onChange={(quiet) => onChange({ quiet })}
      />
      <p class="how-to">
        Browsers do not let an extension stop replacing the new tab while it is installed. To get your
        browser’s own new tab back, turn Tend off or remove it: in Chrome at <strong>chrome://extensions</strong>,
        in Firefox at <strong>about:addons</strong>. Your toolbar button goes with it; you can export your data
        below first.
      </p>
    </section>
  );
}
