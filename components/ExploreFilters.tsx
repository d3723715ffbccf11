import type { ExploreFilter, KindFilter } from '../lib/explore/filter';
import type { TopicId } from '../lib/content/types';
import { plural } from '../lib/format';
import { ChoiceGroup, type Choice } from './ChoiceGroup';
import { SearchBox } from './SearchBox';

interface Props {
  query: string;
  onQuery: (query: string) => void;
  topics: readonly { id: TopicId; name: string }[];
  filter: ExploreFilter;
  onToggleTopic: (topic: TopicId) => void;
  onKind: (kind: KindFilter) => void;
  /** How many items the list shows now; undefined while it loads. */
  count?: number;
}

const KINDS: readonly Choice<KindFilter>[] = [
  { value: 'all', label: 'Tips and articles' },
  { value: 'tip', label: 'Tips' },
  { value: 'article', label: 'Articles' },
];

function countText(count: number, query: string): string {
  const items = plural(count, 'item');
  return query.trim() ? `${items} found for “${query.trim()}”` : `${items} shown`;
}

/** The explore page's search box and its topic and kind filters. */
export function ExploreFilters({ query, onQuery, topics, filter, onToggleTopic, onKind, count }: Props) {
  return (
    <form class="filters" role="search" aria-label="Search and filter the library" onSubmit={(e) => e.preventDefault()}>
      <SearchBox
        id="explore-search"
        label="Search the library"
        value={query}
        onInput={onQuery}
        status={count === undefined ? '' : countText(count, query)}
      />
      <fieldset class="choices choices--grid">
        <legend>Topics</legend>
        <p class="choice__hint">Choose none to see every topic.</p>
        {topics.map((t) => (
          <label key={t.id} class="choice">
            <input type="checkbox" checked={filter.topics.includes(t.id)} onChange={() => onToggleTopic(t.id)} />
            <span>{t.name}</span>
          </label>
        ))}
      </fieldset>
      <ChoiceGroup legend="Kind" name="kind" value={filter.kind} choices={KINDS} onChange={onKind} />
    </form>
  );
}
