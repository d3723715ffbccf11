import type { TopicId } from '../lib/content/types';
import { SettingRow } from './SettingRow';
import { TopicToggles } from './TopicToggles';

interface Props {
  topics: readonly { id: TopicId; name: string }[];
  selected: readonly TopicId[];
  onChange: (selected: TopicId[]) => void;
}

/** The topics as toggle chips (checkboxes); the last one left on cannot be turned off, and says why. */
export function TopicChips({ topics, selected, onChange }: Props) {
  const toggle = (id: TopicId, on: boolean) =>
    onChange(on ? topics.map((t) => t.id).filter((t) => t === id || selected.includes(t)) : selected.filter((t) => t !== id));
  const last = selected.length === 1;
  return (
    <SettingRow id="topics" label="Topics" help={last ? 'At least one topic stays on.' : 'Keep at least one.'} stack>
      <div class="topic-chips" role="group" aria-labelledby="topics-label" aria-describedby="topics-help">
        <TopicToggles topics={topics} selected={selected} onToggle={toggle} inputClass="topic-chip__input" />
      </div>
    </SettingRow>
  );
}
