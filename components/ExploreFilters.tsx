import type { ExploreFilter, KindFilter } from '../lib/explore/filter';
import type { TopicId } from '../lib/content/types';
import { plural } from '../lib/format';
import { Segmented } from './Segmented';
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
  /** The search box was focused. */
  onSearchFocus?: () => void;
}

function countText(count: number, query: string): string {
  const items = plural(count, 'item');
  return query.trim() ? `${items} found for “${query.trim()}”` : `${items} shown`;
}

/** Explore's search, kind and topic chips: compact, so the results start above the fold. */
export function ExploreFilters({ query, onQuery, topics, filter, onToggleTopic, onKind, count, onSearchFocus }: Props) {
  return (
    <form class="filters" role="search" aria-label="Search and filter the library" onSubmit={(e) => e.preventDefault()}>
      <div class="list-tools">
        <SearchBox
          id="explore-search"
          label="Search the library"
          value={query}
          onInput={onQuery}
          onFocus={onSearchFocus}
          status={count === undefined ? '' : countText(count, query)}
        />
        <Segmented
          label="Kind"
          name="kind"
          value={filter.kind}
          onChange={onKind}
          segments={[
            { value: 'all', label: 'All' },
            { value: 'tip', label: 'Tips' },
            { value: 'article', label: 'Articles' },
          ]}
        />
      </div>
      <fieldset class="chips">
        <legend class="visually-hidden">Topics</legend>
        {topics.map((t) => (
          <label key={t.id} class="chip">
            <input type="checkbox" checked={filter.topics.includes(t.id)} onChange={() => onToggleTopic(t.id)} />
            {t.name}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
