import type { TopicId } from '../lib/content/types';

interface Props {
  topics: readonly { id: TopicId; name: string }[];
  selected: readonly TopicId[];
  onChange: (selected: TopicId[]) => void;
}

/** Checkboxes for the topics; the last one left on cannot be turned off (and says why). */
export function TopicPicker({ topics, selected, onChange }: Props) {
  const toggle = (id: TopicId, on: boolean) =>
    onChange(on ? topics.map((t) => t.id).filter((t) => t === id || selected.includes(t)) : selected.filter((t) => t !== id));
  const last = selected.length === 1;
  return (
    <fieldset class="choices choices--grid">
      <legend>Topics</legend>
      {topics.map((topic) => {
        const on = selected.includes(topic.id);
        return (
          <label key={topic.id} class="choice">
            <input
              type="checkbox"
              checked={on}
              disabled={on && last}
              aria-describedby={on && last ? 'topics-last' : undefined}
              onChange={(e) => toggle(topic.id, e.currentTarget.checked)}
            />
            <span>{topic.name}</span>
          </label>
        );
      })}
      {last && (
        <p id="topics-last" class="choice__hint">
          At least one topic stays on.
        </p>
      )}
    </fieldset>
  );
}
