import { TOPICS } from '../lib/content/types';
import type { Settings } from '../lib/settings/model';
import { ChoiceGroup } from './ChoiceGroup';
import { TopicPicker } from './TopicPicker';

interface Props {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

type KindsChoice = 'both' | 'tip' | 'article';

const kindsOf = (kinds: Settings['kinds']): KindsChoice => (kinds.length === 2 ? 'both' : (kinds[0] ?? 'both'));

/** What appears: topics, tips or articles, and how often the item changes. */
export function ContentOptions({ settings, onChange }: Props) {
  return (
    <section aria-labelledby="content-heading">
      <h2 id="content-heading">What you see</h2>
      <TopicPicker topics={TOPICS} selected={settings.topics} onChange={(topics) => onChange({ topics })} />
      <ChoiceGroup<KindsChoice>
        legend="Tips or articles"
        name="kinds"
        value={kindsOf(settings.kinds)}
        choices={[
          { value: 'both', label: 'Both' },
          { value: 'tip', label: 'Tips only', hint: 'A few sentences, read in a moment.' },
          { value: 'article', label: 'Articles only', hint: 'A short excerpt, with the full article a click away.' },
        ]}
        onChange={(choice) => onChange({ kinds: choice === 'both' ? ['tip', 'article'] : [choice] })}
      />
      <ChoiceGroup
        legend="A new item"
        name="cadence"
        value={settings.cadence}
        choices={[
          { value: 'every-tab', label: 'On every new tab' },
          { value: 'hourly', label: 'Every hour' },
          { value: 'daily', label: 'Once a day', hint: 'One item of the day; Next still shows another.' },
        ]}
        onChange={(cadence) => onChange({ cadence })}
      />
    </section>
  );
}
