import type { ReadFilter, SavedSort } from '../lib/lists/reading';
import { plural } from '../lib/format';
import { Segmented } from './Segmented';
import { SearchBox } from './SearchBox';

interface Props {
  counts: Record<ReadFilter, number>;
  filter: ReadFilter;
  sort: SavedSort;
  query: string;
  /** How many saved items the search found; undefined when not searching. */
  found?: number;
  onFilter: (filter: ReadFilter) => void;
  onSort: (sort: SavedSort) => void;
  onQuery: (query: string) => void;
  /** The search box was focused. */
  onSearchFocus?: () => void;
}

/** The reading list's controls: To read / Read / All with counts, search within the list, sort. */
export function ReadingTools({ counts, filter, sort, query, found, onFilter, onSort, onQuery, onSearchFocus }: Props) {
  return (
    <>
      <div class="list-tools">
        <Segmented
          label="Show"
          name="show"
          value={filter}
          onChange={onFilter}
          segments={[
            { value: 'unread', label: 'To read', count: counts.unread },
            { value: 'read', label: 'Read', count: counts.read },
            { value: 'all', label: 'All', count: counts.all },
          ]}
        />
        <SearchBox
          id="reading-list-search"
          label="Search your list"
          value={query}
          onInput={onQuery}
          onFocus={onSearchFocus}
          status={found === undefined ? '' : `${plural(found, 'saved item')} found for “${query.trim()}”`}
        />
      </div>
      <div class="list-tools list-tools--quiet">
        <label class="sort">
          Sort
          <select value={sort} onChange={(e) => onSort(e.currentTarget.value === 'oldest' ? 'oldest' : 'newest')}>
            <option value="newest">Newest saved first</option>
            <option value="oldest">Oldest saved first</option>
          </select>
        </label>
      </div>
    </>
  );
}
