import type { Card } from '../lib/content/types';
import type { ExploreSection } from '../lib/explore/filter';
import { NO_MARKS, type Marks } from '../lib/records';
import type { SearchMatch } from '../lib/explore/search';
import { ItemRow } from './ItemRow';
import { NoMatches } from './NoMatches';

interface Props {
  /** Topic sections with headings, or one ranked section without a heading while searching. */
  sections: readonly ExploreSection[];
  flags: ReadonlyMap<string, Marks>;
  matches?: ReadonlyMap<string, SearchMatch>;
  query: string;
  hrefFor: (card: Card) => string;
}

/** The library as a list: by topic when browsing, best match first when searching. */
export function ItemList({ sections, flags, matches, query, hrefFor }: Props) {
  if (sections.every((s) => s.cards.length === 0)) {
    return (
      <NoMatches query={query}>
        {query.trim() ? 'Try fewer or different words, or choose more topics.' : 'Choose more topics, or both kinds.'}
      </NoMatches>
    );
  }
  const rows = (cards: readonly Card[], level: 2 | 3) => (
    <ul class="rows rows--compact" data-testid="item-list">
      {cards.map((card) => (
        <ItemRow key={card.id} card={card} href={hrefFor(card)} level={level} match={matches?.get(card.id)} {...(flags.get(card.id) ?? NO_MARKS)} />
      ))}
    </ul>
  );
  return (
    <>
      {sections.map((s) =>
        s.heading ? (
          <section key={s.id} class="topic-section" aria-labelledby={`topic-${s.id}`}>
            <h2 id={`topic-${s.id}`} class="topic-section__title">
              {s.heading}
            </h2>
            {rows(s.cards, 3)}
          </section>
        ) : (
          <div key={s.id}>{rows(s.cards, 2)}</div>
        ),
      )}
    </>
  );
}
