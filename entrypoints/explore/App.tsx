import { useState } from 'preact/hooks';
import { TOPICS } from '@/lib/content/types';
import { createExploreData } from '@/lib/db/explore';
import { exploreSections, itemFlags, NO_FILTER, toggleTopic } from '@/lib/explore/filter';
import { useCatalog } from '@/lib/ui/use-catalog';
import { useLive } from '@/lib/ui/use-live';
import { useSearch } from '@/lib/ui/use-search';
import { useSession } from '@/lib/ui/use-session';
import { navFor, PAGES } from '@/lib/ui/pages';
import { PageShell } from '@/components/PageShell';
import { ExploreFilters } from '@/components/ExploreFilters';
import { ItemList } from '@/components/ItemList';

export function App() {
  const { session, unavailable } = useSession();
  const cards = useCatalog();
  const records = useLive(session, (s) => createExploreData(s.data.db).states(), []);
  const search = useSearch(cards);
  const [filter, setFilter] = useState(NO_FILTER);

  const ranked = search.matches && [...search.matches.keys()];
  const sections = cards && (!search.searching || ranked) ? exploreSections(cards, filter, ranked) : undefined;

  return (
    <PageShell nav={navFor('explore')} helpHref={PAGES.help}>
      <h1>Explore the library</h1>
      {unavailable && <p class="notice notice--warn">{unavailable}</p>}
      <ExploreFilters
        query={search.query}
        onQuery={search.setQuery}
        topics={TOPICS}
        filter={filter}
        onToggleTopic={(topic) => setFilter((f) => toggleTopic(f, topic))}
        onKind={(kind) => setFilter((f) => ({ ...f, kind }))}
        count={sections?.reduce((n, s) => n + s.cards.length, 0)}
      />
      {sections && (
        <ItemList
          sections={sections}
          flags={itemFlags(records ?? [])}
          matches={search.matches}
          query={search.query}
          hrefFor={(card) => PAGES.article(card.id)}
        />
      )}
    </PageShell>
  );
}
