import type { Card } from '../lib/content/types';
import type { SearchMatch } from '../lib/explore/search';
import { plainText } from '../lib/content/text';
import { cardMeta } from '../lib/format';
import { Highlighted } from './Highlighted';

interface Props {
  card: Card;
  href: string;
  /** The title's heading level: 3 under a topic heading, 2 in a flat list. */
  level: 2 | 3;
  saved: boolean;
  read: boolean;
  /** While searching: the words to mark, and a passage of the body when only the body matched. */
  match?: SearchMatch;
}

/** One item in a compact list of the library: kind and topic, title link, one line of summary, its state in words. */
export function ItemRow({ card, href, level, saved, read, match }: Props) {
  const Title = level === 2 ? 'h2' : 'h3';
  return (
    <li class={read ? 'entry entry--read' : 'entry'} data-item-id={card.id}>
      <div>
        <p class="item__meta kicker">
          {cardMeta(card)}
          {saved && <span class="badge entry__badge">Saved</span>}
          {read && <span class="badge entry__badge">Read</span>}
        </p>
        <Title class="entry__title">
          <a href={href}>
            <Highlighted text={card.title} terms={match?.terms} />
          </a>
        </Title>
        <p class="entry__summary excerpt">
          <Highlighted text={plainText(card.summary)} terms={match?.terms} />
        </p>
        {match?.snippet && (
          <p class="entry__snippet">
            <span class="visually-hidden">From the text: </span>
            <Highlighted text={match.snippet} terms={match.terms} />
          </p>
        )}
      </div>
    </li>
  );
}
