import type { ReadFilter } from '../lib/lists/reading';
import { EmptyState } from './EmptyState';

interface Props {
  filter: ReadFilter;
  /** The words searched for; empty when not searching. */
  query: string;
  exploreHref?: string;
}

/** What the reading list says when a filter or a search leaves nothing to show. */
export function ReadingEmpty({ filter, query, exploreHref = 'explore.html' }: Props) {
  const q = query.trim();
  if (q) {
    return (
      <EmptyState title={`No saved item matches “${q}”.`} testId="no-matches">
        <p>
          Try fewer words, or <a href={`${exploreHref}?q=${encodeURIComponent(q)}`}>search the whole library in Explore</a>.
        </p>
      </EmptyState>
    );
  }
  if (filter === 'read') {
    return (
      <EmptyState title="Nothing marked read yet." testId="reading-list-empty">
        <p>There is no schedule here.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState title="Nothing waiting." testId="reading-list-empty">
      <p>When something is worth keeping, choose Save and it will wait here.</p>
      <a class="button" href={exploreHref}>
        Explore
      </a>
    </EmptyState>
  );
}
