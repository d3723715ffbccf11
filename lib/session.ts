// Everything a page needs beyond its first paint, loaded lazily so the new tab paints first:
// the catalog, the database, the settings and the feed.
import type { liveQuery } from 'dexie';
import { createFeed, type Feed } from './feed';
import type { TendData } from './db/tend-data';
import type { ArticleBody, Card } from './content/types';
import type { Settings } from './settings/model';

export interface Session {
  data: TendData;
  feed: Feed;
  cards: readonly Card[];
  /** Dexie's liveQuery: an observable that re-runs `query` when what it read changes. */
  live: typeof liveQuery;
  /** The settings now; they follow changes made in any page. */
  settings: () => Settings;
  /** Calls back after settings change (in this page or another); returns an unsubscribe. */
  onSettings: (listener: (settings: Settings) => void) => () => void;
}

export async function openSession(): Promise<Session> {
  const [{ cards, catalogVersion }, { tendData, liveQuery }, store, { normalizeSettings }, { applyLook }] = await Promise.all([
    import('virtual:tend-catalog'),
    import('./db/instance'),
    import('./settings/store'),
    import('./settings/schema'),
    import('./settings/look'),
  ]);
  // Settings that cannot be read fall back to defaults: a page never breaks over them.
  let settings = await store.loadSettings().catch(() => normalizeSettings(null));
  const listeners = new Set<(s: Settings) => void>();
  const apply = (next: Settings) => {
    settings = next;
    applyLook(document.documentElement, next);
    listeners.forEach((listener) => listener(next));
  };
  apply(settings);
  store.watchSettings(apply);

  const data = tendData();
  const feed = createFeed({
    data,
    cards,
    version: catalogVersion,
    settings: () => settings,
    storage: localStorage,
    now: Date.now,
    random: Math.random,
  });
  return {
    data,
    feed,
    cards,
    live: liveQuery,
    settings: () => settings,
    onSettings: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
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
