// A page's search box: the query (kept in the page's address, so Back returns to it), the index
// (its body texts load after first paint) and the ranked matches, recomputed on every keystroke.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Card } from '../content/types';
import { createSearchIndex, matchFor, search, type SearchDoc, type SearchMatch } from '../explore/search';

export interface Search {
  query: string;
  setQuery: (query: string) => void;
  /** True while the box holds words. */
  searching: boolean;
  /** Matches by item id, best first, while searching; undefined otherwise and while the index loads. */
  matches?: ReadonlyMap<string, SearchMatch>;
}

const PARAM = 'q';

/**
 * @param shown the page's list is on screen: the index waits for it, so building it never delays that
 *   list (the reading list's rows come after its cards)
 */
export function useSearch(cards: readonly Card[] | undefined, shown = true): Search {
  const [query, setQueryState] = useState(() => new URLSearchParams(location.search).get(PARAM) ?? '');
  const [docs, setDocs] = useState<readonly SearchDoc[]>();

  useEffect(() => {
    import('virtual:tend-search').then(
      (m) => setDocs(m.searchDocs),
      (error: unknown) => {
        // Titles and summaries still search without the bodies.
        console.warn('Tend: could not load the search texts', error);
        setDocs([]);
      },
    );
  }, []);

  // The index (a second or so for 5,000 items) is built once the page is idle or a search starts,
  // never in the frame that first shows the page's list.
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!cards || !docs || idle || !shown) return undefined;
    const ric = globalThis.requestIdleCallback;
    if (!ric) {
      const timer = setTimeout(() => setIdle(true), 200);
      return () => clearTimeout(timer);
    }
    const handle = ric(() => setIdle(true), { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [cards, docs, idle, shown]);
  const wanted = idle || query.trim() !== '';
  const bodies = useMemo(() => new Map(docs?.map((d) => [d.id, d.text])), [docs]);
  const index = useMemo(() => (cards && docs && wanted ? createSearchIndex(cards, docs) : undefined), [cards, docs, wanted]);
  const byId = useMemo(() => new Map(cards?.map((c) => [c.id, c])), [cards]);

  const matches = useMemo(() => {
    if (!index || query.trim() === '') return undefined;
    const found = new Map<string, SearchMatch>();
    for (const hit of search(index, query)) {
      const card = byId.get(hit.id);
      if (card) found.set(hit.id, lazyMatch(card, bodies.get(hit.id), hit.terms));
    }
    return found;
  }, [index, query, byId, bodies]);

  const setQuery = (next: string) => {
    setQueryState(next);
    const url = new URL(location.href);
    if (next) url.searchParams.set(PARAM, next);
    else url.searchParams.delete(PARAM);
    history.replaceState(history.state, '', url);
  };

  return { query, setQuery, searching: query.trim() !== '', matches };
}

/**
 * A hit's match, its passage of the body worked out only when a row shows it: a search may find
 * thousands of items, and a page shows 50.
 */
function lazyMatch(card: Card, body: string | undefined, terms: readonly string[]): SearchMatch {
  let full: SearchMatch | undefined;
  return {
    terms,
    get snippet() {
      full ??= matchFor(card, body, terms);
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
