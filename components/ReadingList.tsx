import type { ComponentChildren } from 'preact';
import type { Card } from '../lib/content/types';
import { plainText } from '../lib/content/text';
import { cardMeta, relativeDay } from '../lib/format';
import { Highlighted } from './Highlighted';
import { MoreMenu, type MenuEntry } from './MoreMenu';
import { placeUnder } from './menu-place';

export interface ReadingEntry {
  card: Card;
  savedAt: number;
  readAt?: number;
  /** Words a search matched, marked in the title and excerpt. */
  terms?: readonly string[];
}

interface Props {
  entries: readonly ReadingEntry[];
  now: number;
  /** Where an entry opens: its item page, which leads back here. */
  hrefFor: (card: Card) => string;
  onToggleRead: (entry: ReadingEntry) => void;
  onRemove: (entry: ReadingEntry) => void;
  /** More for an entry, under its actions (its note). */
  extra?: (entry: ReadingEntry) => ComponentChildren;
  /** The entry's quieter actions (its note), in a "···" menu beside Remove. */
  more?: (entry: ReadingEntry) => readonly MenuEntry[];
}

/** A row's menu id, from its item's id (which may hold characters an id selector would trip on). */
export const rowMenuId = (id: string) => `row-menu-${id.replace(/[^\w-]/g, '_')}`;

const check = <path d="M3 8.5 6.5 12 13 4.5" />;
const circleCheck = (
  <>
    <circle cx="8" cy="8" r="6.5" />
    <path d="m5.3 8.2 1.9 1.9 3.6-3.9" />
  </>
);

/** Saved items as one surface list: kind and topic, title, a two-line excerpt, when; read state and remove. */
export function ReadingList({ entries, now, hrefFor, onToggleRead, onRemove, extra, more }: Props) {
  return (
    <ul class="rows" data-testid="reading-list">
      {entries.map((entry) => {
        const { card } = entry;
        const read = entry.readAt !== undefined;
        return (
          <li key={card.id} class={read ? 'entry entry--read' : 'entry'} data-item-id={card.id}>
            <div>
              <p class="kicker">{cardMeta(card).replace(' read', '')}</p>
              <h2 class="entry__title">
                <a href={hrefFor(card)}>
                  <Highlighted text={card.title} terms={entry.terms} />
                </a>
              </h2>
              <p class="excerpt">
                <Highlighted text={plainText(card.summary)} terms={entry.terms} />
              </p>
              <p class="row-meta">
                Saved {relativeDay(entry.savedAt, now)}
                {entry.readAt !== undefined && ` · read ${relativeDay(entry.readAt, now)}`}
              </p>
            </div>
            <div class="row-actions">
              <button type="button" class={read ? 'state-button state-button--on' : 'state-button'} onClick={() => onToggleRead(entry)}>
                <svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">
                  {read ? check : circleCheck}
                </svg>
                {read ? 'Read' : 'Mark read'}
                <span class="visually-hidden">: {card.title}</span>
              </button>
              <button type="button" class="icon-button" onClick={() => onRemove(entry)}>
                <span aria-hidden="true">×</span>
                <span class="visually-hidden">Remove: {card.title}</span>
              </button>
              {more && <MoreMenu id={rowMenuId(card.id)} entries={more(entry)} label={`More for “${card.title}”`} place={placeUnder} buttonClass="icon-button" />}
            </div>
            {extra?.(entry)}
          </li>
        );
      })}
    </ul>
  );
}
