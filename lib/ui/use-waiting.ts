// The reading list's count (saved, not yet read), live, and kept in localStorage as it changes, so
// the next new tab's top bar shows it in its first frame instead of after the database opens.
import { useEffect } from 'preact/hooks';
import type { Session } from './session';
import { useLive } from './use-live';
import { keepWaiting, pageStorage } from '../newtab/snapshot';

/** @param painted the count the first frame showed (lib/newtab/first-paint), until the live one arrives */
export function useWaiting(session: Session | undefined, painted?: number): number | undefined {
  const live = useLive(session, (s) => s.data.savedUnreadCount(), []);
  useEffect(() => {
    const storage = pageStorage();
    if (live !== undefined && storage) keepWaiting(storage, live);
  }, [live]);
  return live ?? painted;
}
