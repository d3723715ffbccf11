import type { Card } from '../lib/content/types';
import { cardMeta } from '../lib/format';

interface Props {
  /** The list's name, e.g. "Explore"; undefined when the page was not opened from a list. */
  listName?: string;
  previous?: { card: Card; href: string };
  next?: { card: Card; href: string };
  place?: number;
  total?: number;
  related: readonly { card: Card; href: string }[];
  topicName: string;
}

/** Under an item: previous and next in the list it came from, and a few more on the same topic. */
export function ItemPageNav({ listName, previous, next, place, total, related, topicName }: Props) {
  return (
    <>
      {listName && (previous || next) && (
        <nav class="item-nav" aria-label={`${listName}: previous and next`} data-testid="item-nav">
          {previous ? (
            <a class="item-nav__link" href={previous.href} rel="prev">
              <span class="item-nav__dir">
                <span aria-hidden="true">← </span>Previous
              </span>
              <span class="item-nav__title">{previous.card.title}</span>
            </a>
          ) : (
            <span />
          )}
          {place !== undefined && total !== undefined && (
            <p class="item-nav__place">
              {place} of {total} in {listName}
            </p>
          )}
          {next ? (
            <a class="item-nav__link item-nav__link--next" href={next.href} rel="next">
              <span class="item-nav__dir">
                Next<span aria-hidden="true"> →</span>
              </span>
              <span class="item-nav__title">{next.card.title}</span>
            </a>
          ) : (
            <span />
          )}
        </nav>
      )}
      {related.length > 0 && (
        <section class="related" aria-labelledby="related-heading" data-testid="related">
          <h2 id="related-heading">More in {topicName}</h2>
          <ul class="rows rows--compact">
            {related.map(({ card, href }) => (
              <li key={card.id} data-item-id={card.id}>
                <div>
                  <p class="kicker">{cardMeta(card)}</p>
                  <h3 class="entry__title">
                    <a href={href}>{card.title}</a>
                  </h3>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
