import type { ComponentChildren } from 'preact';
import type { Card } from '../lib/content/types';
import { cardMeta } from '../lib/format';
import { RichText } from './RichText';

interface Props {
  card: Card;
  helpHref: string;
  /** A quiet line under the title, e.g. "You saved this 3 days ago." */
  note?: string;
  /** Buttons shown under the item. */
  children?: ComponentChildren;
}

/** One item as the new tab and the popup show it: a tip whole, an article as its excerpt. */
export function ItemCard({ card, helpHref, note, children }: Props) {
  return (
    <article class={`item item--${card.kind}${card.mine ? ' item--mine' : ''}`} aria-labelledby="item-title">
      <p class="item__meta">{cardMeta(card)}</p>
      <h1 class="item__title" id="item-title" data-testid="item-title" elementtiming="item-title">
        {card.title}
      </h1>
      {note && <p class="item__note">{note}</p>}
      <div class="item__summary">
        <RichText blocks={card.summary} helpHref={helpHref} />
      </div>
      {children}
    </article>
  );
}
