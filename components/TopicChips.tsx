import type { TopicId } from '../lib/content/types';
import { SettingRow } from './SettingRow';

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
        {topics.map((topic) => {
          const on = selected.includes(topic.id);
          return (
            <label key={topic.id} class="topic-chip">
              <input
                type="checkbox"
                class="topic-chip__input"
                checked={on}
                disabled={on && last}
                onChange={(e) => toggle(topic.id, e.currentTarget.checked)}
              />
              <span>{topic.name}</span>
            </label>
          );
        })}
      </div>
    </SettingRow>
  );
}
