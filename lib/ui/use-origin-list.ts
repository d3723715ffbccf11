// The list an item page was opened from, as item ids in that list's order: Explore with its query
// and filters, the reading list with its filter and sort, or recent history. Loaded after the page's
// item, so the item never waits on it.
import { useEffect, useState } from 'preact/hooks';
import type { Card } from '../content/types';
import type { Session } from './session';
import type { Origin } from '../lists/origin';
import { exploreStateFrom, exploreView } from '../lists/explore-state';
import { isIdList } from '../lists/first-screen';
import { readKept } from './use-first-screen';
import { readingStateFrom, readingView } from '../lists/reading';
import { exploreSections } from '../explore/filter';

/** Ids matching `query`, best first, among `cards`. */
async function ranked(cards: readonly Card[], query: string): Promise<string[]> {
  const [{ createSearchIndex, search }, docs] = await Promise.all([
    import('../explore/search'),
    import('virtual:tend-search').then((m) => m.searchDocs, () => []),
  ]);
  return search(createSearchIndex(cards, docs), query).map((h) => h.id);
}

/** Every card: the item page's session is light (the index and its item's topic), Explore's list needs them all. */
const allCards = async (): Promise<readonly Card[]> => (await import('virtual:tend-catalog')).cards;

async function listOf(session: Session, origin: Origin): Promise<string[]> {
  if (origin.page === 'explore') {
    const state = exploreStateFrom(origin.search);
    // Explore keeps its view's order as it lists it: then no card need load to find the neighbours.
    const kept = state.query.trim() ? undefined : readKept('explore-order', exploreView(state), isIdList);
    if (kept) return kept;
    const cards = await allCards();
    const order = state.query.trim() ? await ranked(cards, state.query) : undefined;
    return exploreSections(cards, state, order).flatMap((s) => s.cards.map((c) => c.id));
  }
  if (origin.page === 'readingList') {
    const { filter, sort } = readingStateFrom(origin.search);
    const records = await session.data.readingList();
    let saved = records.flatMap((r) => (r.savedAt === undefined ? [] : [{ id: r.id, savedAt: r.savedAt, readAt: r.readAt }]));
    const query = new URLSearchParams(origin.search).get('q')?.trim();
    if (query) {
      const byId = new Map((await allCards()).map((c) => [c.id, c]));
      const savedCards = saved.flatMap((e) => byId.get(e.id) ?? []);
      const found = new Set(await ranked(savedCards, query));
      saved = saved.filter((e) => found.has(e.id));
    }
    return readingView(saved, filter, sort).map((e) => e.id);
  }
  const { createHistoryData } = await import('../db/history');
  const { reads } = await createHistoryData(session.data.db).recentReads(200);
  return [...new Set(reads.map((r) => r.itemId))];
}

/** The origin list's ids, or undefined while loading, without an origin, or when it cannot be read. */
export function useOriginList(session: Session | undefined, origin: Origin | undefined): readonly string[] | undefined {
  const [ids, setIds] = useState<readonly string[]>();
  useEffect(() => {
    if (!session || !origin) return;
    listOf(session, origin).then(setIds, (error: unknown) => console.warn('Tend: could not read the list this item came from', error));
  }, [session]);
  return ids;
}
