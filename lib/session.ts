// Everything a page needs beyond its first paint, loaded lazily so the new tab paints first:
// the catalog, the database and the feed.
import type { liveQuery } from 'dexie';
import { createFeed, type Feed } from './feed';
import type { TendData } from './db/tend-data';
import type { ArticleBody, Card } from './content/types';
import { DEFAULT_CONTENT_SETTINGS } from './settings';

export interface Session {
  data: TendData;
  feed: Feed;
  cards: readonly Card[];
  /** Dexie's liveQuery: an observable that re-runs `query` when what it read changes. */
  live: typeof liveQuery;
}

export async function openSession(): Promise<Session> {
  const [{ cards, catalogVersion }, { tendData, liveQuery }] = await Promise.all([
    import('virtual:tend-catalog'),
    import('./db/instance'),
  ]);
  const data = tendData();
  const feed = createFeed({
    data,
    cards,
    version: catalogVersion,
    settings: DEFAULT_CONTENT_SETTINGS,
    storage: localStorage,
    now: Date.now,
    random: Math.random,
  });
  return { data, feed, cards, live: liveQuery };
}

export async function loadArticle(id: string): Promise<ArticleBody | undefined> {
  const { articleLoaders } = await import('virtual:tend-articles');
  const load = articleLoaders[id];
  return load ? (await load()).default : undefined;
}

/** Any item from the bundle, for when storage cannot open: the page never stays empty. */
export async function fallbackCard(random: () => number = Math.random): Promise<Card | undefined> {
  const { cards } = await import('virtual:tend-catalog');
  return cards[Math.floor(random() * cards.length)];
}
