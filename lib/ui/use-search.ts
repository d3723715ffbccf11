// A page's search box: the query (kept in the page's address, so Back returns to it), the index
// and the ranked matches, recomputed on every keystroke. The index of titles and summaries is built
// when the box is first focused or a search starts, never for a page that is only looked at (at
// 5,000 items it held more of the page's memory than the items did); the bodies (megabytes at 5,000
// items) load only when a search starts, and their index is built a few items at a time while the
// first one answers.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Card } from '../content/types';
import type { SearchIndex, SearchMatch } from '../explore/search';
import { setParam } from '../lists/address';

export interface Search {
  query: string;
  setQuery: (query: string) => void;
  /** True while the box holds words. */
  searching: boolean;
  /** Matches by item id, best first, while searching; undefined otherwise and while the index loads. */
  matches?: ReadonlyMap<string, SearchMatch>;
  /** A search is likely soon (the box was focused): builds the index of titles and summaries now. */
  prepare: () => void;
}

const PARAM = 'q';

type Engine = typeof import('../explore/search');
let engine: Promise<Engine> | undefined;
/** The search engine (MiniSearch) loads when an index is first wanted, never on a list's first paint. */
const loadEngine = (): Promise<Engine> => (engine ??= import('../explore/search'));

/** The index with bodies, for the cards it was built from. */
interface FullIndex {
  cards: readonly Card[];
  index: SearchIndex;
  bodies: ReadonlyMap<string, string>;
}

export function useSearch(cards: readonly Card[] | undefined): Search {
  const [query, setQueryState] = useState(() => new URLSearchParams(location.search).get(PARAM) ?? '');
  const searching = query.trim() !== '';

  // The light index (a fraction of a second for 5,000 items) is built once the box is focused or a
  // search starts, never in the frame that first shows the page's list. Focused: a few items at a
  // time in idle time, so the box takes keys at once. A search that starts before it is built gets
  // one built at once, for its first answer.
  const [prepared, setPrepared] = useState(false);
  const wanted = prepared || searching;
  const [searcher, setEngine] = useState<Engine>();
  useEffect(() => {
    if (cards && wanted && !searcher) void loadEngine().then(setEngine);
  }, [cards, wanted]);
  const [built, setBuilt] = useState<{ cards: readonly Card[]; index: SearchIndex }>();
  useEffect(() => {
    if (!searcher || !cards || !prepared || built?.cards === cards) return undefined;
    let current = true;
    void searcher.createSearchIndexAsync(cards, [], idleTime).then((index) => current && setBuilt({ cards, index }));
    return () => {
      current = false;
    };
  }, [searcher, cards, prepared]);
  const light = useMemo(
    () => (built && built.cards === cards ? built.index : searcher && cards && searching ? searcher.createSearchIndex(cards, []) : undefined),
    [searcher, cards, searching, built],
  );

  const [full, setFull] = useState<FullIndex>();
  const started = useRef<readonly Card[]>();
  useEffect(() => {
    if (!cards || !searching || started.current === cards) return;
    started.current = cards;
    const docs = import('virtual:tend-search')
      .then(
        (m) => m.searchDocs,
        (error: unknown) => {
          // Titles and summaries still search without the bodies.
          console.warn('Tend: could not load the search texts', error);
          return [];
        },
      );
    void Promise.all([loadEngine(), docs]).then(async ([{ createSearchIndexAsync }, texts]) => {
      const index = await createSearchIndexAsync(cards, texts, idleTime);
      setFull({ cards, index, bodies: new Map(texts.map((d) => [d.id, d.text])) });
    });
  }, [cards, searching]);
  const ready = full?.cards === cards ? full : undefined;
  const index = ready?.index ?? light;
  // Only while searching: a page that is only looked at keeps no second map of every item.
  const byId = useMemo(() => (searching ? new Map(cards?.map((c) => [c.id, c])) : undefined), [cards, searching]);

  const matches = useMemo(() => {
    if (!searcher || !index || !byId) return undefined;
    const hits = new Map<string, SearchMatch>();
    for (const hit of searcher.search(index, query)) {
      const card = byId.get(hit.id);
      if (card) hits.set(hit.id, lazyMatch(() => searcher.matchFor(card, ready?.bodies.get(hit.id), hit.terms), hit.terms));
    }
    return hits;
  }, [searcher, index, query, byId, ready]);

  const setQuery = (next: string) => {
    setQueryState(next);
    setParam(PARAM, next, { soon: true });
  };

  return { query, setQuery, searching, matches, prepare: () => setPrepared(true) };
}

/** Resolves when the page is idle, with the time left in that idle period (in a browser without idle callbacks: a few ms after a timer). */
function idleTime(): Promise<() => number> {
  const ric = globalThis.requestIdleCallback;
  if (!ric) {
    return new Promise((resolve) =>
      setTimeout(() => {
        const end = performance.now() + 8;
        resolve(() => end - performance.now());
      }, 0),
    );
  }
  return new Promise((resolve) => ric((deadline) => resolve(() => deadline.timeRemaining()), { timeout: 500 }));
}

/**
 * A hit's match, its passage of the body worked out only when a row shows it: a search may find
 * thousands of items, and a page shows 50.
 */
function lazyMatch(matchFor: () => SearchMatch, terms: readonly string[]): SearchMatch {
  let full: SearchMatch | undefined;
  return {
    terms,
    get snippet() {
      full ??= matchFor();
      return full.snippet;
    },
  };
}

/**
 * The entries a search keeps, in their own order, each with the words to mark: every entry when
 * not searching, undefined while the index loads.
 */
export function onlyMatching<T extends { card: Card }>(entries: readonly T[], s: Search): (T & { terms?: readonly string[] })[] | undefined {
  if (!s.searching) return [...entries];
  const { matches } = s;
  if (!matches) return undefined;
  return entries.flatMap((e) => {
    const match = matches.get(e.card.id);
    return match ? [{ ...e, terms: match.terms }] : [];
  });
}
