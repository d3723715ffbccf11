import { useState } from 'preact/hooks';
import { useSession } from '@/lib/ui/use-session';
import { useLive } from '@/lib/ui/use-live';
import { onlyMatching, useSearch } from '@/lib/ui/use-search';
import { navFor, PAGES } from '@/lib/ui/pages';
import { plural } from '@/lib/format';
import { PageShell } from '@/components/PageShell';
import { ReadingList, type ReadingEntry } from '@/components/ReadingList';
import { SearchBox } from '@/components/SearchBox';
import { NoMatches } from '@/components/NoMatches';
import { UndoNotice } from '@/components/UndoNotice';
import { NoteEditor } from '@/components/NoteEditor';
import { withNoteMatches } from '@/lib/mine/note-search';
import { useMyCards } from '@/lib/mine/use-my-cards';

export function App() {
  const { session, unavailable } = useSession();
  const records = useLive(session, (s) => s.data.readingList(), []);
  const [removed, setRemoved] = useState<ReadingEntry>();
  const [status, setStatus] = useState('');
  const search = useSearch(session?.cards);
  const notes = useLive(session, (s) => s.data.mine.notes(), []);
  const myCards = useMyCards(session);
  const [noteError, setNoteError] = useState<{ id: string; message: string }>();

  const entries: ReadingEntry[] = [];
  for (const r of records ?? []) {
    const card = session?.feed.card(r.id) ?? myCards.get(r.id);
    if (card && r.savedAt !== undefined) entries.push({ card, savedAt: r.savedAt, readAt: r.readAt });
  }
  const unread = entries.filter((e) => e.readAt === undefined).length;
  const shown = withNoteMatches(onlyMatching(entries, search), entries, notes, search.query);

  const run = (work: Promise<unknown>, message: string) =>
    work.then(
      () => setStatus(message),
      () => setStatus('That change could not be saved. Please try again.'),
    );

  return (
    <PageShell nav={navFor('readingList')} helpHref={PAGES.help} status={status}>
      <h1>Reading list</h1>
      {unavailable && <p class="notice notice--warn">{unavailable}</p>}
      {records && entries.length > 0 && (
        <p class="muted" data-testid="reading-list-count">
          {plural(entries.length, 'saved item')}, {unread} unread
        </p>
      )}
      {records && (entries.length > 0 || search.searching) && (
        <SearchBox
          id="reading-list-search"
          label="Search your reading list"
          value={search.query}
          onInput={search.setQuery}
          status={search.searching && shown ? `${plural(shown.length, 'saved item')} found` : ''}
        />
      )}
      {records && search.searching && shown?.length === 0 && (
        <NoMatches query={search.query}>
          Nothing you saved has those words.{' '}
          <a href={`${PAGES.explore}?q=${encodeURIComponent(search.query.trim())}`}>Search the whole library</a>
        </NoMatches>
      )}
      {records && session && shown && (shown.length > 0 || !search.searching) && (
        <ReadingList
          entries={shown}
          now={Date.now()}
          hrefFor={(card) => PAGES.article(card.id)}
          onToggleRead={(e) =>
            e.readAt === undefined
              ? run(session.data.markRead(e.card.id, Date.now()), 'Marked as read.')
              : run(session.data.markUnread(e.card.id), 'Marked as not read.')
          }
          onRemove={(e) => {
            setRemoved(e);
            void run(session.data.unsave(e.card.id, Date.now()), '');
          }}
          extra={(e) => (
            <NoteEditor
              note={notes?.get(e.card.id) ?? ''}
              title={e.card.title}
              error={noteError?.id === e.card.id ? noteError.message : undefined}
              onSave={(text) =>
                session.data.mine.setNote(e.card.id, text, Date.now()).then(
                  (r) => (setNoteError(r.ok ? undefined : { id: e.card.id, message: r.message }), r.ok),
                  () => (setNoteError({ id: e.card.id, message: 'That note could not be saved. Please try again.' }), false),
                )
              }
            />
          )}
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
    </PageShell>
  );
}
