import type { TopicId } from '../lib/content/types';

interface Props {
  topics: readonly { id: TopicId; name: string }[];
  selected: readonly TopicId[];
  onToggle: (id: TopicId, on: boolean) => void;
  /** The inputs' class, where the page's styles draw the chip from the input. */
  inputClass?: string;
  /** Said on the last topic left on, which cannot be turned off: the id of the line that says why. */
  lastHint?: string;
}

/** The topics as toggle chips (checkboxes); the last one left on cannot be turned off. */
export function TopicToggles({ topics, selected, onToggle, inputClass, lastHint }: Props) {
  const last = selected.length === 1;
  return (
    <>
      {topics.map((topic) => {
        const on = selected.includes(topic.id);
        return (
          <label key={topic.id} class="topic-chip">
            <input
              type="checkbox"
              class={inputClass}
              checked={on}
              disabled={on && last}
              aria-describedby={on && last ? lastHint : undefined}
              onChange={(e) => onToggle(topic.id, e.currentTarget.checked)}
            />
            <span>{topic.name}</span>
          </label>
        );
      })}
    </>
  );
}
