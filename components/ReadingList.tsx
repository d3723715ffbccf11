import type { ComponentChildren } from 'preact';
import type { Card } from '../lib/content/types';
import { cardMeta, relativeDay } from '../lib/format';
import { Highlighted } from './Highlighted';

export interface ReadingEntry {
  card: Card;
  savedAt: number;
  readAt?: number;
  /** Words a search matched, marked in the title. */
  terms?: readonly string[];
}

interface Props {
  entries: readonly ReadingEntry[];
  now: number;
  /** Where an entry opens: the article page, or the item on its own. */
  hrefFor: (card: Card) => string;
  onToggleRead: (entry: ReadingEntry) => void;
  onRemove: (entry: ReadingEntry) => void;
  /** More for an entry, under its actions (its note). */
  extra?: (entry: ReadingEntry) => ComponentChildren;
}

export function ReadingList({ entries, now, hrefFor, onToggleRead, onRemove, extra }: Props) {
  if (entries.length === 0) {
    return (
      <div class="empty" data-testid="reading-list-empty">
        <h2>Nothing saved yet</h2>
        <p>
          When something on a new tab is worth coming back to, choose <strong>Save for later</strong> (or press{' '}
          <kbd>S</kbd>). It will wait for you here, newest first.
        </p>
      </div>
    );
  }
  return (
    <ul class="reading-list" data-testid="reading-list">
      {entries.map((entry) => {
        const { card } = entry;
        const read = entry.readAt !== undefined;
        return (
          <li key={card.id} class={read ? 'entry entry--read' : 'entry'} data-item-id={card.id}>
            <h2 class="entry__title">
              <a href={hrefFor(card)}>
                <Highlighted text={card.title} terms={entry.terms} />
              </a>
            </h2>
            <p class="item__meta">
              {cardMeta(card)} · saved {relativeDay(entry.savedAt, now)}
              {read ? ' · read' : ''}
            </p>
            <div class="entry__actions">
              <button type="button" class="button button--small" aria-pressed={read} onClick={() => onToggleRead(entry)}>
                {read ? <span aria-hidden="true">✓ </span> : null}Mark as read<span class="visually-hidden">: {card.title}</span>
              </button>
              <button type="button" class="button button--small" onClick={() => onRemove(entry)}>
                Remove<span class="visually-hidden">: {card.title}</span>
              </button>
            </div>
            {extra?.(entry)}
          </li>
        );
      })}
    </ul>
  );
}
