// The reading list's count (saved, not yet read), live, and kept in localStorage as it changes, so
// the next new tab's top bar shows it in its first frame instead of after the database opens.
import { useEffect } from 'preact/hooks';
import type { Session } from './session';
import { useLive } from './use-live';
import { keepWaiting, pageStorage } from '../newtab/snapshot';

/** @param painted the count the first frame showed (lib/newtab/first-paint), until the live one arrives */
export function useWaiting(session: Session | undefined, painted?: number): number | undefined {
  const live = useLive(session, (s) => s.data.savedUnreadCount(), []);
  useKeepWaiting(live);
  return live ?? painted;
}

/**
 * Keeps `count` (saved, not yet read; undefined: not known yet) for the next new tab, for a page
 * that counts it from what it already reads (the reading list): a second live query over every
 * saved item would cost that page memory for each of them.
 */
export function useKeepWaiting(count: number | undefined): void {
  useEffect(() => {
    const storage = pageStorage();
    if (count !== undefined && storage) keepWaiting(storage, count);
  }, [count]);
}
