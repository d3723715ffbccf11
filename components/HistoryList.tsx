import type { Card } from '../lib/content/types';
import { cardMeta } from '../lib/format';
import { dayLabel, groupByDay, timeOfDay } from '../lib/history';

export interface HistoryEntry {
  card: Card;
  /** When it was read (ms since the epoch). */
  at: number;
}

interface Props {
  entries: readonly HistoryEntry[];
  now: number;
  /** The person's time zone: where each day begins and ends. */
  timeZone: string;
  /** Where an entry opens: the item on its own page. */
  hrefFor: (card: Card) => string;
  locale?: string;
}

/** What was read, by local day, newest first. */
export function HistoryList({ entries, now, timeZone, hrefFor, locale }: Props) {
  if (entries.length === 0) {
    return (
      <div class="empty" data-testid="history-empty">
        <h2>Nothing read yet</h2>
        <p>
          When you finish a tip or an article, choose <strong>Mark as read</strong> (or press <kbd>M</kbd> on a new
          tab). It will show up here, by day, whenever you want to find it again.
        </p>
      </div>
    );
  }
  return (
    <div class="history" data-testid="history">
      {groupByDay(entries, timeZone).map(({ day, events }) => (
        <section key={day} class="history__day" data-day={day}>
          <h2 class="history__heading">{dayLabel(day, now, timeZone, locale)}</h2>
          <ul class="history__list">
            {events.map(({ card, at }, i) => (
              <li key={`${card.id}:${at}:${i}`} class="history__entry" data-item-id={card.id}>
                <a href={hrefFor(card)}>{card.title}</a>
                <span class="item__meta">
                  {cardMeta(card)} · <time dateTime={new Date(at).toISOString()}>{timeOfDay(at, timeZone, locale)}</time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
