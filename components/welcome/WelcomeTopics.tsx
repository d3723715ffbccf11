import type { TopicId } from '../../lib/content/types';
import type { KindChoice } from '../../lib/welcome/choices';
import { WelcomeActions, WelcomeChoice } from './WelcomeParts';
import { TopicToggles } from '../TopicToggles';

interface Props {
  topics: readonly { id: TopicId; name: string }[];
  selected: readonly TopicId[];
  kinds: KindChoice;
  onTopic: (id: TopicId, on: boolean) => void;
  onKinds: (kinds: KindChoice) => void;
  onNext: () => void;
  onBack: () => void;
}

const KINDS = [
  { value: 'tip', label: 'Tips' },
  { value: 'article', label: 'Articles' },
  { value: 'both', label: 'Both' },
] as const;

/** Step 2: which topics, and tips, articles or both. */
export function WelcomeTopics({ topics, selected, kinds, onTopic, onKinds, onNext, onBack }: Props) {
  const last = selected.length === 1;
  return (
    <>
      <p class="welcome__lede">All of them are on. Turn off what you would rather not see.</p>
      <fieldset class="welcome__field">
        <legend class="welcome__legend">Topics</legend>
        <div class="topic-chips">
          <TopicToggles topics={topics} selected={selected} onToggle={onTopic} lastHint="welcome-topics-last" />
        </div>
        {last && (
          <p id="welcome-topics-last" class="welcome__hint">
            At least one topic stays on.
          </p>
        )}
      </fieldset>
      <WelcomeChoice label="Show me" name="welcome-kinds" value={kinds} choices={KINDS} onChange={onKinds} />
      <WelcomeActions next="Next" onNext={onNext} onBack={onBack} />
    </>
  );
}
