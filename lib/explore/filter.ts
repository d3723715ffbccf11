// What the explore page lists: the whole library filtered by topic and kind, grouped by topic,
// or ranked by a search. Pure: cards, filters, search order and item records come in as arguments.
import { TOPICS, type Card, type ItemKind, type TopicId } from '../content/types';
import { marksOf, type Marks } from '../records';

export type KindFilter = 'all' | ItemKind;

export interface ExploreFilter {
  /** The topics to show; none chosen shows every topic. */
  topics: readonly TopicId[];
  kind: KindFilter;
}

export const NO_FILTER: ExploreFilter = { topics: [], kind: 'all' };


/** A run of the list: a topic with its heading, or (while searching) the ranked results. */
export interface ExploreSection {
  id: string;
  heading?: string;
  cards: Card[];
}

export function matchesFilter(card: Card, filter: ExploreFilter): boolean {
  if (filter.kind !== 'all' && card.kind !== filter.kind) return false;
  return filter.topics.length === 0 || card.topics.some((t) => filter.topics.includes(t));
}

export function toggleTopic(filter: ExploreFilter, topic: TopicId): ExploreFilter {
  const topics = filter.topics.includes(topic) ? filter.topics.filter((t) => t !== topic) : [...filter.topics, topic];
  return { ...filter, topics };
}

/** The topic an item is listed under: its primary one, or its first chosen one when that is filtered out. */
function homeTopic(card: Card, filter: ExploreFilter): TopicId | undefined {
  const [primary] = card.topics;
  if (filter.topics.length === 0 || (primary && filter.topics.includes(primary))) return primary;
  return card.topics.find((t) => filter.topics.includes(t));
}

/**
 * The sections to list. Without a search: one per topic in the library's topic order, items by
 * title, each item once. With a search (`ranked` ids, best first): one section in that order.
 */
export function exploreSections(cards: readonly Card[], filter: ExploreFilter, ranked?: readonly string[]): ExploreSection[] {
  if (ranked) {
    const byId = new Map(cards.map((c) => [c.id, c]));
    const found = ranked.map((id) => byId.get(id)).filter((c): c is Card => c !== undefined && matchesFilter(c, filter));
    return [{ id: 'results', cards: found }];
  }
  const sections = TOPICS.map((t): ExploreSection => ({ id: t.id, heading: t.name, cards: [] }));
  for (const card of cards) {
    if (!matchesFilter(card, filter)) continue;
    const home = homeTopic(card, filter);
    sections.find((s) => s.id === home)?.cards.push(card);
  }
  // One collator for every comparison: String#localeCompare sets one up per call (5,000 items: ~60,000 calls).
  const { compare } = new Intl.Collator();
  for (const s of sections) s.cards.sort((a, b) => compare(a.title, b.title));
  return sections.filter((s) => s.cards.length > 0);
}

// The four possible flags, shared: a list of 5,000 saved items holds one map entry each, not an object each.
const FLAGS: readonly Readonly<Marks>[] = [false, true].flatMap((saved) => [false, true].map((read) => Object.freeze({ saved, read })));

/** Saved and read flags by item id, from the item records that have either. */
export function itemFlags(records: readonly { id: string; savedAt?: number; readAt?: number }[]): Map<string, Readonly<Marks>> {
  return new Map(
    records.map((r) => {
      const { saved, read } = marksOf(r);
      return [r.id, FLAGS[Number(saved) * 2 + Number(read)] ?? { saved, read }];
    }),
  );
}
