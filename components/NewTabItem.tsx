import { useRef } from 'preact/hooks';
import type { Card } from '../lib/content/types';
import { cardMeta } from '../lib/format';
import { RichText } from './RichText';
import { Icon } from './Icon';

interface Props {
  card: Card;
  helpHref: string;
  /** A quiet line under the title, e.g. "You saved this 3 days ago." */
  note?: string;
  /** Opens an article in the reader ("Keep reading"). */
  onOpen: () => void;
}

/**
 * The new tab's one focal point: kicker, title, lede and a fixed slot for "Keep reading" (empty for
 * a tip), so a tip and an article take the same boxes and the dock below never moves.
 */
export function NewTabItem({ card, helpHref, note, onOpen }: Props) {
  // The item painted first just appears; each later one fades in (keyed, so it is a new element).
  const first = useRef(card.id);
  return (
    <article key={card.id} class={`item item--${card.kind}${card.id === first.current ? '' : ' item--fresh'}`} aria-labelledby="item-title">
      <p class="item__meta kicker">
        <span class="kicker__dot" aria-hidden="true" />
        {cardMeta(card)}
      </p>
      <h1 class="item__title" id="item-title" data-testid="item-title" elementtiming="item-title">
        {card.title}
      </h1>
      <div class="item__summary lede">
        <RichText blocks={card.summary} helpHref={helpHref} />
        {note && <p class="item__note">{note}</p>}
      </div>
      <p class="item__slot">
        {card.kind === 'article' && (
          <button type="button" class="keep-reading" aria-keyshortcuts="R" onClick={onOpen}>
            Keep reading <Icon name="arrow-right" />
          </button>
        )}
      </p>
    </article>
  );
}

/** The calm new tab's one control: it takes the dock's place, and revealing changes visibility only. */
export function RevealButton({ mode, onReveal }: { mode: 'title' | 'mark'; onReveal: () => void }) {
  return (
    <button type="button" class="reveal" aria-keyshortcuts="Space" onClick={onReveal}>
      {mode === 'title' ? 'Show the tip' : "Show today's tip"}
      <kbd aria-hidden="true">Space</kbd>
    </button>
  );
}
