import type { ComponentChildren } from 'preact';

interface Props {
  /** The words searched for; empty when only filters left nothing. */
  query: string;
  /** A hint about what to try next. */
  children?: ComponentChildren;
}

/** A kind word when a search or a filter finds nothing. */
export function NoMatches({ query, children }: Props) {
  return (
    <div class="empty" data-testid="no-matches">
      <h2>{query.trim() ? `Nothing found for “${query.trim()}”` : 'Nothing here with these filters'}</h2>
      <p>{children ?? 'Try fewer or different words, or check the spelling.'}</p>
    </div>
  );
}
