import { TOPICS } from '../lib/content/types';
import type { Settings } from '../lib/settings/model';
import { SettingChoice } from './SettingChoice';
import { SettingGroup } from './SettingRow';
import { TopicChips } from './TopicChips';

interface Props {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

type KindsChoice = 'both' | 'tip' | 'article';

const kindsOf = (kinds: Settings['kinds']): KindsChoice => (kinds.length === 2 ? 'both' : (kinds[0] ?? 'both'));

/** What appears: topics, tips or articles, and how often the item changes. */
export function ContentOptions({ settings, onChange }: Props) {
  return (
    <SettingGroup>
      <TopicChips topics={TOPICS} selected={settings.topics} onChange={(topics) => onChange({ topics })} />
      <SettingChoice<KindsChoice>
        id="kinds"
        label="Tips or articles"
        help="Tips take a moment; articles show an excerpt first."
        value={kindsOf(settings.kinds)}
        choices={[
          { value: 'both', label: 'Both' },
          { value: 'tip', label: 'Tips' },
          { value: 'article', label: 'Articles' },
        ]}
        onChange={(choice) => onChange({ kinds: choice === 'both' ? ['tip', 'article'] : [choice] })}
      />
      <SettingChoice
        id="cadence"
        label="A new item"
        help="Next always shows another."
        value={settings.cadence}
        choices={[
          { value: 'every-tab', label: 'Every new tab' },
          { value: 'hourly', label: 'Every hour' },
          { value: 'daily', label: 'Once a day' },
        ]}
        onChange={(cadence) => onChange({ cadence })}
      />
    </SettingGroup>
  );
}
