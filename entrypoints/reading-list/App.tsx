import { useMemo, useState } from 'preact/hooks';
import { useSession } from '@/lib/ui/use-session';
import { useWhenOpen } from '@/lib/ui/use-when-open';
import { useFirstScreen } from '@/lib/ui/use-first-screen';
import { cardOf } from '@/lib/lists/first-screen';
import { isKeptReading, keptReading } from '@/lib/lists/kept';
import { useLive } from '@/lib/ui/use-live';
import { useKeepWaiting } from '@/lib/ui/use-waiting';
import { onlyMatching, useSearch } from '@/lib/ui/use-search';
import { PAGES } from '@/lib/ui/pages';
import { navFor } from '@/lib/ui/nav';
import { filterCounts, readingStateFrom, readingView, unreadCount, type ReadFilter, type SavedSort } from '@/lib/lists/reading';
import { itemHref } from '@/lib/lists/origin';
import { currentAddress, setParam } from '@/lib/lists/address';
import { PAGE_SIZE, windowOf } from '@/lib/lists/window';
import { PageShell } from '@/components/PageShell';
import { ReadingList, rowMenuId, type ReadingEntry } from '@/components/ReadingList';
import { ReadingTools } from '@/components/ReadingTools';
import { ReadingEmpty } from '@/components/ReadingEmpty';
import { UndoNotice } from '@/components/UndoNotice';
import { NoteEditor } from '@/components/NoteEditor';
import { withNoteMatches } from '@/lib/mine/note-search';
import { useMyCards } from '@/lib/mine/use-my-cards';

/**
 * The first screen to keep, from the live list. Made here, not by a closure in App: a hook keeps
 * a closure of an earlier render (a memo's factory, an effect), and a closure that used `entries`
 * would keep that render's whole list of entries alive beside the current one (5,000 saved items:
 * 0.2 MB).
 */
function keepReading(
  counts: Record<ReadFilter, number>,
  entries: readonly ReadingEntry[],
  view: { filter: ReadFilter; sort: SavedSort },
  notes: ReadonlyMap<string, string> | undefined,
) {
  return () => (counts.all > 0 ? keptReading(counts, readingView(entries, view.filter, view.sort), (id) => notes?.get(id)) : null);
}

export function App() {
  const { session, unavailable } = useSession();
  const records = useLive(session, (s) => s.data.readingList(), []);
  // Keeps the count the next new tab paints in its first frame (marking read here changes it).
  useKeepWaiting(useMemo(() => records && unreadCount(records), [records]));
  const [view, setView] = useState(() => readingStateFrom(location.search));
  // Marked read here while showing To read: stays in view (so a second click undoes it) until the filter changes.
  const [stay, setStay] = useState<ReadonlySet<string>>(new Set());
  const [removed, setRemoved] = useState<ReadingEntry>();
  const [status, setStatus] = useState('');
  const search = useSearch(session?.cards);
  const notes = useLive(session, (s) => s.data.mine.notes(), []);
  const myCards = useMyCards(session);
  const [noteError, setNoteError] = useState<{ id: string; message: string }>();
  // The entry whose note is open (from its "···" menu).
  const [noteFor, setNoteFor] = useState<string>();
  // Rows shown: a page at a time, so 5,000 saved items cost what 50 do.
  const [count, setCount] = useState(PAGE_SIZE);

  // Worked out when the records change, not on every keystroke: 5,000 entries are not free. No
  // closure in this function may use `entries` (see keepReading).
  const { entries, liveCounts } = useMemo(() => {
    const list: ReadingEntry[] = [];
    for (const r of records ?? []) {
      const card = session?.feed.card(r.id) ?? myCards.get(r.id);
      if (card && r.savedAt !== undefined) list.push({ card, savedAt: r.savedAt, readAt: r.readAt });
    }
    return { entries: list, liveCounts: filterCounts(list) };
  }, [records, session, myCards]);

  // The first screen kept from the last visit (lib/lists/first-screen.ts) is painted at once, until
  // the live list is in; a search or another filter or sort has none.
  const viewKey = search.searching ? undefined : `${view.filter} ${view.sort}`;
  const kept = useFirstScreen(
    'reading-list',
    viewKey,
    isKeptReading,
    records && keepReading(liveCounts, entries, view, notes),
    [entries, notes],
  );
  const first = records ? undefined : kept;
  const firstEntries = useMemo(() => first?.entries.map(({ row, savedAt, readAt }) => ({ card: cardOf(row), savedAt, readAt })), [first]);
  const noteOf = (id: string) => (notes ? notes.get(id) : first?.entries.find((e) => e.row.id === id)?.note);
  const counts = first?.counts ?? liveCounts;
  const whenOpen = useWhenOpen(session);

  // A note's words find its item too (lib/mine/note-search).
  const matching = withNoteMatches(onlyMatching(entries, search), entries, notes, search.query);
  const shown = firstEntries ?? (matching && readingView(matching, view.filter, view.sort, (e) => stay.has(e.card.id)));
  const page = shown && windowOf(shown, count);
  const listed = records !== undefined || first !== undefined;

  const run = (work: Promise<unknown>, message: string): Promise<void> =>
    work.then(
      () => setStatus(message),
      () => setStatus('That change could not be saved. Please try again.'),
    );
  const setFilter = (filter: ReadFilter) => {
    setStay(new Set());
    setCount(PAGE_SIZE);
    setView((v) => ({ ...v, filter }));
    setParam('show', filter === 'unread' ? undefined : filter);
  };
  const setSort = (sort: SavedSort) => {
    setView((v) => ({ ...v, sort }));
    setParam('sort', sort === 'newest' ? undefined : sort);
  };

  return (
    <PageShell nav={navFor('readingList')} helpHref={PAGES.help} status={status} busy={first !== undefined}>
      <h1>Reading list</h1>
      {unavailable && <p class="notice notice--warn">{unavailable}</p>}
      <p class="page__lede" data-testid="reading-list-count">
        What you saved, waiting for a good moment.{listed && ` ${counts.unread} to read, ${counts.read} read.`}
      </p>
      {listed && (
        <ReadingTools
          counts={counts}
          filter={view.filter}
          sort={view.sort}
          query={search.query}
          found={search.searching && shown ? shown.length : undefined}
          onFilter={setFilter}
          onSort={setSort}
          onQuery={search.setQuery}
          onSearchFocus={search.prepare}
        />
      )}
      {removed && session && (
        <UndoNotice
          message={`Removed “${removed.card.title}”.`}
          onUndo={() => {
            setRemoved(undefined);
            void run(session.data.restoreSaved(removed.card.id, removed.savedAt), 'Put back in your reading list.');
          }}
          onDismiss={() => setRemoved(undefined)}
        />
      )}
      {listed && shown && shown.length === 0 && <ReadingEmpty filter={view.filter} query={search.searching ? search.query : ''} />}
      {listed && shown && shown.length > 0 && (
        <ReadingList
          entries={page?.rows ?? []}
          now={Date.now()}
          hrefFor={(card) => itemHref(card.id, { page: 'readingList', search: currentAddress().search })}
          onToggleRead={(e) => {
            if (e.readAt !== undefined) return run(whenOpen((s) => s.data.markUnread(e.card.id)), 'Marked as not read.');
            setStay((s) => new Set(s).add(e.card.id));
            return run(whenOpen((s) => s.data.markRead(e.card.id, Date.now())), 'Marked as read.');
          }}
          onRemove={(e) => {
            setRemoved(e);
            void run(whenOpen((s) => s.data.unsave(e.card.id, Date.now())), 'Removed from your reading list.');
          }}
          more={(e) => [{ label: noteOf(e.card.id) ? 'Edit note' : 'Add a note', onSelect: () => setNoteFor(e.card.id) }]}
          extra={(e) => (
            <NoteEditor
              note={noteOf(e.card.id) ?? ''}
              title={e.card.title}
              editing={noteFor === e.card.id}
              onClose={() => {
                setNoteFor(undefined);
                // Back to the menu it was opened from.
                document.getElementById(`${rowMenuId(e.card.id)}-button`)?.focus();
              }}
              error={noteError?.id === e.card.id ? noteError.message : undefined}
              onSave={(text) =>
                whenOpen((s) => s.data.mine.setNote(e.card.id, text, Date.now())).then(
                  (r) => (setNoteError(r.ok ? undefined : { id: e.card.id, message: r.message }), r.ok),
                  () => (setNoteError({ id: e.card.id, message: 'That note could not be saved. Please try again.' }), false),
                )
              }
            />
          )}
        />
      )}
      {page && page.rest > 0 && (
        <p class="more">
          <span>
            Showing {page.rows.length} of {shown?.length}.
          </span>
          <button type="button" class="state-button" onClick={() => setCount((n) => n + PAGE_SIZE)}>
            Show {Math.min(PAGE_SIZE, page.rest)} more
          </button>
        </p>
      )}
    </PageShell>
  );
}
