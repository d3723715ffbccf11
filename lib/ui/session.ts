// Everything a page needs beyond its first paint, loaded lazily so the new tab paints first:
// the catalog, the database, the settings and the feed.
import type { liveQuery } from 'dexie';
import { createFeed, type Feed } from '../rotation/feed';
import { pageStorage } from '../newtab/snapshot';
import { openCatalog, type Catalog } from '../content/catalog';
import type { TendData } from '../db/tend-data';
import type { Card } from '../content/types';
import type { Settings } from '../settings/model';
// Static: the first paint holds this tiny module already, and a dynamic import of it would make
// the bundler build a namespace object (and load its runtime helper) on the first paint's path.
import { catalogVersion } from 'virtual:tend-version';

export interface Session {
  data: TendData;
  feed: Feed;
  /** Every card in a full session; in a light one (new tab, popup) only those loaded so far. */
  cards: readonly Card[];
  /** The library: in a light session, its index, with each topic's cards loaded when asked for. */
  catalog: Catalog;
  /** Dexie's liveQuery: an observable that re-runs `query` when what it read changes. */
  live: typeof liveQuery;
  /** The settings now; they follow changes made in any page. */
  settings: () => Settings;
  /** Calls back after settings change (in this page or another); returns an unsubscribe. */
  onSettings: (listener: (settings: Settings) => void) => () => void;
}

/**
 * @param full load every card (pages that list items); a page that shows one item at a time
 *   loads only the index and the chunk of the item it shows
 */
export async function openSession({ full = true }: { full?: boolean } = {}): Promise<Session> {
  const [catalog, { tendData, liveQuery }, { followSettings }, { applyLook }] = await Promise.all([
    openCatalog(full),
    import('../db/instance'),
    import('../settings/store'),
    import('../settings/look'),
  ]);
  const listeners = new Set<(s: Settings) => void>();
  // Settings that cannot be read fall back to defaults: a page never breaks over them.
  const settings = await followSettings((next) => {
    applyLook(document.documentElement, next, new Date().getHours());
    listeners.forEach((listener) => listener(next));
  });

  const data = tendData();
  const feed = createFeed({
    data,
    catalog,
    version: catalogVersion,
    settings: settings.now,
    storage: pageStorage(),
    now: Date.now,
    random: Math.random,
  });
  // Sync runs only while it is on; loaded after everything else (lib/sync/page.ts).
  void import('../sync/page').then(({ startSync }) => startSync(data, liveQuery), (error: unknown) => console.warn('Tend: sync could not start', error));
  return {
    data,
    feed,
    cards: catalog.cards(),
    catalog,
    live: liveQuery,
    settings: settings.now,
    onSettings: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
