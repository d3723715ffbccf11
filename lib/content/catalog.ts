// The bundled library at run time. A page that shows a few items loads only the index (ids, kinds,
// topics) and the topic chunks its items are in; a page that lists or searches them all loads every card.
import type { Card, IndexEntry, TopicId } from './types';

export interface Catalog {
  /** Every item's id, kind and topics. */
  index: readonly IndexEntry[];
  /** A card already loaded (every card, in a full catalog). */
  get(id: string): Card | undefined;
  /** A card, loading its topic's chunk if needed. */
  load(id: string): Promise<Card | undefined>;
  /** The cards loaded so far (all of them, in a full catalog). */
  cards(): readonly Card[];
}

/** A catalog of cards already in memory (the full library, or a test's few cards). */
export function catalogOf(cards: readonly Card[]): Catalog {
  const byId = new Map(cards.map((c) => [c.id, c]));
  return { index: cards, get: (id) => byId.get(id), load: async (id) => byId.get(id), cards: () => cards };
}

// One full catalog a page: Explore's list and its session share it (and its map of every id).
let fullCatalog: Promise<Catalog> | undefined;

export async function openCatalog(full: boolean): Promise<Catalog> {
  if (full) {
    fullCatalog ??= import('virtual:tend-catalog').then(({ cards }) => catalogOf(cards));
    // A failed load may be tried again.
    fullCatalog.catch(() => (fullCatalog = undefined));
    return fullCatalog;
  }
  const [{ index }, { topicLoaders }] = await Promise.all([import('virtual:tend-index'), import('virtual:tend-topics')]);
  const entries = new Map(index.map((e) => [e.id, e]));
  const loaded = new Map<string, Card>();
  // One load per topic, however many of its items are asked for at once (a page of history).
  const chunks = new Map<TopicId, Promise<void>>();
  const loadTopic = (topic: TopicId) => {
    let chunk = chunks.get(topic);
    if (!chunk) {
      chunk = topicLoaders[topic]().then(({ cards }) => cards.forEach((card) => loaded.set(card.id, card)));
      // A chunk that failed to load may be asked for again.
      chunk.catch(() => chunks.delete(topic));
      chunks.set(topic, chunk);
    }
    return chunk;
  };
  return {
    index,
    get: (id) => loaded.get(id),
    async load(id) {
      const topic = entries.get(id)?.topics[0];
      if (!topic) return undefined;
      if (!loaded.has(id)) await loadTopic(topic);
      return loaded.get(id);
    },
    cards: () => [...loaded.values()],
  };
}
