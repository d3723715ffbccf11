import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { TOPICS } from '@/lib/content/types';
import type { Marks } from '@/lib/records';
import { createExploreData } from '@/lib/db/explore';
import { exploreSections, toggleTopic, type ExploreFilter } from '@/lib/explore/filter';
import { exploreSearch, exploreStateFrom, exploreView } from '@/lib/lists/explore-state';
import { itemHref } from '@/lib/lists/origin';
import { PAGE_SIZE, windowSections } from '@/lib/lists/window';
import { loadCatalog, useCatalog } from '@/lib/ui/use-catalog';
import { useLive } from '@/lib/ui/use-live';
import { useSearch } from '@/lib/ui/use-search';
import { useSession } from '@/lib/ui/use-session';
import { useFirstScreen, useKeepFirstScreen } from '@/lib/ui/use-first-screen';
import { cardOf } from '@/lib/lists/first-screen';
import { isKeptExplore, keptExplore } from '@/lib/lists/kept';
import { PAGES } from '@/lib/ui/pages';
import { navFor } from '@/lib/ui/nav';
import { PageShell } from '@/components/PageShell';
import { ExploreFilters } from '@/components/ExploreFilters';
import { ItemList } from '@/components/ItemList';
import { plural } from '@/lib/format';
import { writeAddress } from '@/lib/lists/address';
import { idsWithNoteMatches } from '@/lib/mine/note-search';

const start = exploreStateFrom(location.search);
const NO_FLAGS: ReadonlyMap<string, Marks> = new Map();
// The page puts the scroll position back itself, once the list it belongs to is on screen.
history.scrollRestoration = 'manual';

export function App() {
  const { session, unavailable } = useSession();
  const cards = useCatalog();
  const search = useSearch(cards);
  const [filter, setFilterState] = useState<ExploreFilter>({ topics: start.topics, kind: start.kind });
  const [shown, setShown] = useState(start.shown);
  const restored = useRef(false);

  const notes = useLive(session, (s) => s.data.mine.notes(), []);
  // Your notes' words find their items too (as in the reading list).
  const ranked = useMemo(
    () => search.matches && idsWithNoteMatches([...search.matches.keys()], notes, search.query),
    [search.matches, notes, search.query],
  );
  const sections = useMemo(
    () => (cards && (!search.searching || ranked) ? exploreSections(cards, filter, ranked) : undefined),
    [cards, filter, search.searching, ranked],
  );
  // The first rows kept from the last visit (lib/lists/first-screen.ts) are painted at once, until
  // the library is in; a search has none.
  const viewKey = search.searching ? undefined : exploreView(filter);
  const kept = useFirstScreen('explore', viewKey, isKeptExplore, sections && (() => keptExplore(sections)), [sections]);
  // And every id of the view, in order: an item page opened from here steps through them (lib/ui/use-origin-list.ts).
  useKeepFirstScreen('explore-order', viewKey, sections && (() => sections.flatMap((s) => s.cards.map((c) => c.id))), [sections]);
  // With nothing kept to paint, the list's cards start loading alongside the first render; with a
  // kept first screen, after it (useCatalog), so that frame is not held up by them.
  useState(() => kept || void loadCatalog());
  const first = useMemo(
    () => (!sections && kept ? { rows: kept.sections.map((s) => ({ id: s.id, heading: s.heading, cards: s.rows.map(cardOf) })), rest: 0 } : undefined),
    [sections, kept],
  );
  const total = sections ? sections.reduce((n, s) => n + s.cards.length, 0) : kept?.total;
  const livePage = sections && windowSections(sections, shown);
  const page = livePage ?? first;
  // Saved and read marks of the rows on the page (not of every item: see lib/db/explore.ts).
  const rowIds = page ? page.rows.flatMap((s) => s.cards.map((c) => c.id)) : [];
  const flags = useLive(session, (s) => createExploreData(s.data.db).marks(rowIds), [rowIds.join('\n')]) ?? NO_FLAGS;

  // The address always says what is on screen (query, filters, rows shown, scroll), so Back and the
  // item pages' way back return here as it was.
  // Read through a ref: a scroll timer set during an earlier render still writes the state of now.
  const latest = useRef({ query: search.query, ...filter, shown });
  latest.current = { query: search.query, ...filter, shown };
  // `soon`: while typing, the address waits for a pause (lib/lists/address.ts).
  const write = (scroll = window.scrollY, soon = false) => {
    writeAddress(`${location.pathname}${exploreSearch({ ...latest.current, scroll })}`, { soon });
  };
  useEffect(() => {
    if (restored.current) write(0);
  }, [filter]);
  useEffect(() => {
    if (restored.current) write(0, true);
  }, [search.query]);
  useEffect(() => {
    if (restored.current) write();
  }, [shown]);
  useEffect(() => {
    if (restored.current || !livePage) return;
    restored.current = true;
    if (start.scroll > 0) window.scrollTo(0, start.scroll);
  }, [livePage]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => restored.current && write(), 150);
    };
    addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      removeEventListener('scroll', onScroll);
    };
  }, []);

  const setFilter = (next: ExploreFilter) => {
    setFilterState(next);
    setShown(PAGE_SIZE);
  };
  const onQuery = (q: string) => {
    search.setQuery(q);
    setShown(PAGE_SIZE);
  };

  return (
    <PageShell nav={navFor('explore')} helpHref={PAGES.help} busy={first !== undefined}>
      <h1>Explore</h1>
      <p class="page__lede">Every tip and article in Tend, by topic. Nothing here is tracked or timed.</p>
      {unavailable && <p class="notice notice--warn">{unavailable}</p>}
      <ExploreFilters
        query={search.query}
        onQuery={onQuery}
        topics={TOPICS}
        filter={filter}
        onToggleTopic={(topic) => setFilter(toggleTopic(filter, topic))}
        onKind={(kind) => setFilter({ ...filter, kind })}
        count={total}
        onSearchFocus={search.prepare}
      />
      {page && (
        // Links carry the address as it is at the click (with the scroll), not as it was at the last render.
        <div onClickCapture={(e) => {
          const link = e.target instanceof Element ? e.target.closest('a') : null;
          const id = link?.closest('[data-item-id]')?.getAttribute('data-item-id');
          if (!link || !id) return;
          write();
          link.setAttribute('href', itemHref(id, { page: 'explore', search: location.search }));
        }}>
        <ItemList
          sections={page.rows}
          flags={flags}
          matches={search.matches}
          query={search.query}
          hrefFor={(card) => itemHref(card.id, { page: 'explore', search: location.search })}
        />
        </div>
      )}
      {page && page.rest > 0 && (
        <p class="more">
          <span>Showing {shown} of {plural(total ?? 0, 'item')}.</span>
          <button type="button" class="state-button" onClick={() => setShown((n) => n + PAGE_SIZE)}>
            Show {Math.min(PAGE_SIZE, page.rest)} more
          </button>
        </p>
      )}
    </PageShell>
  );
}
