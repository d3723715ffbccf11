import { useEffect, useMemo, useState } from 'preact/hooks';
import { useSession } from '@/lib/ui/use-session';
import { FIRST_ROWS } from '@/lib/lists/first-screen';
import { useLive } from '@/lib/ui/use-live';
import { useCards } from '@/lib/ui/use-cards';
import { useFirstScreen } from '@/lib/ui/use-first-screen';
import { cardOf } from '@/lib/lists/first-screen';
import { isKeptHistory, keptHistory } from '@/lib/lists/kept';
import { PAGES } from '@/lib/ui/pages';
import { navFor } from '@/lib/ui/nav';
import { createHistoryData } from '@/lib/db/history';
import { HISTORY_PAGE, readingLog } from '@/lib/history';
import { createPracticeData } from '@/lib/db/practice';
import { practiceWeek } from '@/lib/practice/log';
import { PageShell } from '@/components/PageShell';
import { HistoryList, type HistoryEntry } from '@/components/HistoryList';
import { ReadingLog } from '@/components/ReadingLog';
import { ConfirmDialog } from '@/components/ConfirmDialog';

/** The time, refreshed each minute and when the page comes back into view, so "Today" moves at midnight. */
function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, 60_000);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, []);
  return now;
}

/** How far back the reading log reads: its six weeks begin at most 41 days ago, and a day for any time zone. */
const LOG_SPAN = 43 * 86_400_000;

export function App() {
  // Only the library's index at first: the cards of the reads shown load with them.
  const { session, unavailable } = useSession({ full: false });
  const [shown, setShown] = useState(HISTORY_PAGE);
  const page = useLive(session, (s) => createHistoryData(s.data.db).recentReads(shown), [shown]);
  // A week at most is shown; eight days back is always enough to cover it, in any time zone.
  const practices = useLive(session, (s) => createPracticeData(s.data.db).practiceLog(Date.now() - 8 * 86_400_000), []);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const now = useNow();
  const today = Math.floor(now / 86_400_000);
  // The chart counts every read of its weeks, not only the ones listed; read again each day.
  const logReads = useLive(session, (s) => createHistoryData(s.data.db).readsSince(Date.now() - LOG_SPAN), [today]);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const total = page?.total ?? 0;

  const cards = useCards(session, page?.reads.map((e) => e.itemId) ?? []);
  // Reads whose cards are still loading (after Show more) wait for them.
  const entries: HistoryEntry[] = (page?.reads ?? []).flatMap((e) =>
    cards?.has(e.itemId) ? [{ id: e.itemId, at: e.at, card: cards.get(e.itemId) ?? undefined }] : [],
  );
  const topics = useMemo(() => new Map(session?.catalog.index.map((e) => [e.id, e.topics[0]])), [session]);
  const log = useMemo(() => logReads && readingLog(logReads, (id) => topics.get(id), now, timeZone), [logReads, topics, now, timeZone]);
  const practice = practices && practiceWeek(practices, now, timeZone);
  const hasLog = total > 0 || (practices?.length ?? 0) > 0;
  const live = page && logReads && session && cards;

  // The log and newest reads kept from the last visit (lib/lists/first-screen.ts) are painted at
  // once, until the live ones are in; kept again once the first rows' cards have loaded.
  const firstRows = Math.min(FIRST_ROWS, page?.reads.length ?? 0);
  const kept = useFirstScreen(
    'history',
    'newest',
    isKeptHistory,
    live && entries.length >= firstRows ? () => (total > 0 ? keptHistory(total, entries, hasLog ? log : undefined, hasLog ? practice : undefined) : null) : undefined,
    [page, cards, log, practices],
  );
  const first = live ? undefined : kept;
  const firstEntries = useMemo(() => first?.entries.map(({ id, at, row }) => ({ id, at, card: row && cardOf(row) })), [first]);
  // One tree for both, so the log's toggle keeps its state when the live log takes over.
  const shownView = live
    ? { log: hasLog ? log : undefined, practice, entries, total }
    : first && firstEntries && { log: first.log, practice: first.practice, entries: firstEntries, total: firstEntries.length };

  const clear = () => {
    setConfirming(false);
    if (!session) return;
    createHistoryData(session.data.db)
      .clearHistory()
      .then(
        () => {
          setStatus('Your reading history is cleared. Saved items are still in your reading list.');
          document.getElementById('main')?.focus(); // the Clear button is gone: keep focus on the page
        },
        () => setStatus('Your history could not be cleared. Please try again.'),
      );
  };

  return (
    <PageShell nav={navFor('history')} helpHref={PAGES.help} status={status} busy={!live && first !== undefined}>
      <h1>History</h1>
      {unavailable && <p class="notice notice--warn">{unavailable}</p>}
      {shownView && (
        <>
          {shownView.log && <ReadingLog log={shownView.log} practice={shownView.practice} />}
          <HistoryList
            entries={shownView.entries}
            total={shownView.total}
            now={now}
            timeZone={timeZone}
            hrefFor={(card) => PAGES.article(card.id)}
            onShowMore={() => setShown((n) => n + HISTORY_PAGE)}
          />
          {live && total > 0 && (
            <p class="history__clear">
              <button type="button" class="button button--small" onClick={() => setConfirming(true)}>
                Clear history…
              </button>
            </p>
          )}
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title="Clear your reading history?"
        confirmLabel="Clear history"
        onConfirm={clear}
        onCancel={() => setConfirming(false)}
      >
        <p>
          This forgets what you read and when, and the read marks on every item. Saved items stay in your reading
          list. This cannot be undone.
        </p>
      </ConfirmDialog>
    </PageShell>
  );
}
