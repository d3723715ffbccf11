import type { Card } from '../lib/content/types';
import { cardMeta } from '../lib/format';
import { dayLabel, groupByDay, timeOfDay } from '../lib/history';
import { EmptyState } from './EmptyState';

export interface HistoryEntry {
  /** The item read; it may no longer be in Tend (then there is no card). */
  id: string;
  card?: Card;
  /** When it was read (ms since the epoch). */
  at: number;
}

interface Props {
  /** The newest reads, as many as are shown. */
  entries: readonly HistoryEntry[];
  /** How many reads there are in all. */
  total: number;
  now: number;
  /** The person's time zone: where each day begins and ends. */
  timeZone: string;
  /** Where an entry opens: the item on its own page. */
  hrefFor: (card: Card) => string;
  /** Shows the next older reads. */
  onShowMore?: () => void;
  locale?: string;
}

/** One read: a link to the item, or (an item no longer in Tend) its place in the history, as text. */
function Entry({ entry: { id, card, at }, hrefFor, timeZone, locale }: { entry: HistoryEntry } & Pick<Props, 'hrefFor' | 'timeZone' | 'locale'>) {
  const time = <time dateTime={new Date(at).toISOString()}>{timeOfDay(at, timeZone, locale)}</time>;
  return (
    <li class="history__entry" data-item-id={id}>
      {card ? <a href={hrefFor(card)}>{card.title}</a> : <span class="history__gone">No longer in Tend</span>}
      <span class="item__meta">
        {card ? <>{cardMeta(card)} · </> : null}
        {time}
      </span>
    </li>
  );
}

/** What was read, by local day, newest first; a long history a page at a time. */
export function HistoryList({ entries, total, now, timeZone, hrefFor, onShowMore, locale }: Props) {
  if (entries.length === 0) {
    return (
      <EmptyState title="Your log starts with the next thing you read." testId="history-empty">
        <p>
          No streaks, no scores. Mark anything you finish as read, and find it here again, by day, whenever you like.
        </p>
      </EmptyState>
    );
  }
  return (
    <div class="history" data-testid="history">
      {groupByDay(entries, timeZone).map(({ day, events }) => (
        <section key={day} class="history__day" data-day={day}>
          <h2 class="history__heading">{dayLabel(day, now, timeZone, locale)}</h2>
          <ul class="history__list">
            {events.map((entry, i) => (
              <Entry key={`${entry.id}:${entry.at}:${i}`} entry={entry} hrefFor={hrefFor} timeZone={timeZone} locale={locale} />
            ))}
          </ul>
        </section>
      ))}
      {entries.length < total && (
        <p class="history__more" data-testid="history-more">
          <span class="muted">
            Showing the newest {entries.length.toLocaleString(locale)} of {total.toLocaleString(locale)} reads.
          </span>{' '}
          {onShowMore && (
            <button type="button" class="button button--small" onClick={onShowMore}>
              Show more
            </button>
          )}
        </p>
      )}
    </div>
  );
}
