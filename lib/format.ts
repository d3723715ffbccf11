// Small formatting helpers shared by pages. Pure.
import { TOPICS, type Card, type TopicId } from './content/types';

export function topicName(id: TopicId | undefined): string {
  if (!id) return '';
  return TOPICS.find((t) => t.id === id)?.name ?? id;
}

export function cardMeta(card: Pick<Card, 'kind' | 'topics' | 'minutes' | 'mine'>): string {
  const parts = [card.mine ? 'Your tip' : card.kind === 'tip' ? 'Tip' : 'Article', topicName(card.topics[0])].filter(Boolean);
  if (card.minutes) parts.push(`${card.minutes} min read`);
  return parts.join(' · ');
}

/** "today", "yesterday", "3 days ago", or a date: how long ago something was saved. */
export function relativeDay(then: number, now: number, locale?: string): string {
  const startOfDay = (t: number) => new Date(t).setHours(0, 0, 0, 0);
  const days = Math.round((startOfDay(now) - startOfDay(then)) / 86_400_000);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  return new Date(then).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The line under an item that came back as a reminder of a save; none for any other item. */
export function savedNote(savedAt: number | undefined, now: number): string | undefined {
  if (savedAt === undefined) return undefined;
  const when = relativeDay(savedAt, now);
  return `You saved this ${when === 'today' ? 'earlier today' : when}.`;
}
